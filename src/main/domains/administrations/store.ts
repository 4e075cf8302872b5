// What the administration services share: the registry entries, opening a file (and saying plainly when
// it is missing or damaged), provisioning a new one, and keeping the audit anchor in step.
import { randomUUID } from 'node:crypto'
import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { AppError, isAppError } from '../../../shared/errors'
import { vacuumInto } from '../../db/backup'
import type { AppDb } from '../../db/connection'
import { newDatabaseKey, type KeyMode, type Unlock, wrapKey } from '../../db/key-store'
import { openMigratedDatabase } from '../../db/migrate'
import { nextAnchor } from '../audit/anchor'
import { readRegistry, type RegistryEntry, writeRegistry } from './registry'

export type AdministrationSummary = { id: string; name: string; keyMode: KeyMode; archived: boolean; createdAt: string }

export const summary = (e: RegistryEntry): AdministrationSummary => ({
  id: e.id,
  name: e.name,
  keyMode: e.key.mode,
  archived: e.archived,
  createdAt: e.createdAt
})

function cleanName(name: string): string {
  const trimmed = name.trim()
  if (trimmed.length === 0 || trimmed.length > 120) throw new AppError('validation', 'A name of 1 to 120 characters is required.', 'name')
  return trimmed
}

/** Folders holding client data are the owner's only (POSIX), like the files in them. */
export const mkdirPrivate = (dir: string) => mkdirSync(dir, { recursive: true, mode: 0o700 })

export function createStore(dataDir: string) {
  const entries = () => readRegistry(dataDir).administrations
  const fileOf = (e: RegistryEntry) => join(dataDir, e.file)
  const folderOf = (id: string) => join(dataDir, 'administrations', id)

  function find(ref: string): RegistryEntry {
    const all = entries()
    const hit = all.find((e) => e.id === ref) ?? all.find((e) => e.name.toLowerCase() === ref.trim().toLowerCase())
    if (!hit) throw new AppError('not-found', `No administration named "${ref}".`, 'admin')
    return hit
  }

  function update(id: string, change: (e: RegistryEntry) => RegistryEntry): RegistryEntry {
    const registry = readRegistry(dataDir)
    let changed: RegistryEntry | undefined
    registry.administrations = registry.administrations.map((e) => (e.id === id ? (changed = change(e)) : e))
    if (!changed) throw new AppError('not-found', `No administration with id ${id}.`)
    writeRegistry(dataDir, registry)
    return changed
  }

  function assertNameFree(name: string, exceptId?: string): void {
    if (entries().some((e) => e.id !== exceptId && e.name.toLowerCase() === name.toLowerCase()))
      throw new AppError('conflict', `An administration named "${name}" already exists.`, 'name')
  }

  /**
   * Opens and migrates; before migrating a file that holds data, an encrypted copy is kept beside it.
   * The key came out of the registry intact, so a file it cannot open is damaged, not locked by another
   * passphrase; a missing or empty file is never silently made anew (only `create` makes one).
   */
  function openFile(entry: RegistryEntry, keyHex: string, opts: { create?: boolean } = {}): AppDb {
    try {
      return openMigratedDatabase(
        fileOf(entry),
        { raw: keyHex },
        (db) => {
          const dir = join(folderOf(entry.id), 'backups')
          mkdirPrivate(dir)
          vacuumInto(db, join(dir, `pre-migrate-${Date.now()}.db`))
        },
        opts
      )
    } catch (err) {
      if (isAppError(err) && (err.kind === 'damaged' || err.kind === 'wrong-passphrase'))
        throw new AppError('damaged', `The database of "${entry.name}" cannot be opened: ${err.kind === 'damaged' ? err.message : 'the file is damaged or is not a Debito database.'} Restore it from a backup.`, 'admin')
      throw err
    }
  }

  /** Moves the registry's anchor to the chain's head after Debito's own writes (see audit/anchor.ts). */
  function anchorAudit(id: string, db: AppDb): void {
    const current = entries().find((e) => e.id === id)
    const next = current && nextAnchor(db, current.audit)
    if (next) update(id, (e) => ({ ...e, audit: next }))
  }

  /**
   * Makes a new administration with a fresh key: `fill` writes its database and returns the anchor of
   * its audit chain; only when that succeeds is it registered, otherwise its folder is removed again.
   */
  async function provision(rawName: string, unlock: Unlock, fill: (entry: RegistryEntry, keyHex: string) => RegistryEntry['audit']): Promise<AdministrationSummary> {
    const name = cleanName(rawName)
    assertNameFree(name)
    const id = randomUUID()
    const keyHex = newDatabaseKey()
    const entry: RegistryEntry = { id, name, file: join('administrations', id, 'debito.db'), key: await wrapKey(keyHex, unlock), archived: false, createdAt: new Date().toISOString() }
    mkdirPrivate(folderOf(id))
    try {
      const audit = fill(entry, keyHex)
      const registry = readRegistry(dataDir)
      registry.administrations.push(audit ? { ...entry, audit } : entry)
      writeRegistry(dataDir, registry)
    } catch (err) {
      rmSync(folderOf(id), { recursive: true, force: true })
      throw err
    }
    return summary(entry)
  }

  return { entries, fileOf, folderOf, find, update, assertNameFree, cleanName, openFile, anchorAudit, provision }
}

export type Store = ReturnType<typeof createStore>
