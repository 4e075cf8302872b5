import { describe, expect, it } from 'vitest'
import { claimSpecification } from '../../../src/shared/domains/arrangements/claim'
import { renderExplanation } from '../../../src/shared/domains/legal/explain/render'

const f1 = { invoiceId: 1, number: 'F1', invoiceDate: '2025-01-01', dueDate: '2025-01-31', principalCents: 100_000 }
const notDue = { invoiceId: 2, number: 'F2', invoiceDate: '2025-02-20', dueDate: '2025-03-20', principalCents: 20_000 }
const credit = { invoiceId: 3, number: 'C3', invoiceDate: '2025-01-15', dueDate: '2025-01-15', principalCents: -5_000 }
const asOf = '2025-03-01' // 29 interest days: 1 February up to and including 1 March

describe('claimSpecification', () => {
  it.each([
    // € 1.000 × rate × 29 / 365, rounded half-up; costs: NL staffel 15 % of € 1.000, BE € 40 per invoice
    ['NL', 'b2b', true, 'nl-6:119a', 886, 'nl-wik-per-invoice', 15_000], // 11.15 %: 8.8589
    ['NL', 'government', true, 'nl-6:119b', 886, 'nl-wik-per-invoice', 15_000],
    ['NL', 'b2c', false, 'nl-6:119', 477, 'none', 0], // 6 %: 4.7671; no 14-dagenbrief, no costs
    ['NL', 'b2c', true, 'nl-6:119', 477, 'nl-wik-combined', 15_000],
    ['BE', 'b2b', false, 'be-commercial', 914, 'be-fixed-40', 4_000], // 11.5 %: 9.1370
    ['BE', 'b2c', false, 'none', 0, 'none', 0],
    ['BE', 'b2c', true, 'be-legal', 358, 'none', 0] // 4.5 %: 3.5753
  ] as const)('%s %s (notice sent: %s): interest %s %i, costs %s %i', (country, debtorType, consumerNoticeSent, interestBasis, interestCents, costsBasis, costsCents) => {
    const spec = claimSpecification([f1], { country, debtorType }, { asOf, consumerNoticeSent })
    expect(spec.lines).toEqual([{ ...f1, interestFrom: interestCents > 0 ? '2025-02-01' : null, interestCents, interestBasis, costsCents, costsBasis, totalCents: 100_000 + interestCents + costsCents, explanation: expect.any(Array) }])
    expect(spec.totalCents).toBe(100_000 + interestCents + costsCents)
  })

  it('lists items oldest first; items not yet due and credit notes count as principal only; totals add up', () => {
    const spec = claimSpecification([notDue, f1, credit], { country: 'BE', debtorType: 'b2b' }, { asOf, consumerNoticeSent: false })
    expect(spec.lines.map((l) => [l.number, l.interestCents, l.costsCents])).toEqual([
      ['C3', 0, 0],
      ['F1', 914, 4_000],
      ['F2', 0, 0]
    ])
    expect(spec).toMatchObject({ principalCents: 115_000, interestCents: 914, costsCents: 4_000, totalCents: 119_914 })
  })

  it('explains the interest periods and the costs in the reader\'s language', () => {
    const [line] = claimSpecification([f1], { country: 'NL', debtorType: 'b2b' }, { asOf, consumerNoticeSent: false }).lines
    // Intl puts a no-break space between € and the amount
    const text = renderExplanation(line!.explanation, 'nl').map((l) => l.replace(/\u00a0/g, ' '))
    expect(text[0]).toContain('6:119a')
    expect(text).toContain('Totale rente, afgerond op centen: € 8,86')
    expect(text.at(-1)).toBe('Te vorderen incassokosten: € 150,00')
  })

  it('spreads one consumer fee over several invoices in proportion to their principals', () => {
    const f4 = { ...f1, invoiceId: 4, number: 'F4', principalCents: 50_000 }
    // staffel on € 1.500: 15 % = € 225, split 2:1
    const spec = claimSpecification([f1, f4], { country: 'NL', debtorType: 'b2c' }, { asOf, consumerNoticeSent: true })
    expect(spec.lines.map((l) => l.costsCents)).toEqual([15_000, 7_500])
    expect(spec.costsCents).toBe(22_500)
  })
})
