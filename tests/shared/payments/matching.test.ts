import { describe, expect, it } from 'vitest'
import {
  findReturnedPayment,
  matchEntry,
  normalizeName,
  planAllocations,
  type MatchableEntry,
  type OpenInvoice
} from '../../../src/shared/domains/payments/matching'

const inv = (id: number, number: string, openCents: number, extra: Partial<OpenInvoice> = {}): OpenInvoice => ({
  id,
  number,
  customerId: 1,
  customerName: 'Jansen en Zn',
  customerIban: 'NL39RABO0300065264',
  paymentReference: null,
  openCents,
  dueDate: `2026-01-${String(id).padStart(2, '0')}`,
  ...extra
})

const pay = (amountCents: number, extra: Partial<MatchableEntry> = {}): MatchableEntry => ({
  amountCents,
  counterpartyName: null,
  counterpartyAccount: null,
  structuredReference: null,
  remittance: null,
  ...extra
})

describe('planAllocations', () => {
  it('pays invoices in order, the last one partly, and keeps an overpayment unapplied', () => {
    const invoices = [inv(1, 'A-1', 100), inv(2, 'A-2', 50)]
    expect(planAllocations(120, invoices)).toEqual({ allocations: [{ invoiceId: 1, amountCents: 100 }, { invoiceId: 2, amountCents: 20 }], unappliedCents: 0 })
    expect(planAllocations(175, invoices)).toEqual({ allocations: [{ invoiceId: 1, amountCents: 100 }, { invoiceId: 2, amountCents: 50 }], unappliedCents: 25 })
  })
})

describe('matchEntry', () => {
  it('books an exact structured reference (OGM given formatted on the invoice) automatically', () => {
    const invoices = [inv(1, '2026-0001', 12100, { paymentReference: '+++010/8068/17183+++' }), inv(2, '2026-0002', 12100)]
    const [best] = matchEntry(pay(12100, { structuredReference: '010806817183' }), invoices)
    expect(best).toMatchObject({ rule: 'reference', auto: true, confidence: 1, allocations: [{ invoiceId: 1, amountCents: 12100 }], unappliedCents: 0 })
  })

  it('finds an RF reference and a betalingskenmerk in free text, but only with valid check digits', () => {
    const invoices = [inv(1, 'X-1', 25000, { paymentReference: 'RF18 5390 0754 7034' }), inv(2, 'X-2', 9900, { paymentReference: '5000056789012345' })]
    expect(matchEntry(pay(30000, { remittance: 'betaling rf18 5390 0754 7034 plus voorschot' }), invoices)[0]).toMatchObject({
      rule: 'reference',
      allocations: [{ invoiceId: 1, amountCents: 25000 }],
      unappliedCents: 5000
    })
    expect(matchEntry(pay(9900, { remittance: 'kenmerk 5000 0567 8901 2345' }), invoices)[0]?.rule).toBe('reference')
    // one digit off: the check digit fails, so no reference match
    expect(matchEntry(pay(9900, { remittance: 'kenmerk 5000 0567 8901 2346' }), invoices)[0]?.rule).not.toBe('reference')
  })

  it('pays several invoices named in the description, oldest first', () => {
    const invoices = [inv(3, '2026-0043', 6000), inv(2, '2026-0042', 10000), inv(4, '2026-0044', 500)]
    const [best] = matchEntry(pay(16000, { remittance: 'Facturen 2026-0042 en 2026-0043' }), invoices)
    expect(best).toMatchObject({ rule: 'invoice-number', auto: true, confidence: 0.95, unappliedCents: 0 })
    expect(best?.allocations).toEqual([
      { invoiceId: 2, amountCents: 10000 },
      { invoiceId: 3, amountCents: 6000 }
    ])
  })

  it('does not take an invoice number that is part of a longer token', () => {
    const invoices = [inv(1, '2026-004', 100)]
    expect(matchEntry(pay(100, { remittance: 'factuur 2026-0042' }), invoices).map((c) => c.rule)).not.toContain('invoice-number')
  })

  it('books a partial payment of a named invoice and leaves the rest open', () => {
    const [best] = matchEntry(pay(8000, { remittance: 'factuur 2026-0050 deel 1' }), [inv(1, '2026-0050', 20000)])
    expect(best).toMatchObject({ rule: 'invoice-number', confidence: 0.9, allocations: [{ invoiceId: 1, amountCents: 8000 }], unappliedCents: 0 })
  })

  it('only proposes amount + IBAN, IBAN + total, and amount + name matches', () => {
    const invoices = [inv(1, 'F-1', 3550), inv(2, 'F-2', 1000)]
    const byIban = matchEntry(pay(3550, { counterpartyAccount: 'NL39 RABO 0300 0652 64' }), invoices)
    expect(byIban[0]).toMatchObject({ rule: 'amount-iban', auto: false, confidence: 0.85, allocations: [{ invoiceId: 1, amountCents: 3550 }] })
    const total = matchEntry(pay(4550, { counterpartyAccount: 'NL39RABO0300065264' }), invoices)
    expect(total[0]).toMatchObject({ rule: 'iban-total', auto: false, unappliedCents: 0 })
    const byName = matchEntry(pay(7770, { counterpartyName: 'Brasserie het Anker BV', counterpartyAccount: 'NL12ABNA0555555555' }), [
      inv(5, 'G-1', 7770, { customerId: 4, customerName: 'Brasserie Het Anker', customerIban: 'BE68539007547034' })
    ])
    // the same allocation found by the amount alone is folded into the stronger proposal
    expect(byName.map((c) => [c.rule, c.auto])).toEqual([['amount-name', false]])
  })

  it('proposes the only invoice of that amount with a low confidence, and nothing for money out', () => {
    const invoices = [inv(1, 'H-1', 4200, { customerIban: null })]
    expect(matchEntry(pay(4200, { counterpartyName: 'Iemand Anders' }), invoices)).toEqual([
      expect.objectContaining({ rule: 'amount-only', confidence: 0.4, auto: false })
    ])
    expect(matchEntry(pay(-4200), invoices)).toEqual([])
    expect(matchEntry(pay(1234, { remittance: 'gift' }), invoices)).toEqual([])
  })
})

