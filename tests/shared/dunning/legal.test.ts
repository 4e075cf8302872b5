// Legal amounts per invoice from the legal engine: B2B interest and EUR 40, the NL 14-day letter gate and its
// basis, the BE free first reminder and waiting period; partial payments lowering the claim.
import { describe, expect, it } from 'vitest'
import { addDays } from '../../../src/shared/dates'
import { type PolicyRule, indexPolicies, regimeOf, renderDunningText, resolvePolicy } from '../../../src/shared/domains/dunning'
import { beConsumerWaitingPeriod, beLegalInterest, nlFourteenDayLetter, nlStatutoryInterest, beCommercialInterest } from '../../../src/shared/domains/legal'
import { DEFAULTS, customer, invoice, live, pay, proposeOn, world } from './scenario'

/** Rendered text with Intl's non-breaking spaces made plain. */
const text = (...args: Parameters<typeof renderDunningText>) => renderDunningText(...args).replace(/[\u00a0\u202f]/g, ' ')

describe('business debtors', () => {
  it('NL: commercial interest from the day after the due date, EUR 40 and the scale above it, claimed at level 3', () => {
    const w = world([customer({ id: 1, code: 'B', invoices: [invoice({ id: 2, dueDate: '2026-01-10', openCents: 100_000 })] })])
    const { sent } = live(w, '2026-01-01', '2026-02-14')
    const l3 = sent.at(-1)?.action
    const interest = nlStatutoryInterest({ regime: '6:119a', principalCents: 100_000, firstInterestDay: '2026-01-11', lastInterestDay: '2026-02-14' })
    expect(l3?.lines[0]?.legal).toEqual({ interestCents: interest.interestCents, interestFrom: '2026-01-11', interestRate: '10.15', compensationCents: 4_000, costsCents: 11_000 })
    expect(l3).toMatchObject({ level: 3, principalCents: 100_000, costsCents: 15_000, interestCents: interest.interestCents, totalCents: 115_000 + interest.interestCents })
    // level 2 claims interest only, but shows what the law allows
    const l2 = sent.find((s) => s.level === 2)?.action
    expect(l2).toMatchObject({ costsCents: 0, allowedCostsCents: 15_000 })
    expect(text(l2?.explanation ?? [], 'nl')).toContain('dit niveau rekent geen kosten aan; de wet staat € 150,00 toe')
  })

  it('a government debtor gets the 6:119b rate label', () => {
    const p = proposeOn(world([customer({ id: 1, debtorType: 'government', invoices: [invoice({ id: 2, dueDate: '2026-01-01', openCents: 10_000 })] })]), '2026-01-20')
    expect(p.actions[0]?.lines[0]?.explanation[1]).toMatchObject({ key: 'legal.interest', values: { regime: { label: 'regime.6:119b' } } })
  })

  it('a partial payment lowers interest and costs', () => {
    const w = world([customer({ id: 1, code: 'B', invoices: [invoice({ id: 2, dueDate: '2026-01-10', openCents: 100_000 })] })])
    const { sent } = live(w, '2026-01-01', '2026-02-14', { '2026-02-01': pay(2, 40_000, '2026-02-01') })
    const l3 = sent.at(-1)?.action
    const interest = nlStatutoryInterest({ regime: '6:119a', principalCents: 60_000, firstInterestDay: '2026-01-11', lastInterestDay: '2026-02-14' })
    expect(l3?.lines[0]?.legal).toMatchObject({ interestCents: interest.interestCents, compensationCents: 4_000, costsCents: 5_000 })
    expect(l3?.principalCents).toBe(60_000)
  })

  it('BE: simple late-payment interest and the EUR 40 compensation', () => {
    const w = world([customer({ id: 1, country: 'BE', invoices: [invoice({ id: 2, dueDate: '2026-01-10', openCents: 100_000 })] })], { creditorCountry: 'BE' })
    const line = proposeOn(w, '2026-03-01').actions[0]?.lines[0]
    const interest = beCommercialInterest({ principalCents: 100_000, firstInterestDay: '2026-01-11', lastInterestDay: '2026-03-01' })
    expect(line?.legal).toEqual({ interestCents: interest.interestCents, interestFrom: '2026-01-11', interestRate: '10.5', compensationCents: 4_000, costsCents: 0 })
  })
})

