// One encrypted database per client administration: create, list, rename, archive, open, back up,
// restore and re-key. Each open administration is its own connection, so data never mixes.
import { randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { AppError } from '../../../shared/errors'
import type { Jurisdiction } from '../../../shared/domains/parties'
import { backupDatabase, restoreDatabase } from '../../db/backup'
import { type AppDb, rekeyDatabase, withWrite } from '../../db/connection'
import { newDatabaseKey, type KeyMode, type Unlock, unwrapKey, wrapKey } from '../../db/key-store'
import { openMigratedDatabase } from '../../db/migrate'
import { administrationProfile } from '../../db/schema'
import { appendAudit } from '../audit/audit.repo'
import { ensureDefaultPolicies } from '../dunning/policies.repo'
import { readRegistry, type RegistryEntry, writeRegistry } from './registry'

export type AdministrationSummary = { id: string; name: string; keyMode: KeyMode; archived: boolean; createdAt: string }

export type OpenAdministration = {
  id: string
  name: string
  db: AppDb
  close(): void
  /** Writes a portable backup keyed by `backupPassphrase` (see backupDatabase). */
  backupTo(target: string, backupPassphrase: string): void
}

const summary = (e: RegistryEntry): AdministrationSummary => ({
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

export function createAdministrations(dataDir: string) {
  const entries = () => readRegistry(dataDir).administrations
  const fileOf = (e: RegistryEntry) => join(dataDir, e.file)

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

  /** Opens and migrates; before migrating a file that holds data, an encrypted copy is kept beside it. */
  function openFile(entry: RegistryEntry, keyHex: string): AppDb {
    return openMigratedDatabase(fileOf(entry), { raw: keyHex }, (db) => {
      const dir = join(dataDir, 'administrations', entry.id, 'backups')
      mkdirSync(dir, { recursive: true })
      db.$client.prepare('VACUUM INTO ?').run(join(dir, `pre-migrate-${Date.now()}.db`))
    })
  }

  function register(entry: RegistryEntry): void {
    const registry = readRegistry(dataDir)
    registry.administrations.push(entry)
    writeRegistry(dataDir, registry)
  }

  /**
   * Makes a new administration with a fresh key: `fill` writes its database; only when that succeeds is
   * it registered, otherwise its folder is removed again.
   */
  async function provision(rawName: string, unlock: Unlock, fill: (entry: RegistryEntry, keyHex: string) => void): Promise<AdministrationSummary> {
    const name = cleanName(rawName)
    assertNameFree(name)
    const id = randomUUID()
    const keyHex = newDatabaseKey()
    const entry: RegistryEntry = {
      id,
      name,
      file: join('administrations', id, 'debito.db'),
      key: await wrapKey(keyHex, unlock),
      archived: false,
      createdAt: new Date().toISOString()
    }
    const dir = join(dataDir, 'administrations', id)
    mkdirSync(dir, { recursive: true })
    try {
      fill(entry, keyHex)
      register(entry)
    } catch (err) {
      rmSync(dir, { recursive: true, force: true })
      throw err
    }
    return summary(entry)
  }

  return {
    list(opts: { includeArchived?: boolean } = {}): AdministrationSummary[] {
      return entries()
        .filter((e) => opts.includeArchived || !e.archived)
        .map(summary)
        .sort((a, b) => a.name.localeCompare(b.name))
    },

    async create(input: { name: string; country?: Jurisdiction; unlock: Unlock }): Promise<AdministrationSummary> {
      return provision(input.name, input.unlock, (entry, keyHex) => {
        const db = openFile(entry, keyHex)
        withWrite(db, (tx) => {
          tx.insert(administrationProfile).values({ id: 1, name: entry.name, country: input.country ?? 'NL' }).run()
          ensureDefaultPolicies(tx)
          appendAudit(tx, { action: 'administration.create', entity: 'administration', entityId: entry.id, data: { name: entry.name } })
        })
        db.$client.close()
      })
    },

    rename(ref: string, newName: string): AdministrationSummary {
      const name = cleanName(newName)
      const entry = find(ref)
      assertNameFree(name, entry.id)
      return summary(update(entry.id, (e) => ({ ...e, name })))
    },

    /** Archived administrations leave the picker but keep their file; nothing is deleted. */
    archive(ref: string, archived = true): AdministrationSummary {
      return summary(update(find(ref).id, (e) => ({ ...e, archived })))
    },

    async open(ref: string, unlock: Unlock): Promise<OpenAdministration> {
      const entry = find(ref)
      const keyHex = await unwrapKey(entry.key, unlock)
      const db = openFile(entry, keyHex)
      // administrations from before the dunning engine get its default policies once
      withWrite(db, ensureDefaultPolicies)
      return {
        id: entry.id,
        name: entry.name,
        db,
        close: () => db.$client.close(),
        backupTo: (target, backupPassphrase) => backupDatabase(db, { raw: keyHex }, target, backupPassphrase)
      }
    },

    async backup(ref: string, unlock: Unlock, target: string, backupPassphrase: string): Promise<void> {
      const entry = find(ref)
      const keyHex = await unwrapKey(entry.key, unlock)
      const db = openFile(entry, keyHex)
      try {
        backupDatabase(db, { raw: keyHex }, target, backupPassphrase)
      } finally {
        db.$client.close()
      }
    },

    /** Restores a backup as a new administration with a fresh key, locked by `unlock`. */
    async restore(input: { source: string; backupPassphrase: string; name: string; unlock: Unlock }): Promise<AdministrationSummary> {
      return provision(input.name, input.unlock, (entry, keyHex) => {
        restoreDatabase(input.source, input.backupPassphrase, fileOf(entry), { raw: keyHex })
        const db = openFile(entry, keyHex)
        withWrite(db, (tx) => appendAudit(tx, { action: 'administration.restore', entity: 'administration', entityId: entry.id, data: { name: entry.name } }))
        db.$client.close()
      })
    },

    /** Replaces the database key with a fresh one (and optionally the way it is unlocked). */
    async rekey(ref: string, unlock: Unlock, newUnlock: Unlock = unlock): Promise<void> {
      const entry = find(ref)
      const oldKey = await unwrapKey(entry.key, unlock)
      const keyHex = newDatabaseKey()
      const wrapped = await wrapKey(keyHex, newUnlock)
      const db = openFile(entry, oldKey)
      try {
        withWrite(db, (tx) => appendAudit(tx, { action: 'administration.rekey', entity: 'administration', entityId: entry.id, data: { mode: wrapped.mode } }))
        rekeyDatabase(db, { raw: keyHex })
      } finally {
        db.$client.close()
      }
      // the file now needs the new key: record it straight away (the old wrapped key no longer opens anything)
      update(entry.id, (e) => ({ ...e, key: wrapped }))
    },

    exists(ref: string): boolean {
      try {
        return existsSync(fileOf(find(ref)))
      } catch {
        return false
      }
    }
  }
}

export type Administrations = ReturnType<typeof createAdministrations>
