// Follow-up records of a file written before the arrangements model survive the schema update.
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { openEncryptedDatabase } from '../../../src/main/db/connection'
import { migrateDatabase } from '../../../src/main/db/migrate'
import { migrationsFolder } from '../../../src/main/db/paths'
import { createTestDb, tempDir, type TestDb } from '../../helpers/db'

let t: TestDb | undefined
afterEach(() => t?.close())

/** The migrations up to (not including) the first one of the arrangements model. */
function migrationsBefore(tag: string): string {
  const dir = join(tempDir(), 'migrations')
  cpSync(migrationsFolder(), dir, { recursive: true })
  const journalFile = join(dir, 'meta', '_journal.json')
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] }
  journal.entries = journal.entries.slice(0, journal.entries.findIndex((e) => e.tag.endsWith(tag)))
  writeFileSync(journalFile, JSON.stringify(journal))
  return dir
}

it('moves promise invoices, dispute reasons and statuses, and plan sizes into the new model', () => {
  t = createTestDb()
  const db = openEncryptedDatabase(join(tempDir(), 'old.db'), { raw: t.keyHex }, { create: true })
  try {
    migrateDatabase(db, () => {}, migrationsBefore('_follow_up_records'))
    db.$client.exec(`INSERT INTO customers (code, name) VALUES ('C1', 'Acme');
      INSERT INTO invoices (customer_id, number, invoice_date, due_date, amount_cents, open_cents) VALUES (1, 'F1', '2026-01-01', '2026-02-01', 12500, 12500);
      INSERT INTO promises (customer_id, invoice_id, promised_date, amount_cents) VALUES (1, 1, '2026-03-01', 12500);
      INSERT INTO promises (customer_id, promised_date, amount_cents) VALUES (1, '2026-03-05', 5000);
      INSERT INTO disputes (invoice_id, reason, opened_on, status) VALUES (1, 'Prijs wijkt af', '2026-02-03', 'resolved');
      INSERT INTO disputes (invoice_id, reason, opened_on) VALUES (1, 'price', '2026-02-04');
      INSERT INTO payment_plans (customer_id, start_date, total_cents) VALUES (1, '2026-03-01', 12500);
      INSERT INTO plan_instalments (plan_id, seq, due_date, amount_cents) VALUES (1, 1, '2026-03-01', 6250), (1, 2, '2026-04-01', 6250);`)
    migrateDatabase(db, () => {})
    const q = (sql: string) => db.$client.prepare(sql).all()
    expect(q('SELECT promise_id AS promiseId, invoice_id AS invoiceId FROM promise_invoices')).toEqual([{ promiseId: 1, invoiceId: 1 }])
    expect(q('SELECT reason, note, status FROM disputes ORDER BY id')).toEqual([
      { reason: 'other', note: 'Prijs wijkt af', status: 'accepted' },
      { reason: 'price', note: null, status: 'open' }
    ])
    expect(q('SELECT instalment_count AS n, frequency FROM payment_plans')).toEqual([{ n: 2, frequency: 'monthly' }])
    expect(db.$client.pragma('foreign_key_check')).toEqual([])
    expect(() => db.$client.exec(`INSERT INTO disputes (invoice_id, reason, opened_on) VALUES (1, 'because', '2026-02-05')`)).toThrow(/CHECK/)
  } finally {
    db.$client.close()
  }
})
