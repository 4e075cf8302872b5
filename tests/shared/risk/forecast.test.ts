import { describe, expect, it } from 'vitest'
import { addDays, toEpochDay } from '../../../src/shared/dates'
import { backtest } from '../../../src/shared/domains/risk/backtest'
import { buildDelayModel, expectedDelay, laterThan, predictDay } from '../../../src/shared/domains/risk/delay-model'
import { type ForecastItem, predictItem, weekStartOf, weeklyCashIn } from '../../../src/shared/domains/risk/forecast'
import { renderRiskLines } from '../../../src/shared/domains/risk/lines'

const AS_OF = '2026-06-30' // a Tuesday
// X paid one invoice 30 days late; Y paid nine, 10 days late on average (Σ d² = 1,800)
const X = { count: 1, sumDelay: 30, sumDelaySq: 900 }
const Y = { count: 9, sumDelay: 90, sumDelaySq: 1_800 }
// the administration's paid invoices by delay: 14 in all
const COUNTS = new Map([
  [-5, 2],
  [5, 3],
  [20, 3],
  [45, 4],
  [90, 2]
])
const model = buildDelayModel([X, Y, { count: 0, sumDelay: 0, sumDelaySq: 0 }], COUNTS)
const item = (over: Partial<ForecastItem> = {}): ForecastItem => ({ number: 'F1', customerName: 'Jansen', dueDate: '2026-07-10', openCents: 1_000_00, disputed: false, handedOver: false, promisedDate: null, ...over })

describe('delay model', () => {
  it('pools the administration and the spread within customers', () => {
    // 10 invoices, Σ delay 120: mean 12; within X 900 − 900 = 0, within Y 1,800 − 900 = 900; 10 − 2 degrees of freedom
    expect(model.adminMean).toBe(12)
    expect(model.sigma).toBeCloseTo(Math.sqrt(900 / 8), 10)
  })

  it('shrinks a customer with one invoice towards the administration', () => {
    // (30 + 4 × 12) / (1 + 4) = 15.6, (90 + 48) / 13 = 10.615…, nothing known: 12
    expect(expectedDelay(X, model)).toBeCloseTo(15.6, 10)
    expect(expectedDelay(Y, model)).toBeCloseTo(138 / 13, 10)
    expect(expectedDelay({ count: 0, sumDelay: 0 }, model)).toBe(12)
  })

  it('knows how late invoices later than a given delay got', () => {
    // later than 30 days: 4 × 45 + 2 × 90 = 360 over 6
    expect(laterThan(30, model)).toEqual({ mean: 60, count: 6 })
    expect(laterThan(45, model)).toEqual({ mean: 90, count: 2 })
    expect(laterThan(200, model)).toEqual({ mean: 0, count: 0 })
  })
})

describe('forecast per invoice', () => {
  it('explains a shrunk prediction for a customer with one invoice', () => {
    const p = predictItem(item(), X, model, AS_OF)
    // due 10 July + round(15.6) = 26 July
    expect(p.predictedDate).toBe('2026-07-26')
    expect(renderRiskLines(p.lines, 'nl')).toBe(
      'Jansen betaalt gemiddeld 30 dagen na de vervaldatum, over 1 factuur; weinig historie, dus gewogen met de hele administratie (12 dagen): 15,6 dagen na de vervaldatum'
    )
  })

  it('says nothing about shrinking when it moves the estimate less than a day', () => {
    // (520 + 4 × 12) / 44 = 12.9: 13 days either way
    const many = { count: 40, sumDelay: 520, sumDelaySq: 7_000 }
    const p = predictItem(item(), many, model, AS_OF)
    expect(p.predictedDate).toBe('2026-07-23')
    expect(renderRiskLines(p.lines, 'en')).toBe('Jansen pays 13 days after the due date on average, over 40 invoices')
    // 11.45 shrinks to (458 + 48) / 44 = 11.5: rounded they differ, yet it moved only 0.05 days
    const edge = predictItem(item(), { count: 40, sumDelay: 458, sumDelaySq: 6_000 }, model, AS_OF)
    expect(renderRiskLines(edge.lines, 'en')).toBe('Jansen pays 11.5 days after the due date on average, over 40 invoices')
  })

  it('judges an item later than its habit by how late comparable invoices got', () => {
    // due 31 May: 30 days late today, Y expects 11 → comparable invoices: 60 days → 30 July
    const p = predictItem(item({ dueDate: '2026-05-31' }), Y, model, AS_OF)
    expect(p.predictedDate).toBe('2026-07-30')
    expect(renderRiskLines(p.lines, 'nl')).toBe('al 30 dagen te laat; zo late facturen zijn gemiddeld 60 dagen na de vervaldatum betaald (6 facturen)')
    // 50 days late: only 2 paid invoices were later, so as long again: 50 days from now
    const far = predictItem(item({ dueDate: '2026-05-11' }), Y, model, AS_OF)
    expect(far.predictedDate).toBe('2026-08-19')
    expect(renderRiskLines(far.lines, 'fr')).toBe('déjà 50 jours de retard et pas d’historique comparable : attendu dans 50 jours (autant que le retard actuel, au moins 30)')
  })

  it('adds days for disputes and hand-overs, and follows a promise', () => {
    const disputed = predictItem(item({ disputed: true }), X, model, AS_OF)
    expect(disputed.predictedDate).toBe(addDays('2026-07-26', 30))
    expect(disputed.lines.at(-1)).toEqual({ key: 'forecast.disputed', values: { days: { days: 30 } } })
    expect(predictItem(item({ handedOver: true }), X, model, AS_OF).predictedDate).toBe(addDays('2026-07-26', 60))
    const promised = predictItem(item({ promisedDate: '2026-07-03', disputed: true }), X, model, AS_OF)
    expect(promised).toEqual({ predictedDate: '2026-07-03', lines: [{ key: 'forecast.promise', values: { date: { date: '2026-07-03' } } }] })
  })

  it('never predicts a day before the as-of date', () => {
    const early = buildDelayModel([{ count: 20, sumDelay: -400, sumDelaySq: 8_000 }], new Map([[-20, 20]]))
    const p = predictItem(item({ dueDate: '2026-07-02' }), { count: 20, sumDelay: -400, sumDelaySq: 8_000 }, early, AS_OF)
    expect(p.predictedDate).toBe(AS_OF)
    expect(p.lines.at(-1)).toEqual({ key: 'forecast.now', values: { date: { date: AS_OF } } })
    expect(predictDay(toEpochDay('2026-07-02'), toEpochDay(AS_OF), { count: 20, sumDelay: -400 }, early).clamped).toBe(true)
  })
})

