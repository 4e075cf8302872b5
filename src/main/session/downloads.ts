// One-time downloads for browser mode: an authenticated call (token header) registers what to produce
// and gets an unguessable address; the browser fetches it once, within two minutes, and the file is
// written straight into the response (nothing on disk, nothing buffered in main).
import { randomBytes } from 'node:crypto'
import type { Writable } from 'node:stream'

export type Download = {
  fileName: string
  contentType: string
  /** writes the file into `out` and ends it */
  produce(out: Writable): Promise<unknown>
}

const LIFETIME_MS = 120_000

export function createDownloads(now: () => number = Date.now) {
  const pending = new Map<string, Download & { expires: number }>()
  const sweep = () => {
    for (const [ticket, d] of pending) if (d.expires < now()) pending.delete(ticket)
  }
  return {
    /** Registers a download; returns its ticket (the secret part of its address). */
    issue(download: Download): string {
      sweep()
      const ticket = randomBytes(32).toString('base64url')
      pending.set(ticket, { ...download, expires: now() + LIFETIME_MS })
      return ticket
    },
    /** The download behind a ticket, once: a second fetch, or one after two minutes, finds nothing. */
    take(ticket: string): Download | null {
      sweep()
      const found = pending.get(ticket)
      pending.delete(ticket)
      return found ?? null
    },
    clear(): void {
      pending.clear()
    }
  }
}

export type Downloads = ReturnType<typeof createDownloads>
