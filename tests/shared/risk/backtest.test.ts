import { describe, expect, it } from 'vitest'
import { addMonths, fromEpochDay, toEpochDay } from '../../../src/shared/dates'
import { BACKTEST_CUTOFFS, BACKTEST_STEP_DAYS, backtest, delaysWithin, type PaidHistory } from '../../../src/shared/domains/risk/backtest'
import { buildDelayModel, predictDay } from '../../../src/shared/domains/risk/delay-model'
import { HISTORY_MONTHS } from '../../../src/shared/domains/risk/history'

/** The backtest as its definition reads: every cut-off on its own, over every invoice. */
function backtestByDefinition(h: PaidHistory, asOfDay: number) {
  let [error, naive, samples] = [0, 0, 0]
  for (let j = 1; j <= BACKTEST_CUTOFFS; j++) {
    const cut = asOfDay - j * BACKTEST_STEP_DAYS
    const { stats, counts } = delaysWithin(h, toEpochDay(addMonths(fromEpochDay(cut), -HISTORY_MONTHS)), cut)
    const model = buildDelayModel(stats, counts)
    for (let i = 0; i < h.customer.length; i++) {
      const [settled, due] = [h.settledDay[i]!, h.dueDay[i]!]
      if (h.invoiceDay[i]! > cut || settled <= cut || settled > asOfDay) continue
      error += Math.abs(predictDay(due, cut, stats[h.customer[i]!]!, model).day - settled)
      naive += Math.abs(Math.max(due, cut) - settled)
      samples++
    }
  }
  return { maeDays: Math.round((error / samples) * 100) / 100, naiveMaeDays: Math.round((naive / samples) * 100) / 100, samples, cutoffs: BACKTEST_CUTOFFS }
}

/** Three years of invoices of customers with their own habits, some paid very late, in no particular order. */
function generated(customers: number, invoices: number, asOfDay: number): PaidHistory {
  let seed = 42
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648)
  const h = { customers, customer: new Int32Array(invoices), invoiceDay: new Int32Array(invoices), dueDay: new Int32Array(invoices), settledDay: new Int32Array(invoices) }
  for (let i = 0; i < invoices; i++) {
    const c = Math.floor(random() * customers)
    const issued = asOfDay - Math.floor(random() * 1_100)
    const due = issued + (c % 3 === 0 ? 14 : 30)
    const late = random() < 0.05 ? 90 + Math.floor(random() * 200) : (c % 25) - 8 + Math.floor(random() * 15)
    h.customer[i] = c
    h.invoiceDay[i] = issued
    h.dueDay[i] = due
    h.settledDay[i] = Math.min(asOfDay, Math.max(issued, due + late))
  }
  return h
}

describe('backtest over a sliding window', () => {
  it('gives exactly what forecasting every cut-off from scratch gives', () => {
    const asOfDay = toEpochDay('2026-06-30')
    const h = generated(60, 5_000, asOfDay)
    const fast = backtest(h, asOfDay)
    expect(fast.samples).toBeGreaterThan(1_000)
    expect(fast).toEqual(backtestByDefinition(h, asOfDay))
  })
})
