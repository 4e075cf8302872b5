// What every report list is made of: a count and a page of typed rows in SQL, search and bucket helpers.
import { type SQL, sql } from 'drizzle-orm'
import { daysBetween, type IsoDate } from '../../../shared/dates'
import { type AgingBucket, agingBuckets, bucketIndex } from '../../../shared/domains/reports/aging'
import type { ReportRow } from '../../../shared/domains/reports/tables'
import type { AppDb } from '../../db/connection'
import { likePattern } from '../invoices/invoices.queries'
import { agingSettings } from './aging-settings'

export type ListParams = { asOf: IsoDate; search?: string | undefined }

/** `limit` -1: every row. */
export type ListSource = {
  count(db: AppDb, p: ListParams): number
  rows(db: AppDb, p: ListParams, offset: number, limit: number): ReportRow[]
  /** every row, `size` at a time, each slice read only when it is asked for (lists that can grow large) */
  slices?(db: AppDb, p: ListParams, size: number): Generator<ReportRow[]>
}

/**
 * Every row of a list in slices for an export: the list's own slices where it has them (keyset reads,
 * so a 100,000-row export never holds all its rows), otherwise all rows in one read (the short lists).
 */
export function* listSlices(source: ListSource, db: AppDb, p: ListParams, size: number): Generator<ReportRow[]> {
  if (source.slices) yield* source.slices(db, p, size)
  else yield source.rows(db, p, 0, -1)
}

/** `(col1 LIKE x OR col2 LIKE x …)` with the user's text taken literally; nothing when there is no search. */
export function searchFilter(search: string | undefined, columns: readonly SQL[]): SQL {
  if (!search) return sql`1 = 1`
  const like = likePattern(search)
  return sql`(${sql.join(
    columns.map((c) => sql`${c} LIKE ${like} ESCAPE '\\'`),
    sql` OR `
  )})`
}

/** The aging bucket label of an item, in the administration's aging setting. */
export function bucketOf(db: AppDb): (dueDate: IsoDate, invoiceDate: IsoDate, asOf: IsoDate) => string {
  const setting = agingSettings(db)
  const buckets: AgingBucket[] = agingBuckets(setting.bounds, setting.basis)
  return (dueDate, invoiceDate, asOf) => {
    const days = daysBetween(setting.basis === 'invoice' ? invoiceDate : dueDate, asOf)
    return buckets[bucketIndex(buckets, days)]?.label ?? ''
  }
}
