import { describe, expect, it } from 'vitest'
import { insuranceDeadlines, insuredExposure, type PolicyTerms } from '../../../src/shared/domains/risk/insurance'
import { renderRiskLine } from '../../../src/shared/domains/risk/lines'
import { creditUse, suggestLimit } from '../../../src/shared/domains/risk/limits'
import { bySegment, matchSegment, type Segment } from '../../../src/shared/domains/risk/segments'

describe('credit limit use', () => {
  it.each([
    // open, not invoiced, limit → used, pct, level
    [700_00, 0, 1_000_00, 700_00, 70, 'none'],
    [700_00, 100_00, 1_000_00, 800_00, 80, 'near'],
    [999_99, 0, 1_000_00, 999_99, 100, 'near'],
    [1_000_00, 0, 1_000_00, 1_000_00, 100, 'over'],
    [1_200_00, 200_00, 1_000_00, 1_400_00, 140, 'over'],
    // credit notes exceeding the invoices use nothing
    [-300_00, 50_00, 1_000_00, 50_00, 5, 'none']
  ] as const)('open %i + not invoiced %i against %i', (open, notInvoiced, limit, used, pct, level) => {
    expect(creditUse(open, notInvoiced, limit)).toEqual({ usedCents: used, limitCents: limit, pct, level })
  })

  it('has no percentage without a limit, and is over a limit of zero at any use', () => {
    expect(creditUse(500_00, 0, null)).toEqual({ usedCents: 500_00, limitCents: null, pct: null, level: 'none' })
    expect(creditUse(1, 0, 0).level).toBe('over')
    expect(creditUse(0, 0, 0).level).toBe('none')
  })
})

describe('suggested credit limit', () => {
  it('spreads a year of invoicing over the days to pay, times the class factor, rounded up to €500', () => {
    const s = suggestLimit({ invoiced12mCents: 120_000_00, weightedDaysToPay: 45, paymentTermDays: 30, riskClass: 'B', segment: null })
    // 12,000,000 × 45 / 365 = 1,479,452.05 → 1,479,452; × 1.25 = 1,849,315; up to €500 steps → 1,850,000
    expect(s.cents).toBe(18_500_00)
    expect(s.lines.map((l) => renderRiskLine(l, 'nl'))).toEqual([
      'gefactureerd in de laatste 12 maanden €\u00a0120.000,00, gemiddeld €\u00a010.000,00 per maand',
      'betaalt naar bedrag gewogen 45 dagen na de factuurdatum, dus staat normaal €\u00a014.794,52 open',
      'klasse B: × 1,25 = €\u00a018.493,15',
      'naar boven afgerond op €\u00a0500,00: €\u00a018.500,00'
    ])
  })

  it('uses the payment term when the customer pays faster than it, and caps at the segment limit', () => {
    const s = suggestLimit({ invoiced12mCents: 36_500_00, weightedDaysToPay: 12, paymentTermDays: 30, riskClass: 'A', segment: { name: 'Klein', creditLimitCents: 2_000_00 } })
    // 3,650,000 × 30 / 365 = 300,000; × 1.5 = 450,000 → €4,500; capped at €2,000
    expect(s.cents).toBe(2_000_00)
    expect(renderRiskLine(s.lines[1]!, 'en')).toBe('payment term 30 days, so €3,000.00 is normally open')
    expect(renderRiskLine(s.lines.at(-1)!, 'fr')).toBe('plafonné à la limite du segment Klein : 2\u202f000,00\u00a0€')
  })

  it('suggests no credit for class E and nothing without invoicing unless the segment has a limit', () => {
    expect(suggestLimit({ invoiced12mCents: 10_000_00, weightedDaysToPay: 90, paymentTermDays: 30, riskClass: 'E', segment: null })).toEqual({ cents: 0, lines: [{ key: 'limit.noCredit' }] })
    expect(suggestLimit({ invoiced12mCents: 0, weightedDaysToPay: null, paymentTermDays: null, riskClass: 'A', segment: null }).cents).toBeNull()
    expect(suggestLimit({ invoiced12mCents: 0, weightedDaysToPay: null, paymentTermDays: null, riskClass: 'A', segment: { name: 'Nieuw', creditLimitCents: 1_000_00 } }).cents).toBe(1_000_00)
  })
})

