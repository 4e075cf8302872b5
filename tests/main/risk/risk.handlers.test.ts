// The risk channels through the real dispatch, on a hand-computed customer (tests/shared/risk/fixtures.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { customers, dunningPolicies } from '../../../src/main/db/schema'
import { loadCandidates } from '../../../src/main/domains/dunning/candidates.loader'
import { worklistOf } from '../../../src/main/domains/worklist/worklist.service'
import { renderRiskLine } from '../../../src/shared/domains/risk/lines'
import type { RiskCardDto } from '../../../src/shared/ipc/risk.contract'
import { DEFAULT_WEIGHTS } from '../../../src/shared/domains/risk/weights'
import { call, createTestServices, openNewAdministration, type TestServices } from '../ipc/services'
import { AS_OF } from '../../shared/risk/fixtures'
import { seedJansen } from './ledger'

let t: TestServices
let customerId = 0
let openInvoiceId = 0

beforeAll(async () => {
  t = createTestServices()
  await openNewAdministration(t, 'Risico B.V.')
  const seeded = seedJansen(t.services.session.db())
  customerId = seeded.customerId
  openInvoiceId = seeded.invoiceIds[4] ?? 0
})
afterAll(() => t.dispose())

const card = async (): Promise<RiskCardDto> => (await call(t.dispatch, 'risk:get-card', { customerId, asOf: AS_OF })) as RiskCardDto
const points = (c: RiskCardDto) => c.reasons.map((r) => [r.factor, r.points])

describe('risk card', () => {
  it('shows the score with each reason and its contribution, by hand', async () => {
    const c = await card()
    // open 500.00 against a limit of 400.00: 125 %, 25 × 0.3 = 7.5 → 8
    expect(points(c)).toEqual([
      ['brokenPromises', -10],
      ['trend', -9],
      ['creditUse', -8],
      ['daysLate', -5],
      ['lateShare', -5],
      ['disputes', -3]
    ])
    expect(c.score).toBe(60)
    expect(c.riskClass).toBe('C')
    // no bank payments here: B's money counts at its settlement day (50 days), so 3,500,000 / 100,000
    expect(c.behaviour).toMatchObject({ paidCount: 4, avgDaysLate: 6.3, weightedDaysToPay: 35, trendDays: 17.5, brokenPromises: 2, disputes: 1 })
    expect(c.creditUse).toEqual({ usedCents: 50_000, limitCents: 40_000, pct: 125, level: 'over' })
    // E: 30 days late, nothing comparable in the history: 30 days from the as-of date
    expect(c.forecast.map((f) => [f.number, f.predictedDate])).toEqual([['F5', '2026-07-30']])
    // the mini-charts: C paid on time in October, B 20 days late in April, A 10 late in May; D (May 2025) is before the 12 months
    expect(c.monthly).toHaveLength(12)
    expect(c.monthly.filter((m) => m.paid > 0)).toEqual([
      { month: '2025-10', paid: 1, avgDaysLate: 0 },
      { month: '2026-04', paid: 1, avgDaysLate: 20 },
      { month: '2026-05', paid: 1, avgDaysLate: 10 }
    ])
    expect(renderRiskLine(c.forecast[0]!.lines[0]!, 'nl')).toBe('al 30 dagen te laat en geen vergelijkbare historie: verwacht over 30 dagen (zo lang als het al te laat is, minstens 30)')
  })

  it('follows the weights set in Settings, and refuses weights out of order', async () => {
    const off = { ...DEFAULT_WEIGHTS, factors: { ...DEFAULT_WEIGHTS.factors, brokenPromises: { weight: 0, cap: 0 } } }
    await call(t.dispatch, 'risk:set-weights', { weights: off })
    expect((await card()).score).toBe(70)
    const wrong = await t.dispatch('risk:set-weights', { weights: { ...DEFAULT_WEIGHTS, classBounds: [50, 60, 40, 30] } })
    expect(wrong).toMatchObject({ ok: false, error: { kind: 'validation' } })
    await call(t.dispatch, 'risk:set-weights', { weights: null })
    expect((await call(t.dispatch, 'risk:get-weights')) as { weights: unknown }).toMatchObject({ weights: DEFAULT_WEIGHTS })
  })

  it('shows the insurer, the insured exposure and the deadline until it is notified', async () => {
    const policy = (await call(t.dispatch, 'risk:save-policy', { insurer: 'Allianz Trade', policyNumber: 'P-1', coverPct: 90, notifyAfterDays: 40, maxExtensionDays: 60, warnDaysBefore: 14 })) as { id: number }
    await call(t.dispatch, 'risk:save-credit', { customerId, creditLimitCents: 40_000, notInvoicedCents: 5_000, policyId: policy.id, insuredLimitCents: 30_000, coverDecisionOn: '2026-01-10', coverPct: null })
    const c = await card()
    expect(c.credit).toMatchObject({ insurer: 'Allianz Trade', policyNumber: 'P-1', insuredLimitCents: 30_000, effectiveCoverPct: 90, notInvoicedCents: 5_000 })
    // 90 % of the exposure up to the insured 300.00
    expect(c.exposure).toEqual({ exposureCents: 50_000, insuredCents: 27_000, uninsuredCents: 23_000 })
    // used: 500.00 open + 50.00 not invoiced = 137.5 % → 138
    expect(c.creditUse.pct).toBe(138)
    // F5 fell due on 31 May: notify by 10 July, 10 days left
    expect(c.deadlines.map((d) => [d.number, d.kind, d.deadline, d.daysLeft])).toEqual([['F5', 'notify', '2026-07-10', 10]])
    expect(await call(t.dispatch, 'risk:list-deadlines', { asOf: AS_OF })).toHaveLength(1)
    // "Vandaag" warns before the deadline passes: one item per customer with its soonest deadline
    const work = () => worklistOf(t.services.session.db(), AS_OF).filter((w) => w.kind === 'insurance-deadline')
    expect(work()).toEqual([{ kind: 'insurance-deadline', ref: customerId, customerCode: 'C001', customerName: 'Jansen Techniek B.V.', date: '2026-07-10', amountCents: null, count: 1, level: null }])
    await call(t.dispatch, 'risk:add-notice', { customerId, invoiceId: openInvoiceId, noticedOn: '2026-06-30', note: null })
    expect((await card()).deadlines).toEqual([])
    expect(work()).toEqual([])
    const noCover = await t.dispatch('risk:save-credit', { customerId, creditLimitCents: null, notInvoicedCents: 0, policyId: null, insuredLimitCents: 100, coverDecisionOn: null, coverPct: null })
    expect(noCover).toMatchObject({ ok: false, error: { kind: 'validation', field: 'policyId' } })
  })

  it('reads external scores from a CSV with their date, all or nothing', async () => {
    const stage = async (text: string) => ((await call(t.dispatch, 'files:stage', { name: 'scores.csv', dataBase64: Buffer.from(text).toString('base64') })) as { fileId: string }).fileId
    const bad = await call(t.dispatch, 'risk:import-scores', { fileId: await stage('klant;bureau;score;datum\nC001;Creditsafe;20;15-01-2026\nC999;Graydon;50;2026-01-01\nC001;Graydon;abc;2026-01-01\n') })
    expect(bad).toMatchObject({ rows: 3, imported: 0, written: false, problems: [{ line: 3, code: 'unknown-customer', value: 'C999' }, { line: 4, code: 'bad-score', value: 'abc' }] })
    const good = await stage('klant;bureau;score;datum\nC001;Creditsafe;20;15-01-2026\n')
    expect(await call(t.dispatch, 'risk:import-scores', { fileId: good })).toMatchObject({ imported: 1, duplicates: 0, written: true })
    expect(await call(t.dispatch, 'risk:import-scores', { fileId: good })).toMatchObject({ imported: 0, duplicates: 1, written: true })
    const c = await card()
    expect(c.externalScores).toMatchObject([{ agency: 'creditsafe', score: 20, scoredOn: '2026-01-15', source: 'csv' }])
    expect(points(c)).toContainEqual(['external', -9])
  })

  it('puts the customer in the first matching segment, which sets term and dunning policy unless set by hand', async () => {
    const db = t.services.session.db()
    const policyId = db.insert(dunningPolicies).values({ name: 'Streng' }).returning().get().id
    await call(t.dispatch, 'risk:save-segment', { name: 'Iedereen', classes: null, country: null, debtorType: null, minOpenCents: null, maxOpenCents: null, paymentTermDays: 30, creditLimitCents: null, dunningPolicyId: null })
    const strict = (await call(t.dispatch, 'risk:save-segment', { name: 'Let op', classes: 'CDE', country: 'NL', debtorType: null, minOpenCents: null, maxOpenCents: null, paymentTermDays: 14, creditLimitCents: 200_00, dunningPolicyId: policyId })) as { id: number }
    // the later segment is tried first once moved up
    await call(t.dispatch, 'risk:move-segment', { id: strict.id, direction: 'up' })
    const c = await card()
    expect(c.segment?.name).toBe('Let op')
    expect(c.paymentTerm).toEqual({ value: 14, source: 'segment' })
    expect(c.dunningPolicy).toEqual({ value: policyId, source: 'segment', name: 'Streng' })
    // the dunning engine reads the stored segment once the scores are recomputed
    await t.services.risk.settled()
    expect(loadCandidates(db, AS_OF).find((x) => x.id === customerId)).toMatchObject({ policyId: null, segmentPolicyId: policyId })
    expect(c.suggestedLimit.cents).toBeLessThanOrEqual(200_00)
    const own = db.insert(dunningPolicies).values({ name: 'Eigen' }).returning().get().id
    db.update(customers).set({ paymentTermDays: 45, dunningPolicyId: own }).run()
    expect(await card()).toMatchObject({ paymentTerm: { value: 45, source: 'customer' }, dunningPolicy: { value: own, source: 'customer', name: 'Eigen' } })
  })
})

