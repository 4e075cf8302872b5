// Whether a consumer received the legal notice (NL 14-dagenbrief, BE first free reminder) for one of
// these invoices by a day: a sent dunning communication marked as the legal notice that listed it.
import { sql } from 'drizzle-orm'
import type { IsoDate } from '../../../shared/dates'
import type { AppDb } from '../../db/connection'

export function legalNoticeSent(tx: AppDb, invoiceIds: readonly number[], asOf: IsoDate): boolean {
  if (invoiceIds.length === 0) return false
  const row = tx.get<{ n: number }>(sql`
    SELECT count(*) AS n FROM dunning_action_lines l JOIN dunning_actions a ON a.id = l.action_id
    WHERE a.status = 'sent' AND a.legal_notice = 1 AND a.sent_on <= ${asOf}
      AND l.invoice_id IN (${sql.join(invoiceIds.map((id) => sql`${id}`), sql`, `)})`)
  return (row?.n ?? 0) > 0
}
