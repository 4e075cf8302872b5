// The invoices the cash-in forecast expects to be paid within a date range: what lies behind a bar of
// the dashboard's forecast. When an item is expected to be paid is the risk domain's prediction (the
// one the forecast sums); the grid then filters, sorts and pages those items in SQL like any other view.
import type { IsoDate } from '../../../shared/dates'
import type { AppDb } from '../../db/connection'
import { cashInForecast } from '../risk/risk.service'

export type DateRange = { from: IsoDate; to: IsoDate }

type Predicted = { key: string; items: { invoiceId: number; predictedDate: IsoDate }[] }

/** The last forecast per connection: paging through a drill-down asks for it once per page. */
const memo = new WeakMap<AppDb, Predicted>()

/** Changes with every write: this connection's (total_changes) and any other process's (data_version). */
function dataMark(db: AppDb): string {
  const changes = db.$client.prepare('SELECT total_changes() AS n').get() as { n: number }
  return `${changes.n}/${String(db.$client.pragma('data_version', { simple: true }))}`
}

export async function expectedInvoiceIds(db: AppDb, asOf: IsoDate, range: DateRange): Promise<number[]> {
  const key = `${asOf}|${dataMark(db)}`
  let predicted = memo.get(db)
  if (predicted?.key !== key) {
    const forecast = await cashInForecast(db, asOf)
    predicted = { key, items: forecast.predictions.map((p) => ({ invoiceId: p.invoiceId, predictedDate: p.predictedDate })) }
    memo.set(db, predicted)
  }
  return predicted.items.filter((p) => p.predictedDate >= range.from && p.predictedDate <= range.to).map((p) => p.invoiceId)
}
