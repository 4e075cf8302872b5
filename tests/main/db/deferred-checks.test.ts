// Bulk loads skip CHECK constraints per row and verify the new rows in one scan: the scan must catch
// exactly what SQLite would have refused, with the constraint's name.
import { describe, expect, it } from 'vitest'
import { checkConstraints, checkVerifier, withChecksDeferred } from '../../../src/main/db/deferred-checks'
import { commitImport } from '../../../src/main/domains/imports/import.service'
import { previewImport } from '../../../src/main/domains/imports/preview'
import { useTestDb } from '../../helpers/db'
import { rejection } from '../../helpers/errors'
import { csvInput } from '../imports/fixtures'

const db = useTestDb()

const insertInvoice = (invoiceDate: string, openCents = 100) => {
  const sqlite = db().$client
  const customer = sqlite.prepare(`INSERT INTO customers (code, name) VALUES (?, 'Klant') ON CONFLICT DO UPDATE SET name = name RETURNING id`).get('K1') as { id: number }
  sqlite.prepare(`INSERT INTO invoices (customer_id, number, invoice_date, due_date, amount_cents, open_cents) VALUES (?, ?, ?, '2026-04-01', 100, ?)`).run(customer.id, `F${Math.random()}`, invoiceDate, openCents)
}

describe('deferred CHECK constraints', () => {
  it('reads every CHECK of a table from its stored CREATE statement', () => {
    const names = checkConstraints(db().$client, 'invoices').map((c) => c.name)
    expect(names).toEqual([
      'invoices_amount_cents',
      'invoices_open_cents',
      'invoices_open_within_amount',
      'invoices_dunning_level',
      'invoices_invoice_date',
      'invoices_due_date',
      'invoices_last_dunned_on',
      'invoices_settled_on',
      'invoices_snoozed_until',
      'invoices_status'
    ])
    expect(checkConstraints(db().$client, 'invoices').find((c) => c.name === 'invoices_status')?.expression).toBe(`"invoices"."status" IN ('open', 'paid', 'archived', 'written_off')`)
  })

  it('lets a row in while deferred, and the scan names the check it breaks', () => {
    expect(() => insertInvoice('1-4-2026')).toThrow('CHECK constraint failed: invoices_invoice_date')
    insertInvoice('2026-03-01')
    withChecksDeferred(db().$client, () => insertInvoice('1-4-2026'))
    expect(() => checkVerifier(db().$client, 'invoices')(1)).toThrow('invoices row 2 breaks the check invoices_invoice_date')
    // rows up to the given rowid are not this load's: they are not scanned
    expect(() => checkVerifier(db().$client, 'invoices')(2)).not.toThrow()
    // checks are on again afterwards
    expect(db().$client.pragma('ignore_check_constraints', { simple: true })).toBe(0)
    expect(() => insertInvoice('2026-03-01', 500)).toThrow('CHECK constraint failed: invoices_open_within_amount')
  })

  it('refuses a bulk import whose rows break a check, and writes none of it', async () => {
    const rows = Array.from({ length: 12_000 }, (_, i) => `K${i % 50};Klant;F${i};01-03-2026;31-03-2026;10,00;10,00`)
    const preview = await previewImport(csvInput(['Klantnummer;Naam;Factuurnummer;Factuurdatum;Vervaldatum;Bedrag;Openstaand', ...rows].join('\n')))
    // what a mapping bug could produce: the reader never yields this date, so it is set by hand
    const broken = { ...preview, invoices: preview.invoices.map((inv, i) => (i === 11_000 ? { ...inv, invoiceDate: '2026-3-1' } : inv)) }
    const err = await rejection(Promise.resolve().then(() => commitImport(db(), broken)))
    expect(err.message).toMatch(/^invoices row \d+ breaks the check invoices_invoice_date$/)
    expect(db().$client.prepare('SELECT count(*) AS n FROM invoices').get()).toEqual({ n: 0 })
    expect(db().$client.pragma('ignore_check_constraints', { simple: true })).toBe(0)
    expect(commitImport(db(), preview).invoices.created).toBe(12_000)
  })
})
