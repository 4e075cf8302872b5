// SQLite3MC encrypts the database and its WAL, not SQLite's temp files: a sort that outgrows the cache
// would spill customer names to /var/tmp in plaintext. Every connection keeps temp storage in memory.
import { readdirSync, readFileSync, readlinkSync } from 'node:fs'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { applyKey, openConnection } from '../../../src/main/db/connection'
import { createTestDb, type TestDb } from '../../helpers/db'

const NAME = 'Zeldzame Klantnaam Vandersteen'

/** SQLite's temp files, open right now (unlinked at once, so only /proc sees them) and what they hold. */
function openTempFiles(): { path: string; plaintext: boolean }[] {
  return readdirSync('/proc/self/fd').flatMap((fd) => {
    let link: string
    try {
      link = readlinkSync(`/proc/self/fd/${fd}`)
    } catch {
      return []
    }
    return link.includes('etilqs_') ? [{ path: link, plaintext: readFileSync(`/proc/self/fd/${fd}`).includes(NAME) }] : []
  })
}

/** A sort far larger than a 20-page cache; output rows look for open temp files as the merge goes on. */
function spillingSort(c: Database.Database): { path: string; plaintext: boolean }[] {
  c.pragma('cache_size = 20')
  let seen: { path: string; plaintext: boolean }[] = []
  let row = 0
  c.function('probe', (name: unknown) => {
    if (seen.length === 0 && row++ % 200 === 0) seen = openTempFiles()
    return name
  })
  c.prepare('SELECT probe(name) FROM customers ORDER BY substr(name, 5) DESC').all()
  return seen
}

let t: TestDb | undefined
afterEach(() => t?.close())

describe.skipIf(process.platform !== 'linux')('temp storage', () => {
  it('a large sort on the app connection writes no temp file; on a default connection it spills plaintext', () => {
    t = createTestDb()
    const insert = t.db.$client.prepare('INSERT INTO customers (code, name) VALUES (?, ?)')
    t.db.$client.transaction(() => {
      for (let i = 0; i < 20_000; i++) insert.run(`K${i}`, `${NAME} ${i} ${'x'.repeat(60)}`)
    })()
    expect(t.db.$client.pragma('temp_store', { simple: true })).toBe(2)
    expect(spillingSort(t.db.$client)).toEqual([])

    // the control: the same query on a connection left at the driver's default spills a readable temp file
    const plain = new Database(t.file, { fileMustExist: true })
    try {
      applyKey(plain, { raw: t.keyHex })
      expect(spillingSort(plain)).toEqual([expect.objectContaining({ plaintext: true })])
    } finally {
      plain.close()
    }
  })

  it('every connection Debito opens (also the one that re-keys backups) keeps temp storage in memory', () => {
    const c = openConnection(':memory:')
    expect(c.pragma('temp_store', { simple: true })).toBe(2)
    c.close()
  })
})
