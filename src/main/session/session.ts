// Holds the one administration that is open right now. Opening another closes the current one first,
// so two clients' data can never meet in one query.
import { AppError } from '../../shared/errors'
import type { AppDb } from '../db/connection'
import type { Unlock } from '../db/key-store'
import type { Administrations, OpenAdministration } from '../domains/administrations/administrations.service'

export type CurrentAdministration = { id: string; name: string }

/** `ready`: work that must finish before the first administration opens (the copies before a new version). */
export function createSession(administrations: Administrations, ready: Promise<unknown> = Promise.resolve()) {
  let current: OpenAdministration | null = null
  // unlocking takes ~0.4 s (scrypt); queue opens so two clicks cannot leave two files open
  let queue: Promise<unknown> = ready.catch(() => undefined)
  // set while a job holds a transaction open across awaits (a large import); see exclusive()
  let busy: Promise<unknown> | null = null

  /** Waits until no exclusive job runs, also one that was queued behind the current one. */
  async function noJob(): Promise<void> {
    while (busy !== null) await busy
  }

  function closeCurrent(): void {
    const open = current
    current = null
    open?.close()
  }

  return {
    open(id: string, unlock: Unlock): Promise<CurrentAdministration> {
      const next = queue.then(async () => {
        closeCurrent()
        current = await administrations.open(id, unlock)
        return { id: current.id, name: current.name }
      })
      queue = next.catch(() => undefined)
      return next
    },

    close(): void {
      closeCurrent()
    },

    current(): CurrentAdministration | null {
      return current ? { id: current.id, name: current.name } : null
    },

    /** After a committed change: the registry's audit anchor follows the chain (see audit/anchor.ts). */
    anchorAudit(): void {
      try {
        current?.anchorAudit()
      } catch (err) {
        // the anchor is a check, not the data: a registry that cannot be written must not fail the change
        console.error('[session] could not record the audit anchor', err)
      }
    },

    /** Keeps the shown name in step after a rename of the open administration. */
    renamed(id: string, name: string): void {
      if (current?.id === id) current = { ...current, name }
    },

    /**
     * Runs `work` alone: a large import keeps its transaction open while it awaits the next slice,
     * and any other call on the same connection would land inside that transaction. Calls wait for
     * `idle()` first (dispatch does), so they run before or after the job, never in the middle.
     */
    async exclusive<T>(work: () => Promise<T>): Promise<T> {
      // no await when nothing runs: the job must claim the session in the same tick it was asked for
      if (busy !== null) await noJob()
      const run = work()
      busy = run.catch(() => undefined).finally(() => (busy = null))
      return run
    },

    /** Resolves once no exclusive job runs; null when none does, so the common path does not wait. */
    idle(): Promise<void> | null {
      return busy === null ? null : noJob()
    },

    /** Writes a portable backup of the open administration, between jobs (callers wait for `idle()`). */
    backupTo(target: string, backupPassphrase: string): CurrentAdministration {
      if (!current) throw new AppError('forbidden', 'No administration is open; unlock one first.')
      current.backupTo(target, backupPassphrase)
      return { id: current.id, name: current.name }
    },

    /** The open administration's database, or a typed error when none is open. */
    db(): AppDb {
      if (!current) throw new AppError('forbidden', 'No administration is open; unlock one first.')
      return current.db
    }
  }
}

export type Session = ReturnType<typeof createSession>
