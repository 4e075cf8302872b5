// One encrypted database per client administration: create, list, rename, archive, open, back up,
// restore and re-key. Each open administration is its own connection, so data never mixes.
import { existsSync } from 'node:fs'
import type { Jurisdiction } from '../../../shared/domains/parties'
import { type AppDb, rekeyDatabase, withWrite } from '../../db/connection'
import { newDatabaseKey, type Unlock, unwrapKey, wrapKey } from '../../db/key-store'
import { administrationProfile } from '../../db/schema'
import { type AnchorCheck, auditHead, checkAnchor } from '../audit/anchor'
import { appendAudit, type AuditVerdict, verifyAudit } from '../audit/audit.repo'
import { ensureDefaultPolicies } from '../dunning/policies.repo'
import { createBackups, writeBackup } from './backups'
import { type AdministrationSummary, createStore, summary } from './store'

export type { AdministrationSummary } from './store'

export type OpenAdministration = {
  id: string
  name: string
  db: AppDb
  /** records the audit chain's head as its anchor after Debito's own writes (close does it too) */
  anchorAudit(): void
  close(): void
  /** Writes a portable backup keyed by `backupPassphrase`, carrying the audit anchor (see backups.ts). */
  backupTo(target: string, backupPassphrase: string): void
}

export type AuditReport = { chain: AuditVerdict; anchor: AnchorCheck }

export function createAdministrations(dataDir: string) {
  const store = createStore(dataDir)
  const { find, update } = store

  return {
    list(opts: { includeArchived?: boolean } = {}): AdministrationSummary[] {
      return store
        .entries()
        .filter((e) => opts.includeArchived || !e.archived)
        .map(summary)
        .sort((a, b) => a.name.localeCompare(b.name))
    },

    /** The only way a new database file comes into being (besides restoring a backup). */
    async create(input: { name: string; country?: Jurisdiction; unlock: Unlock }): Promise<AdministrationSummary> {
      return store.provision(input.name, input.unlock, (entry, keyHex) => {
        const db = store.openFile(entry, keyHex, { create: true })
        try {
          withWrite(db, (tx) => {
            tx.insert(administrationProfile).values({ id: 1, name: entry.name, country: input.country ?? 'NL' }).run()
            ensureDefaultPolicies(tx)
            appendAudit(tx, { action: 'administration.create', entity: 'administration', entityId: entry.id, data: { name: entry.name } })
          })
          return { ...auditHead(db), at: new Date().toISOString() }
        } finally {
          db.$client.close()
        }
      })
    },

    rename(ref: string, newName: string): AdministrationSummary {
      const name = store.cleanName(newName)
      const entry = find(ref)
      store.assertNameFree(name, entry.id)
      return summary(update(entry.id, (e) => ({ ...e, name })))
    },

    /** Archived administrations leave the picker but keep their file; nothing is deleted. */
    archive(ref: string, archived = true): AdministrationSummary {
      return summary(update(find(ref).id, (e) => ({ ...e, archived })))
    },

    async open(ref: string, unlock: Unlock): Promise<OpenAdministration> {
      const entry = find(ref)
      const keyHex = await unwrapKey(entry.key, unlock)
      const db = store.openFile(entry, keyHex)
      // administrations from before the dunning engine get its default policies once
      withWrite(db, ensureDefaultPolicies)
      const anchorAudit = () => store.anchorAudit(entry.id, db)
      return {
        id: entry.id,
        name: entry.name,
        db,
        anchorAudit,
        backupTo: (target, backupPassphrase) => void writeBackup(store, entry, db, keyHex, target, backupPassphrase),
        close: () => {
          try {
            anchorAudit()
          } finally {
            db.$client.close()
          }
        }
      }
    },

    /** The audit chain checked link by link, and against the anchor in the registry. */
    verifyAudit(ref: string, db: AppDb): AuditReport {
      return { chain: verifyAudit(db), anchor: checkAnchor(db, find(ref).audit) }
    },

    checkAnchor,

    ...createBackups(store),

    /** Replaces the database key with a fresh one (and optionally the way it is unlocked). */
    async rekey(ref: string, unlock: Unlock, newUnlock: Unlock = unlock): Promise<void> {
      const entry = find(ref)
      const oldKey = await unwrapKey(entry.key, unlock)
      const keyHex = newDatabaseKey()
      const wrapped = await wrapKey(keyHex, newUnlock)
      const db = store.openFile(entry, oldKey)
      try {
        withWrite(db, (tx) => appendAudit(tx, { action: 'administration.rekey', entity: 'administration', entityId: entry.id, data: { mode: wrapped.mode } }))
        rekeyDatabase(db, { raw: keyHex })
        store.anchorAudit(entry.id, db)
      } finally {
        db.$client.close()
      }
      // the file now needs the new key: record it straight away (the old wrapped key no longer opens anything)
      update(entry.id, (e) => ({ ...e, key: wrapped }))
    },

    /** Who a backup may be restored over: the registry's name for the id. */
    target(ref: string): { id: string; name: string } {
      const e = find(ref)
      return { id: e.id, name: e.name }
    },

    exists(ref: string): boolean {
      try {
        return existsSync(store.fileOf(find(ref)))
      } catch {
        return false
      }
    }
  }
}

export type Administrations = ReturnType<typeof createAdministrations>
