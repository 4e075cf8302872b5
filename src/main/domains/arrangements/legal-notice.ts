// Whether a consumer received the legal notice (NL 14-dagenbrief, BE first free reminder) for these
// invoices by a day. Until the dunning engine records sent notices, the highest reminder level stands in.
import { sql } from 'drizzle-orm'
import type { IsoDate } from '../../../shared/dates'
import type { AppDb } from '../../db/connection'

export function legalNoticeSent(tx: AppDb, invoiceIds: readonly number[], asOf: IsoDate): boolean {
  if (invoiceIds.length === 0) return false
  const row = tx.get<{ n: number }>(sql`
    SELECT count(*) AS n FROM invoices
    WHERE id IN (${sql.join(invoiceIds.map((id) => sql`${id}`), sql`, `)}) AND dunning_level >= 2 AND last_dunned_on <= ${asOf}`)
  return (row?.n ?? 0) > 0
}
