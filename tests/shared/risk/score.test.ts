import { describe, expect, it } from 'vitest'
import { behaviourOf, EMPTY_STATS, summarizeHistory } from '../../../src/shared/domains/risk/history'
import { renderRiskLine } from '../../../src/shared/domains/risk/lines'
import { classOf, contribution, type ScoreInput, scoreCustomer } from '../../../src/shared/domains/risk/score'
import { DEFAULT_WEIGHTS, type RiskWeights } from '../../../src/shared/domains/risk/weights'
import { AS_OF, HISTORY } from './fixtures'
const quiet = behaviourOf({ ...EMPTY_STATS, paidCount: 10, sumDelay: 0 })
const input = (over: Partial<ScoreInput['behaviour']>, rest: Partial<ScoreInput> = {}): ScoreInput => ({ behaviour: { ...quiet, ...over }, creditUsePct: null, external: null, asOf: AS_OF, ...rest })
const points = (i: ScoreInput, w: RiskWeights = DEFAULT_WEIGHTS) => scoreCustomer(i, w).reasons.map((r) => [r.factor, r.points])

describe('risk score', () => {
  it.each([
    // the examples: 23 days late −18, two broken promises −10, credit use 140 % −12
    ['23 days late on average', input({ avgDaysLate: 23 }), [['daysLate', -18]]],
    ['two broken promises', input({ brokenPromises: 2 }), [['brokenPromises', -10], ['daysLate', 0]]],
    ['credit use 140 %', input({}, { creditUsePct: 140 }), [['creditUse', -12], ['daysLate', 0]]],
    ['credit use 95 % costs nothing', input({}, { creditUsePct: 95 }), [['daysLate', 0]]],
    ['paying 5 days early earns 4', input({ avgDaysLate: -5 }), [['daysLate', 4]]],
    ['capped at 30 points', input({ avgDaysLate: 90 }), [['daysLate', -30]]],
    ['share paid late 45 %: 4.5 rounds half up to 5', input({ lateSharePct: 45 }), [['lateShare', -5], ['daysLate', 0]]],
    ['trend 8 days worse', input({ trendDays: 8 }), [['trend', -4], ['daysLate', 0]]],
    ['trend 6 days better', input({ trendDays: -6 }), [['daysLate', 0], ['trend', 3]]],
    ['oldest item 75 days: 45 beyond the 30-day grace', input({ oldestOverdueDays: 75 }), [['oldestOverdue', -5], ['daysLate', 0]]],
    ['a dispute, a returned payment, a hand-over', input({ disputes: 1, returnedPayments: 1, handOvers: 1 }), [['handOvers', -10], ['returns', -4], ['disputes', -3], ['daysLate', 0]]],
    ['external score 20: 30 below 50', input({}, { external: { agency: 'creditsafe', score: 20, scoredOn: '2026-01-15' } }), [['external', -9], ['daysLate', 0]]],
    ['external score 90: 40 above 50, capped bonus 12', input({}, { external: { agency: 'dnb', score: 90, scoredOn: '2026-01-15' } }), [['daysLate', 0], ['external', 12]]],
    ['an external score older than 24 months is ignored', input({}, { external: { agency: 'graydon', score: 10, scoredOn: '2024-06-30' } }), [['daysLate', 0]]],
    ['one paid invoice: little history', input({ paidCount: 1 }), [['littleHistory', -5], ['daysLate', 0]]]
  ] as const)('%s', (_, i, expected) => {
    expect(points(i)).toEqual(expected)
  })

  it('adds every contribution to 100 for the hand-computed customer, class D', () => {
    const behaviour = behaviourOf(summarizeHistory(HISTORY, AS_OF), { brokenPromises: 2, disputes: 1, returnedPayments: 0, handOvers: 0 })
    const result = scoreCustomer({ behaviour, creditUsePct: 140, external: { agency: 'creditsafe', score: 20, scoredOn: '2026-01-15' }, asOf: AS_OF }, DEFAULT_WEIGHTS)
    // 6.3 × 0.8 = 5.04 → 5; 50 × 0.1 = 5; 17.5 × 0.5 = 8.75 → 9; 2 × 5 = 10; 1 × 3 = 3; 40 × 0.3 = 12; 30 × 0.3 = 9
    expect(result.reasons.map((r) => [r.factor, r.points])).toEqual([
      ['creditUse', -12],
      ['brokenPromises', -10],
      ['trend', -9],
      ['external', -9],
      ['daysLate', -5],
      ['lateShare', -5],
      ['disputes', -3]
    ])
    expect(result.score).toBe(100 - 53)
    expect(result.riskClass).toBe('D')
    expect(result.reasons.map((r) => renderRiskLine(r, 'nl'))).toEqual([
      'kredietgebruik 140\u00a0%',
      '2 gebroken toezeggingen',
      'betaalt de laatste 3 maanden 17,5 dagen later dan de 12 maanden ervoor',
      'score Creditsafe 20 van 15 januari 2026',
      'gemiddeld 6,3 dagen te laat betaald (4 facturen)',
      '50\u00a0% van de facturen te laat betaald',
      '1 geschil in de laatste 12 maanden'
    ])
    expect(renderRiskLine(result.reasons[1]!, 'fr')).toBe('2 promesses non tenues')
    expect(renderRiskLine(result.reasons[0]!, 'en')).toBe('credit use 140%')
  })

  it('follows the weights the user set', () => {
    const heavy: RiskWeights = { ...DEFAULT_WEIGHTS, factors: { ...DEFAULT_WEIGHTS.factors, brokenPromises: { weight: 12, cap: 30 } } }
    expect(points(input({ brokenPromises: 2 }), heavy)).toEqual([['brokenPromises', -24], ['daysLate', 0]])
    const off: RiskWeights = { ...DEFAULT_WEIGHTS, factors: { ...DEFAULT_WEIGHTS.factors, brokenPromises: { weight: 0, cap: 0 } } }
    expect(scoreCustomer(input({ brokenPromises: 2 }), off).score).toBe(100)
  })

  it('never leaves 0–100 and classes by the bounds', () => {
    expect(scoreCustomer(input({ avgDaysLate: 60, brokenPromises: 9, handOvers: 5, disputes: 6, returnedPayments: 4 }, { creditUsePct: 300 }), DEFAULT_WEIGHTS).score).toBe(0)
    expect(scoreCustomer(input({ avgDaysLate: -40 }), DEFAULT_WEIGHTS).score).toBe(100)
    expect([100, 80, 79, 65, 64, 50, 49, 35, 34, 0].map((s) => classOf(s, DEFAULT_WEIGHTS.classBounds))).toEqual(['A', 'A', 'B', 'B', 'C', 'C', 'D', 'D', 'E', 'E'])
  })

  it('rounds contributions half up on their size, either way', () => {
    expect(contribution(2.5, { weight: 1, cap: 10 })).toBe(-3)
    expect(contribution(-2.5, { weight: 1, cap: 10 })).toBe(3)
    expect(contribution(0.4, { weight: 1, cap: 10 })).toBe(0)
  })
})
