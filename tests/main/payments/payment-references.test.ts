// Issued references: one generic table, and the bank rule that pays the invoices behind a reference oldest first.
import { eq } from 'drizzle-orm'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { withWrite } from '../../../src/main/db/connection'
import { administrationProfile, allocations, invoices } from '../../../src/main/db/schema'
import { importBankFile } from '../../../src/main/domains/payments/bank-import.service'
import { issuePaymentReference, issuedReferencesAmong, paymentReferencesOf } from '../../../src/main/domains/payments/payment-references.service'
import { type TestDb, createTestDb } from '../../helpers/db'
import { mt940 } from '../../helpers/mt940'
import { invoiceByNumber, seedReceivables } from './bank-db'

let t: TestDb
beforeEach(() => {
  t = createTestDb()
  seedReceivables(t.db)
})
afterEach(() => t.close())

const KORENAAR = { iban: 'NL02RABO0123456789', name: 'Bakkerij De Korenaar' }
const issue = (numbers: string[], extra: { scheme?: 'ogm' | 'rf' | 'betalingskenmerk'; sourceId?: number } = {}) =>
  withWrite(t.db, (tx) =>
    issuePaymentReference(tx, {
      customerId: invoiceByNumber(tx, numbers[0]!).customerId,
      sourceKind: 'instalment',
      sourceId: extra.sourceId ?? 1,
      invoiceIds: numbers.map((n) => invoiceByNumber(tx, n).id),
      ...(extra.scheme ? { scheme: extra.scheme } : {})
    })
  )
const allocated = (number: string) =>
  t.db.select({ amountCents: allocations.amountCents, reason: allocations.reason }).from(allocations).where(eq(allocations.invoiceId, invoiceByNumber(t.db, number).id)).all()

describe('issued payment references', () => {
  it('follows the creditor country (RF in NL, OGM in BE) and numbers references one after another', () => {
    const first = issue(['2026-0042'])
    expect(first).toMatchObject({ scheme: 'rf', reference: 'RF579000000001', printed: 'RF57 9000 0000 01' })
    t.db.insert(administrationProfile).values({ id: 1, name: 'Installatie BV', country: 'BE' }).run()
    expect(issue(['2026-0043'], { sourceId: 2 })).toMatchObject({ scheme: 'ogm', printed: '+++900/0000/00217+++' })
    expect([...paymentReferencesOf(t.db, 'instalment', [1, 2]).values()].map((r) => r.printed)).toEqual(['RF57 9000 0000 01', '+++900/0000/00217+++'])
  })

  it('skips a serial whose reference an invoice already carries', () => {
    t.db.update(invoices).set({ paymentReference: '+++900/0000/00116+++' }).where(eq(invoices.number, '2026-0050')).run()
    expect(issue(['2026-0042'], { scheme: 'ogm' }).printed).toBe('+++900/0000/00217+++')
  })

  it('pays the invoices behind a reference oldest first, from the reference field or the description', () => {
    // listed newest first on purpose: the rule still pays the oldest invoice first
    const ref = issue(['2026-0043', '2026-0042'])
    expect(issuedReferencesAmong(t.db, [ref.reference])).toEqual([{ reference: ref.reference, sourceKind: 'instalment', sourceId: 1, invoiceIds: [invoiceByNumber(t.db, '2026-0043').id, invoiceByNumber(t.db, '2026-0042').id] }])
    const summary = importBankFile(
      t.db,
      mt940([
        { date: '2026-02-02', amountCents: 12_000, ...KORENAAR, reference: ref.reference },
        { date: '2026-02-03', amountCents: 5_000, ...KORENAAR, remittance: `termijn ${ref.printed}` }
      ]),
      'plan.sta'
    )
    expect(summary).toMatchObject({ newEntries: 2, autoMatched: 2 })
    expect(allocated('2026-0042')).toEqual([{ amountCents: 10_000, reason: `structured reference ${ref.reference} of instalment 1: invoice 2026-0042, 2026-0043, oldest first` }])
    expect(allocated('2026-0043').map((a) => a.amountCents)).toEqual([2_000, 4_000])
    // 1,000 more than both invoices: it stays unapplied on the second payment
    expect(invoiceByNumber(t.db, '2026-0043')).toMatchObject({ openCents: 0, status: 'paid', settledOn: '2026-02-03' })
  })

  it('refuses a reference for no invoice', () => {
    expect(() => issue([])).toThrow()
  })
})
