// The risk worker answers request after request on one warm thread: the scores and the backtest give
// exactly what the pure functions give inline, and a failed request leaves it serving the next one; a
// calculation over two minutes is stopped, and an unused worker stops after 15 seconds.
import { Worker } from 'node:worker_threads'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
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

  describe('on its clock', () => {
    beforeEach(() => void vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }))
    afterEach(() => {
      vi.useRealTimers()
      vi.restoreAllMocks()
    })

    it('stops a calculation that takes more than two minutes, and the next one gets a fresh worker', async () => {
      const { paid } = historyPass(t.db, TODAY)
      const asOfDay = toEpochDay(TODAY)
      const late = backtestInWorker(paid, asOfDay)
      // the clock passes the limit before the worker can answer
      vi.advanceTimersByTime(120_000)
      await expect(late).rejects.toThrow(/took too long/)
      expect(await backtestInWorker(paid, asOfDay)).toEqual(backtest(paid, asOfDay))
    })

    it('stops a worker left unused for 15 seconds, not before', async () => {
      const stopped = vi.spyOn(Worker.prototype, 'terminate')
      const { paid } = historyPass(t.db, TODAY)
      const asOfDay = toEpochDay(TODAY)
      await backtestInWorker(paid, asOfDay)
      vi.advanceTimersByTime(14_000)
      expect(stopped).not.toHaveBeenCalled()
      vi.advanceTimersByTime(1_000)
      expect(stopped).toHaveBeenCalledTimes(1)
      // and a later calculation starts one again
      expect(await backtestInWorker(paid, asOfDay)).toEqual(backtest(paid, asOfDay))
    })
  })
})