describe('stored scores and the portfolio', () => {
  it('recomputes after a change to the invoices and shows the customers by class', async () => {
    await call(t.dispatch, 'invoices:create', { customerId, number: 'F9', invoiceDate: '2026-11-01', dueDate: '2026-12-01', amountCents: 12_345 })
    await t.services.risk.settled()
    const p = (await call(t.dispatch, 'risk:get-portfolio')) as { totals: { customers: number; exposureCents: number }; classes: { riskClass: string; customers: number }[] }
    expect(p.totals.customers).toBe(1)
    expect(p.totals.exposureCents).toBe(50_000 + 12_345)
    const list = (await call(t.dispatch, 'risk:list', { sort: 'score' })) as { rows: { code: string; riskClass: string }[]; total: number }
    expect(list.total).toBe(1)
    expect(p.classes).toEqual([expect.objectContaining({ riskClass: list.rows[0]!.riskClass, customers: 1 })])
  })

  it('forecasts the cash-in per week with the backtest', async () => {
    const f = (await call(t.dispatch, 'risk:get-forecast', { asOf: AS_OF, limit: 10 })) as { weeks: { weekStart: string }[]; invoices: { total: number; rows: { number: string }[] }; backtest: unknown }
    expect(f.weeks).toHaveLength(13)
    expect(f.weeks[0]!.weekStart).toBe('2026-06-29')
    expect(f.invoices.rows.map((r) => r.number)).toEqual(['F5'])
    expect(f.backtest).toMatchObject({ cutoffs: 12 })
  })
})
