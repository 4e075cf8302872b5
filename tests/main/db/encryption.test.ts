import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { openEncryptedDatabase, rekeyDatabase, withWrite } from '../../../src/main/db/connection'
import { newDatabaseKey } from '../../../src/main/db/key-store'
import { customers } from '../../../src/main/db/schema'
import { createTestDb, tempDir, type TestDb } from '../../helpers/db'
import { caught } from '../../helpers/errors'

let t: TestDb | undefined
afterEach(() => t?.close())

const NAME = 'Zeldzame Klantnaam Vandersteen B.V.'

describe('encryption at rest', () => {
  it('writes no plaintext to the database file or its -wal file', () => {
    t = createTestDb()
    const { db, file } = t
    withWrite(db, (tx) => tx.insert(customers).values({ code: 'Z1', name: NAME }).run())
    // the row sits in the WAL until a checkpoint: both files must be ciphertext
    expect(existsSync(`${file}-wal`)).toBe(true)
    const wal = readFileSync(`${file}-wal`)
    expect(wal.length).toBeGreaterThan(0)
    expect(wal.includes(Buffer.from(NAME))).toBe(false)
    db.$client.pragma('wal_checkpoint(TRUNCATE)')
    const main = readFileSync(file)
    expect(main.includes(Buffer.from(NAME))).toBe(false)
    expect(main.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0')
  })

  it('uses SQLCipher 4 settings: a plain SQLCipher 4 raw-key open reads the file', () => {
    t = createTestDb()
    withWrite(t.db, (tx) => tx.insert(customers).values({ code: 'Z1', name: NAME }).run())
    t.db.$client.close()
    const raw = new Database(t.file)
    raw.pragma(`cipher='sqlcipher'`)
    raw.pragma('legacy=4')
    raw.pragma(`key="x'${t.keyHex}'"`)
    expect(raw.prepare('SELECT name FROM customers').get()).toEqual({ name: NAME })
    raw.close()
  })

  it('refuses a wrong key and a file that is not a database with one typed error', () => {
    t = createTestDb()
    t.db.$client.close()
    expect(caught(() => openEncryptedDatabase(t!.file, { raw: newDatabaseKey() })).kind).toBe('wrong-passphrase')
    const junk = join(t.dir, 'notes.txt')
    writeFileSync(junk, 'Dit is geen database, alleen een briefje.\n'.repeat(200))
    const err = caught(() => openEncryptedDatabase(junk, { raw: newDatabaseKey() }))
    expect(err.kind).toBe('wrong-passphrase')
    expect(err.message).toMatch(/not a Debito database/)
    // the junk file was not touched
    expect(readFileSync(junk, 'utf8').startsWith('Dit is geen database')).toBe(true)
  })

  it('rekey keeps the data and the old key stops working', () => {
    t = createTestDb()
    withWrite(t.db, (tx) => tx.insert(customers).values({ code: 'Z1', name: NAME }).run())
    const newKey = newDatabaseKey()
    rekeyDatabase(t.db, { raw: newKey })
    expect(t.db.$client.pragma('journal_mode', { simple: true })).toBe('wal')
    t.db.$client.close()
    expect(caught(() => openEncryptedDatabase(t!.file, { raw: t!.keyHex })).kind).toBe('wrong-passphrase')
    const reopened = openEncryptedDatabase(t.file, { raw: newKey })
    expect(reopened.select({ name: customers.name }).from(customers).all()).toEqual([{ name: NAME }])
    reopened.$client.close()
  })

  it('does not create a file when the folder does not exist', () => {
    const dir = tempDir()
    expect(caught(() => openEncryptedDatabase(join(dir, 'missing', 'x.db'), { raw: newDatabaseKey() }, { create: true })).kind).toBe('io')
  })
})
