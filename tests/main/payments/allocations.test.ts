import { eq } from 'drizzle-orm'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { auditLog, bankEntries } from '../../../src/main/db/schema'
import { verifyAudit } from '../../../src/main/domains/audit/audit.repo'
import {
  acceptProposal,
  allocateManually,
  allocationsOfEntry,
  listUnapplied,
  proposeMatches,
  undoAllocation
} from '../../../src/main/domains/payments/allocations.service'
import { importBankFile } from '../../../src/main/domains/payments/bank-import.service'
import { isAppError } from '../../../src/shared/errors'
import { type TestDb, createTestDb } from '../../helpers/db'
import { ownFixtureBytes } from './bank-fixtures'
import { invoiceByNumber, seedReceivables } from './bank-db'

let t: TestDb
beforeEach(() => {
  t = createTestDb()
  seedReceivables(t.db)
  importBankFile(t.db, ownFixtureBytes('mt940-matching-rules.sta'), 'rules.sta')
})
afterEach(() => t.close())

const entryByRef = (ref: string) => {
  const e = t.db.select().from(bankEntries).where(eq(bankEntries.bankReference, ref)).get()
  if (!e) throw new Error(`no entry ${ref}`)
  return e
}
const errorKind = (fn: () => unknown): string => {
  try {
    fn()
  } catch (err) {
    if (isAppError(err)) return `${err.kind}: ${err.message}`
    throw err
  }
  return 'no error'
}

describe('proposals', () => {
  it('gives the reason and confidence of each proposal and books the accepted one', () => {
    const entry = entryByRef('26011000005')
    const proposals = proposeMatches(t.db, entry.id)
    expect(proposals[0]).toMatchObject({ rule: 'amount-iban', confidence: 0.85, reason: 'amount and IBAN match invoice 2026-0060 of Cafe Het Hoekje' })
    const [id] = acceptProposal(t.db, entry.id, 'amount-iban')
    // the payment that settles the invoice is its payment history: the booking day is kept
    expect(invoiceByNumber(t.db, '2026-0060')).toMatchObject({ openCents: 0, status: 'paid', settledOn: entry.bookingDate })
    expect(allocationsOfEntry(t.db, entry.id)).toEqual([expect.objectContaining({ id, kind: 'manual', confidence: 0.85, undoneAt: null })])
    expect(entryByRef('26011000005')).toMatchObject({ status: 'matched', unappliedCents: 0 })
    expect(errorKind(() => acceptProposal(t.db, entry.id, 'amount-iban'))).toBe('conflict: no "amount-iban" proposal for bank entry ' + entry.id + ' any more')
  })
})

describe('manual allocation and undo', () => {
  it('splits a payment over invoices, refuses to over-allocate, and undo restores both sides', () => {
    const unknown = entryByRef('26012000007')
    expect(errorKind(() => allocateManually(t.db, unknown.id, [{ invoiceId: invoiceByNumber(t.db, '2026-0070').id, amountCents: 1235 }]))).toBe(
      'validation: only 1234 cents of this payment are unapplied'
    )
    expect(errorKind(() => allocateManually(t.db, unknown.id, [{ invoiceId: invoiceByNumber(t.db, '2026-0002').id, amountCents: 100 }]))).toBe(
      'conflict: invoice 2026-0002 is paid, not open'
    )
    const ids = allocateManually(t.db, unknown.id, [
      { invoiceId: invoiceByNumber(t.db, '2026-0070').id, amountCents: 1000 },
      { invoiceId: invoiceByNumber(t.db, '2026-0050').id, amountCents: 234 }
    ])
    expect(invoiceByNumber(t.db, '2026-0070').openCents).toBe(6770)
    expect(invoiceByNumber(t.db, '2026-0050').openCents).toBe(11766)
    expect(entryByRef('26012000007')).toMatchObject({ status: 'matched', unappliedCents: 0 })

    undoAllocation(t.db, ids[1] as number)
    expect(invoiceByNumber(t.db, '2026-0050').openCents).toBe(12000)
    expect(entryByRef('26012000007')).toMatchObject({ status: 'partial', unappliedCents: 234 })
    expect(errorKind(() => undoAllocation(t.db, ids[1] as number))).toBe(`conflict: allocation ${ids[1]} was already undone`)
    undoAllocation(t.db, ids[0] as number)
    expect(entryByRef('26012000007')).toMatchObject({ status: 'unmatched', unappliedCents: 1234 })
  })

  it('undoing an automatic match re-opens a paid invoice; undoing a return closes it again', () => {
    const paidBoth = entryByRef('26010000003')
    for (const a of allocationsOfEntry(t.db, paidBoth.id)) undoAllocation(t.db, a.id)
    expect(invoiceByNumber(t.db, '2026-0042')).toMatchObject({ openCents: 10000, status: 'open', settledOn: null })
    expect(invoiceByNumber(t.db, '2026-0043')).toMatchObject({ openCents: 6000, status: 'open' })
    const ret = entryByRef('26012000008')
    const [returned] = allocationsOfEntry(t.db, ret.id)
    undoAllocation(t.db, returned?.id as number)
    expect(invoiceByNumber(t.db, '2026-0001')).toMatchObject({ openCents: 0, status: 'paid' })
    expect(entryByRef('26012000008').status).toBe('ignored')
  })

  it('lists unapplied money: unknown payers, proposals and the overpayment', () => {
    expect(listUnapplied(t.db).map((e) => [e.bankReference, e.unappliedCents, e.account])).toEqual([
      ['26010000002', 5000, 'NL20INGB0001234567'],
      ['26011000005', 3550, 'NL20INGB0001234567'],
      ['26011000006', 7770, 'NL20INGB0001234567'],
      ['26012000007', 1234, 'NL20INGB0001234567']
    ])
  })

  it('audits allocations and undos in an intact chain', () => {
    const unknown = entryByRef('26012000007')
    const [id] = allocateManually(t.db, unknown.id, [{ invoiceId: invoiceByNumber(t.db, '2026-0070').id, amountCents: 1234 }])
    undoAllocation(t.db, id as number)
    const tail = t.db.select().from(auditLog).all().slice(-2)
    expect(tail.map((a) => [a.action, a.entityId])).toEqual([
      ['allocation.create', String(id)],
      ['allocation.undo', String(id)]
    ])
    expect(verifyAudit(t.db)).toMatchObject({ ok: true })
  })
})

describe('invoice status guards', () => {
  it('refuses an undo that would overpay an invoice paid again since', () => {
    const ret = entryByRef('26012000008')
    const [returned] = allocationsOfEntry(t.db, ret.id)
    // the customer pays the re-opened invoice by hand
    const unknown = entryByRef('26012000007')
    allocateManually(t.db, unknown.id, [{ invoiceId: invoiceByNumber(t.db, '2026-0001').id, amountCents: 1234 }])
    const other = entryByRef('26011000006')
    allocateManually(t.db, other.id, [{ invoiceId: invoiceByNumber(t.db, '2026-0001').id, amountCents: 7770 }])
    expect(invoiceByNumber(t.db, '2026-0001').openCents).toBe(3096)
    expect(errorKind(() => undoAllocation(t.db, returned?.id as number))).toBe('conflict: invoice 2026-0001 would be overpaid; undo its later payment first')
    expect(invoiceByNumber(t.db, '2026-0001').openCents).toBe(3096)
  })
})