describe('normalizeName', () => {
  it('drops accents, legal forms and punctuation', () => {
    expect(normalizeName('Café De Kroon B.V.')).toBe('cafe de kroon')
    expect(normalizeName('BRASSERIE HET ANKER BVBA')).toBe('brasserie het anker')
  })
})

describe('findReturnedPayment', () => {
  const paid = [
    { entryId: 1, counterpartyAccount: 'NL39RABO0300065264', amountCents: 12100, bookingDate: '2026-01-10' },
    { entryId: 2, counterpartyAccount: 'NL39RABO0300065264', amountCents: 12100, bookingDate: '2026-01-11' },
    { entryId: 3, counterpartyAccount: 'NL39RABO0300065264', amountCents: 12100, bookingDate: '2026-01-20' }
  ]
  const ret = { ...pay(-12100, { counterpartyAccount: 'NL39RABO0300065264' }), returnReason: 'MD06', bookingDate: '2026-01-12' }

  it('picks the latest earlier payment of the same amount from the same account', () => {
    expect(findReturnedPayment(ret, paid)?.entryId).toBe(2)
  })

  it('needs a return reason, the same account and the same amount', () => {
    expect(findReturnedPayment({ ...ret, returnReason: null }, paid)).toBeNull()
    expect(findReturnedPayment({ ...ret, counterpartyAccount: 'NL02RABO0123456789' }, paid)).toBeNull()
    expect(findReturnedPayment({ ...ret, amountCents: -12000 }, paid)).toBeNull()
  })
})

describe('short numeric invoice numbers', () => {
  const invoices = [inv(1, '1042', 5000)]
  const rules = (remittance: string) => matchEntry(pay(5000, { remittance }), invoices).map((c) => c.rule)

  it('are taken only after a word like "factuur", never from a year or an amount', () => {
    expect(rules('factuur 1042')).toContain('invoice-number')
    expect(rules('Factuurnr. 1042 januari')).toContain('invoice-number')
    expect(rules('betaling 2026 bedrag 1042')).not.toContain('invoice-number')
    expect(rules('factuur 10421')).not.toContain('invoice-number')
  })
})

describe('proposal order', () => {
  it('shows one proposal when several rules pick the same allocation, with the most confident reason', () => {
    // IBAN + amount (0.85), name + amount (0.7) and amount alone (0.4) all point at K-1
    const invoices = [inv(1, 'K-1', 5000, { customerName: 'Kapsalon Knip', customerIban: 'NL02RABO0123456789' })]
    const list = matchEntry(pay(5000, { counterpartyName: 'Kapsalon Knip', counterpartyAccount: 'NL02RABO0123456789' }), invoices)
    expect(list.map((c) => [c.rule, c.confidence])).toEqual([['amount-iban', 0.85]])
  })
})
