import { afterEach, describe, expect, it } from 'vitest'
import { withWrite } from '../../../src/main/db/connection'
import { appendAudit, verifyAudit } from '../../../src/main/domains/audit/audit.repo'
import { canonicalJson } from '../../../src/main/domains/audit/canonical-json'
import { createTestDb, type TestDb } from '../../helpers/db'

let t: TestDb | undefined
afterEach(() => t?.close())

function seed(n: number) {
  t = createTestDb()
  const db = t.db
  withWrite(db, (tx) => {
    for (let i = 1; i <= n; i++) appendAudit(tx, { action: 'invoice.import', entity: 'invoice', entityId: i, data: { amountCents: i * 100, number: `F${i}` } })
  })
  return db
}

describe('audit log', () => {
  it('canonical JSON sorts keys at every level', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}')
  })

  it('chains every entry to the previous one', () => {
    const db = seed(5)
    const verdict = verifyAudit(db)
    expect(verdict).toMatchObject({ ok: true, count: 5 })
    const rows = db.$client.prepare('SELECT seq, prev_hash, hash FROM audit_log ORDER BY seq').all() as { seq: number; prev_hash: string; hash: string }[]
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prev_hash).toBe(rows[i - 1]!.hash)
  })

  it('pinpoints the row whose data was tampered with', () => {
    const db = seed(6)
    db.$client.prepare("UPDATE audit_log SET data_json = '{\"amountCents\":1,\"number\":\"F4\"}' WHERE seq = 4").run()
    expect(verifyAudit(db)).toMatchObject({ ok: false, brokenAt: 4, reason: expect.stringMatching(/does not match its hash/) })
  })

  it('detects a removed entry and a rewritten chain link', () => {
    const db = seed(6)
    db.$client.prepare('DELETE FROM audit_log WHERE seq = 3').run()
    expect(verifyAudit(db)).toMatchObject({ ok: false, brokenAt: 4 })
    const db2 = seed(3)
    db2.$client.prepare("UPDATE audit_log SET prev_hash = 'ab' WHERE seq = 2").run()
    expect(verifyAudit(db2)).toMatchObject({ ok: false, brokenAt: 2, reason: expect.stringMatching(/previous-hash/) })
  })

  it('rolls back with the domain change it belongs to', () => {
    const db = seed(1)
    expect(() =>
      withWrite(db, (tx) => {
        appendAudit(tx, { action: 'x', entity: 'y' })
        throw new Error('domain write failed')
      })
    ).toThrow('domain write failed')
    expect(verifyAudit(db)).toMatchObject({ ok: true, count: 1 })
  })
})
