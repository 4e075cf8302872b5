// The risk worker answers request after request on one warm thread: the scores and the backtest give
// exactly what the pure functions give inline, and a failed request leaves it serving the next one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { assessBatch } from '../../../src/main/domains/risk/assess.queries'
import { historyPass } from '../../../src/main/domains/risk/history.pass'
import { assessInWorker, backtestInWorker, warmRiskWorker } from '../../../src/main/domains/risk/risk-worker'
import { toEpochDay } from '../../../src/shared/dates'
import { backtest } from '../../../src/shared/domains/risk/backtest'
import { type AssessBatch, scoreAll } from '../../../src/shared/domains/risk/batch'
import type { TestDb } from '../../helpers/db'
import { demoAdministration } from './ledger'

const TODAY = '2026-11-23'

let t: TestDb
beforeAll(() => {
  t = demoAdministration(TODAY, 30, 900)
})
afterAll(() => t.close())

describe('the risk worker', () => {
  it('scores and backtests side by side as the pure functions do, and survives a failed request', async () => {
    warmRiskWorker()
    const batch = assessBatch(t.db, TODAY)
    const { paid } = historyPass(t.db, TODAY)
    const asOfDay = toEpochDay(TODAY)
    const [scores, tested] = await Promise.all([assessInWorker(batch), backtestInWorker(paid, asOfDay)])
    expect(scores).toEqual(scoreAll(batch))
    expect(scores.length).toBe(batch.customers.length)
    expect(tested).toEqual(backtest(paid, asOfDay))
    expect(tested.samples).toBeGreaterThan(0)

    const broken = { ...batch, customers: [null] } as unknown as AssessBatch
    await expect(assessInWorker(broken)).rejects.toThrow(/risk calculation failed/)
    expect(await backtestInWorker(paid, asOfDay - 28)).toEqual(backtest(paid, asOfDay - 28))
  })
})
