// The whole administration at once (one pass over the history, the scores and the forecast of every
// customer) gives each customer exactly what its own risk card computes from its own SQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { historyPass } from '../../../src/main/domains/risk/history.pass'
import { assessScores, cashInForecast, riskCard, storeAssessments } from '../../../src/main/domains/risk/risk.service'
import type { TestDb } from '../../helpers/db'
import { demoAdministration, seedJansen } from './ledger'

const TODAY = '2026-11-23'

let t: TestDb
beforeAll(() => {
  t = demoAdministration(TODAY, 40, 1500)
  seedJansen(t.db)
})
afterAll(() => t.close())

describe('the batch path', () => {
  it.each([TODAY, '2026-03-15'])('scores and forecasts every customer as its own card does, as of %s', async (asOf) => {
    const assessed = await assessScores(t.db, asOf, 'inline')
    const forecast = await cashInForecast(t.db, asOf, 13, 'inline')
    expect(assessed.length).toBeGreaterThan(40)
    expect(new Set(assessed.map((a) => a.riskClass)).size).toBeGreaterThan(1)
    let predicted = 0
    for (const { customerId, score, riskClass, segmentId, suggestedLimitCents, detailJson } of assessed) {
      const card = riskCard(t.db, customerId, asOf)
      const { dunningPolicy: _resolvedByTheCard, ...detail } = JSON.parse(detailJson) as Record<string, unknown>
      expect(card, `customer ${customerId}`).toMatchObject({ score, riskClass, ...detail })
      expect([card.segment?.id ?? null, card.suggestedLimit.cents]).toEqual([segmentId, suggestedLimitCents])
      const own = forecast.predictions.filter((p) => p.customerId === customerId).map(({ invoiceId, number, openCents, predictedDate, lines }) => ({ invoiceId, number, openCents, predictedDate, lines }))
      expect(card.forecast, `customer ${customerId}`).toEqual(own)
      predicted += own.length
    }
    expect(predicted).toBe(forecast.predictions.length)
    expect(predicted).toBeGreaterThan(100)
  })

  it('reads the history again only when something changed, storing the scores included', async () => {
    const first = historyPass(t.db, TODAY)
    storeAssessments(t.db, TODAY, await assessScores(t.db, TODAY, 'inline'))
    expect(historyPass(t.db, TODAY)).toBe(first)
    expect(historyPass(t.db, '2026-03-15')).not.toBe(first)
    const again = historyPass(t.db, TODAY)
    t.db.$client.prepare("UPDATE invoices SET settled_on = '2026-11-20', open_cents = 0, status = 'paid' WHERE id = (SELECT min(id) FROM invoices WHERE status = 'open' AND amount_cents > 0)").run()
    const changed = historyPass(t.db, TODAY)
    expect(changed).not.toBe(again)
    expect(changed.paid.customer.length).toBe(again.paid.customer.length + 1)
  })
})