describe('NL consumers: the 14-day letter (art. 6:96 lid 6 BW)', () => {
  const consumer = () => world([customer({ id: 1, code: 'C', debtorType: 'b2c', invoices: [invoice({ id: 2, dueDate: '2026-01-10', openCents: 100_000 })] })])

  it('sends the free 14-day letter, announcing the costs, and claims them only after its period has passed unpaid', () => {
    const { sent } = live(consumer(), '2026-01-01', '2026-03-31')
    expect(sent.map((s) => `${s.date} L${s.level} ${s.action.templateKey}`)).toEqual([
      '2026-01-07 L0 courtesy',
      '2026-01-17 L1 reminder',
      '2026-01-31 L2 nl-14-day-letter',
      `${nlFourteenDayLetter({ posted: '2026-01-31', channel: 'post' }).costsDueFrom} L3 final-notice`
    ])
    const letter = sent[2]?.action
    expect(letter).toMatchObject({ legalNotice: true, feeCents: 0, costsCents: 0, announcedCostsCents: 15_000 })
    expect(text(letter?.explanation ?? [], 'nl')).toContain('de brief kondigt € 150,00 incassokosten aan als betaling uitblijft')
    const l3 = sent[3]?.action
    expect(l3).toMatchObject({ feeCents: 0, costsCents: 15_000 })
    expect(l3?.lines[0]?.legal.compensationCents).toBe(0)
  })

  it('computes the costs on what was unpaid when the period ended: a partial payment inside the 14 days lowers them', () => {
    const { sent } = live(consumer(), '2026-01-01', '2026-02-28', { '2026-02-10': pay(2, 30_000, '2026-02-10') })
    const l3 = sent.find((s) => s.level === 3)?.action
    expect(l3?.lines[0]?.legal.costsCents).toBe(10_500)
  })

  it('a payment after the period does not lower the costs already due', () => {
    const { world: after } = live(consumer(), '2026-01-01', '2026-01-31')
    const later = pay(2, 30_000, '2026-02-25')(after)
    const line = proposeOn(later, '2026-03-01').actions[0]?.lines[0]
    expect(line?.openCents).toBe(70_000)
    expect(line?.legal.costsCents).toBe(15_000)
    expect(text(line?.explanation ?? [], 'en')).toContain('expired on 18 February 2026 with €1,000.00 unpaid')
  })

  it('charges no costs when no 14-day letter was ever sent, and no reminder fee at all', () => {
    const noLetter: PolicyRule = { ...DEFAULTS[1]!, levels: [{ ...DEFAULTS[1]!.levels[0]!, feeCents: 500, chargeCosts: true, chargeInterest: true }] }
    const w = world([customer({ id: 1, debtorType: 'b2c', invoices: [invoice({ id: 2, dueDate: '2026-01-10', openCents: 100_000 })] })], { policies: [DEFAULTS[0]!, noLetter, DEFAULTS[2]!, DEFAULTS[3]!] })
    const a = proposeOn(w, '2026-02-01').actions[0]
    expect(a).toMatchObject({ feeCents: 0, costsCents: 0, maxFeeCents: 0 })
    expect(a?.interestCents).toBeGreaterThan(0)
    expect(a?.explanation).toContainEqual({ key: 'action.feeNlConsumer' })
  })
})