describe('credit insurance', () => {
  it('insures the cover percentage of the exposure up to the insured limit', () => {
    expect(insuredExposure(10_000_00, { insuredLimitCents: 5_000_00, coverPct: 90 })).toEqual({ exposureCents: 10_000_00, insuredCents: 4_500_00, uninsuredCents: 5_500_00 })
    expect(insuredExposure(3_000_00, { insuredLimitCents: 5_000_00, coverPct: 85 })).toEqual({ exposureCents: 3_000_00, insuredCents: 2_550_00, uninsuredCents: 450_00 })
    expect(insuredExposure(3_000_00, null)).toEqual({ exposureCents: 3_000_00, insuredCents: 0, uninsuredCents: 3_000_00 })
  })

  it('warns about deadlines counted from the original due date, soonest first', () => {
    const policy: PolicyTerms = { insurer: 'Allianz Trade', policyNumber: 'P-123', notifyAfterDays: 60, maxExtensionDays: 90, warnDaysBefore: 14 }
    const items = [
      { invoiceId: 1, number: 'F1', dueDate: '2026-05-10', openCents: 100_00, notified: false },
      { invoiceId: 2, number: 'F2', dueDate: '2026-04-01', openCents: 100_00, notified: false },
      { invoiceId: 3, number: 'F3', dueDate: '2026-06-01', openCents: 100_00, notified: false },
      { invoiceId: 4, number: 'F4', dueDate: '2026-03-01', openCents: 100_00, notified: true },
      { invoiceId: 5, number: 'F5', dueDate: '2026-03-01', openCents: 0, notified: false }
    ]
    const d = insuranceDeadlines(items, policy, '2026-06-30')
    // F2: notify by 31 May (passed 30 days ago), extension ends today; F1: notify by 9 July (9 days)
    expect(d.map((x) => [x.number, x.kind, x.deadline, x.daysLeft, x.missed])).toEqual([
      ['F2', 'notify', '2026-05-31', -30, true],
      ['F2', 'extension', '2026-06-30', 0, false],
      ['F1', 'notify', '2026-07-09', 9, false]
    ])
    expect(renderRiskLine(d[2]!.line, 'nl')).toBe('Allianz Trade P-123: achterstand op F1 melden uiterlijk 9 juli 2026')
    expect(renderRiskLine(d[0]!.line, 'en')).toBe('Allianz Trade P-123: the deadline for F2 passed on 31 May 2026; the cover may be lost')
  })
})

describe('segments', () => {
  const base: Segment = { id: 0, name: '', position: 0, classes: null, country: null, debtorType: null, minOpenCents: null, maxOpenCents: null, paymentTermDays: null, creditLimitCents: null, dunningPolicyId: null }
  const segments: Segment[] = [
    { ...base, id: 3, name: 'Rest', position: 9, paymentTermDays: 30, dunningPolicyId: 1 },
    { ...base, id: 1, name: 'Strikt', position: 1, classes: 'DE', paymentTermDays: 14, dunningPolicyId: 2 },
    { ...base, id: 2, name: 'Groot BE', position: 2, country: 'BE', debtorType: 'b2b', minOpenCents: 10_000_00, creditLimitCents: 50_000_00 }
  ]
  it.each([
    ['class E goes to the strict segment first', { riskClass: 'E', country: 'BE', debtorType: 'b2b', openCents: 20_000_00 }, 'Strikt'],
    ['a big Belgian company', { riskClass: 'B', country: 'BE', debtorType: 'b2b', openCents: 20_000_00 }, 'Groot BE'],
    ['a small Belgian company falls through', { riskClass: 'B', country: 'BE', debtorType: 'b2b', openCents: 9_999_99 }, 'Rest'],
    ['a Dutch consumer', { riskClass: 'A', country: 'NL', debtorType: 'b2c', openCents: 0 }, 'Rest']
  ] as const)('%s', (_, subject, name) => {
    expect(matchSegment(segments, subject)?.name).toBe(name)
  })

  it('lets a choice made by hand win over the segment', () => {
    expect(bySegment(5, 2)).toEqual({ value: 5, source: 'customer' })
    expect(bySegment(null, 2)).toEqual({ value: 2, source: 'segment' })
    expect(bySegment<number>(null, null)).toEqual({ value: null, source: 'default' })
    expect(matchSegment([], { riskClass: 'A', country: 'NL', debtorType: 'b2b', openCents: 0 })).toBeNull()
  })
})
