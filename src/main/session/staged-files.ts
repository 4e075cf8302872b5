// Files the user picked or dropped, held in memory until an import step reads them. The renderer
// only ever names a file by its id, so no path crosses the bridge. Files belong to the administration
// that was open when they were staged: after a switch or close they are gone.
import { randomUUID } from 'node:crypto'
import { AppError } from '../../shared/errors'
import type { Session } from './session'

/** `path`: a large auditfile picked in the desktop app, read from disk when imported instead of held here. */
export type StagedFile = { fileId: string; name: string; size: number; bytes: Uint8Array; path: string | null }

/** Enough for a few large bank files at once; the oldest file makes room for a new one. */
const MAX_TOTAL_BYTES = 120 * 1024 * 1024

function createStagedFiles(session: Session) {
  let owner: string | null = null
  const files = new Map<string, StagedFile>()

  /** The files of the open administration; anything staged under another one is dropped first. */
  function current(): Map<string, StagedFile> {
    const open = session.current()
    if (!open) {
      files.clear()
      owner = null
      throw new AppError('forbidden', 'No administration is open; unlock one first.')
    }
    if (owner !== open.id) {
      files.clear()
      owner = open.id
    }
    return files
  }

  return {
    stage(name: string, bytes: Uint8Array): StagedFile {
      const map = current()
      let total = bytes.length
      for (const f of map.values()) total += f.bytes.length
      for (const [id, f] of map) {
        if (total <= MAX_TOTAL_BYTES) break
        total -= f.bytes.length
        map.delete(id)
      }
      const file = { fileId: randomUUID(), name, size: bytes.length, bytes, path: null }
      map.set(file.fileId, file)
      return file
    },
    /** A file too large to hold, staged by its path (the desktop app's own dialog chose it). */
    stagePath(name: string, path: string, size: number): StagedFile {
      const file = { fileId: randomUUID(), name, size, bytes: new Uint8Array(0), path }
      current().set(file.fileId, file)
      return file
    },
    get(fileId: string): StagedFile {
      const file = current().get(fileId)
      if (!file) throw new AppError('not-found', 'The file is no longer loaded; choose it again.', 'fileId')
      return file
    },
    remove(fileId: string): void {
      current().delete(fileId)
    }
  }
}

export type StagedFiles = ReturnType<typeof createStagedFiles>

const bySession = new WeakMap<Session, StagedFiles>()

/** One store per session, shared by the files, imports and payments handlers. */
export function stagedFiles(session: Session): StagedFiles {
  let store = bySession.get(session)
  if (!store) {
    store = createStagedFiles(session)
    bySession.set(session, store)
  }
  return store
}