describe('cash-in per week', () => {
  const items = [
    { predictedDate: '2026-06-30', openCents: 1_000_00 },
    { predictedDate: '2026-07-05', openCents: 500_00 },
    { predictedDate: '2026-07-06', openCents: 2_000_00 },
    { predictedDate: '2026-12-01', openCents: 3_000_00 },
    { predictedDate: '2026-07-01', openCents: -100_00 }
  ]

  it('adds the invoices up per week from the Monday of the as-of week (no spread)', () => {
    expect(weekStartOf(AS_OF)).toBe('2026-06-29')
    const f = weeklyCashIn(items, AS_OF, 13, 0.01)
    expect(f.weeks).toHaveLength(13)
    expect(f.weeks.slice(0, 3).map((w) => [w.weekStart, w.expectedCents])).toEqual([
      ['2026-06-29', 1_500_00],
      ['2026-07-06', 2_000_00],
      ['2026-07-13', 0]
    ])
    expect(f.laterCents).toBe(3_000_00)
    // with no spread the band is the point itself
    expect(f.weeks.slice(0, 2).map((w) => [w.lowCents, w.highCents])).toEqual([
      [1_500_00, 1_500_00],
      [2_000_00, 2_000_00]
    ])
  })

  it('spreads each payment by the history\'s spread, with a band, and adds up to the cent', () => {
    const f = weeklyCashIn(items, AS_OF, 13, 10)
    for (const w of f.weeks) expect(w.lowCents <= w.expectedCents && w.expectedCents <= w.highCents && w.lowCents >= 0).toBe(true)
    expect(f.weeks[0]!.highCents - f.weeks[0]!.lowCents).toBeGreaterThan(0)
    // payments spread by 10 days reach the third week; the first week also gets what might come early
    expect(f.weeks[2]!.expectedCents).toBeGreaterThan(0)
    expect(f.weeks[0]!.expectedCents).toBeGreaterThan(1_500_00)
    expect(f.weeks.reduce((s, w) => s + w.expectedCents, 0) + f.laterCents).toBe(6_500_00)
  })
})

describe('backtest', () => {
  it('compares the forecast with "paid on the due date" at a cut-off, by hand', () => {
    const d0 = toEpochDay('2026-01-01')
    // one customer: two invoices paid 10 days late before the cut-off (day 130), one open then and paid on day 150
    const h = {
      customers: 1,
      customer: Int32Array.from([0, 0, 0]),
      invoiceDay: Int32Array.from([0, 50, 100].map((d) => d0 + d)),
      dueDay: Int32Array.from([30, 80, 130].map((d) => d0 + d)),
      settledDay: Int32Array.from([40, 90, 150].map((d) => d0 + d))
    }
    // at day 130 the customer (and the administration) averages 10 days: predicted day 140, paid 150 → 10;
    // naive: the due date 130 → 20
    expect(backtest(h, d0 + 200, 1, 70)).toEqual({ maeDays: 10, naiveMaeDays: 20, samples: 1, cutoffs: 1 })
  })

  it('has nothing to say without invoices open at a cut-off', () => {
    const empty = { customers: 0, customer: new Int32Array(0), invoiceDay: new Int32Array(0), dueDay: new Int32Array(0), settledDay: new Int32Array(0) }
    expect(backtest(empty, toEpochDay(AS_OF))).toEqual({ maeDays: null, naiveMaeDays: null, samples: 0, cutoffs: 12 })
  })
})