describe('BE consumers: Book XIX WER', () => {
  const consumer = (policies = DEFAULTS) =>
    world([customer({ id: 1, code: 'C', debtorType: 'b2c', country: 'BE', language: 'fr', invoices: [invoice({ id: 2, dueDate: '2026-01-10', openCents: 100_000 })] })], { creditorCountry: 'BE', policies })

  it('sends a free first reminder, waits the period, then charges the capped fee and legal interest', () => {
    const { sent } = live(consumer(), '2026-01-01', '2026-02-28')
    const wait = beConsumerWaitingPeriod({ sent: '2026-01-17', channel: 'post' })
    expect(sent.map((s) => `${s.date} L${s.level}`)).toEqual(['2026-01-07 L0', '2026-01-17 L1', '2026-02-07 L2', '2026-02-21 L3'])
    const first = sent[1]?.action
    expect(first).toMatchObject({ feeCents: 0, costsCents: 0, interestCents: 0, legalNotice: true, templateKey: 'be-first-reminder' })
    const second = sent[2]?.action
    const interest = beLegalInterest({ principalCents: 100_000, firstInterestDay: wait.chargeableFrom, lastInterestDay: '2026-02-07' })
    expect(second).toMatchObject({ feeCents: 750, interestCents: interest.interestCents, costsCents: 0, allowedCostsCents: 9_000 })
    expect(second?.lines[0]?.legal.interestFrom).toBe(wait.chargeableFrom)
    expect(text(second?.explanation ?? [], 'fr')).toContain('la loi autorise 90,00 €')
  })

  it('keeps the first reminder free even when its level has a fee, and caps later fees at EUR 7.50', () => {
    const levels = DEFAULTS[3]!.levels.map((l) => ({ ...l, feeCents: 1_500 }))
    const { sent } = live(consumer([DEFAULTS[0]!, DEFAULTS[1]!, DEFAULTS[2]!, { ...DEFAULTS[3]!, levels }]), '2026-01-15', '2026-02-10')
    expect(sent.map((s) => [s.level, s.action.feeCents, s.action.maxFeeCents])).toEqual([
      [1, 0, 0],
      [2, 750, 750]
    ])
    expect(sent[1]?.action.explanation).toContainEqual({ key: 'action.feeBeCapped', values: { amount: { money: 750 } } })
  })

  it('holds a charging level back until the waiting period has ended', () => {
    const fast: PolicyRule = { ...DEFAULTS[3]!, levels: DEFAULTS[3]!.levels.map((l) => ({ ...l, minDaysSincePrevious: 1, daysAfterDue: 1 })) }
    const { sent } = live(consumer([DEFAULTS[0]!, DEFAULTS[1]!, DEFAULTS[2]!, fast]), '2026-01-11', '2026-02-10')
    const wait = beConsumerWaitingPeriod({ sent: '2026-01-11', channel: 'post' })
    expect(sent.map((s) => s.date)).toEqual(['2026-01-11', wait.chargeableFrom, addDays(wait.chargeableFrom, 7)])
  })
})

describe('regime and policy resolution', () => {
  it('a consumer keeps the consumer rules of the country they live in', () => {
    expect(regimeOf('BE', { debtorType: 'b2c', country: 'NL' })).toBe('NL-b2c')
    expect(regimeOf('NL', { debtorType: 'b2c', country: 'BE' })).toBe('BE-b2c')
    expect(regimeOf('NL', { debtorType: 'b2b', country: 'BE' })).toBe('NL-b2b')
    expect(regimeOf('BE', { debtorType: 'government', country: 'NL' })).toBe('BE-b2b')
    // Debito knows NL and BE consumer law: a consumer abroad gets the creditor's consumer rules
    expect(regimeOf('NL', { debtorType: 'b2c', country: 'DE' })).toBe('NL-b2c')
    expect(regimeOf('BE', { debtorType: 'b2b', country: 'FR' })).toBe('BE-b2b')
  })

  it('takes the invoice policy, then the customer policy, then the default of the regime', () => {
    const custom: PolicyRule = { ...DEFAULTS[0]!, id: 9, isDefault: false, name: 'Custom' }
    const index = indexPolicies([...DEFAULTS, custom])
    expect(resolvePolicy(index, { regime: 'NL-b2b', customerPolicyId: null })?.policy.id).toBe(1)
    expect(resolvePolicy(index, { regime: 'NL-b2c', customerPolicyId: 9 })).toMatchObject({ source: 'customer', policy: { id: 9 } })
    expect(resolvePolicy(index, { regime: 'NL-b2c', customerPolicyId: 9, invoicePolicyId: 4 })).toMatchObject({ source: 'invoice', policy: { id: 4 } })
    expect(resolvePolicy(indexPolicies([custom]), { regime: 'BE-b2b', customerPolicyId: null })).toBeNull()
  })

  it('dunns an invoice with its own policy on that policy’s ladder', () => {
    const quick: PolicyRule = { ...DEFAULTS[0]!, id: 9, isDefault: false, levels: DEFAULTS[0]!.levels.map((l) => ({ ...l, daysAfterDue: 1 })) }
    const w = world([customer({ id: 1, invoices: [invoice({ id: 2, dueDate: '2026-01-10', openCents: 10_000, policyId: 9 })] })], { policies: [...DEFAULTS, quick] })
    expect(proposeOn(w, '2026-01-11').actions[0]).toMatchObject({ policyId: 9, level: 1 })
  })
})
