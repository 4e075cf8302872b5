// Open items that vanished from a full re-import were paid in the accounting package: archive them as
// paid (never delete), one audit entry each, so the history and the local follow-up stay.
import { AppError } from '../../../shared/errors'
import type { IsoDate } from '../../../shared/dates'
import type { RejectedRow } from '../../../shared/domains/imports/records'
import type { AppDb } from '../../db/connection'
import { appendAudit } from '../audit/audit.repo'
import type { ExistingCustomer, ExistingInvoice, ImportStatements } from './import.statements'

type ArchiveInput = {
  /** every invoice as it was before this import: only these can have vanished */
  before: readonly ExistingInvoice[]
  /** keys (customer id, number) of the items in the file */
  seen: ReadonlySet<string>
  rejected: readonly RejectedRow[]
  customers: ReadonlyMap<string, ExistingCustomer>
  full: boolean
  today: IsoDate
  fileName: string
}

export function archiveVanished(tx: AppDb, st: ImportStatements, input: ArchiveInput): { missing: number; archived: number } {
  // a rejected row's item is still in the package: it must not be archived as paid
  const kept = new Set<string>()
  for (const r of input.rejected) {
    const customer = input.customers.get(r.customerCode)
    if (input.full && (r.customerCode === '' || r.invoiceNumber === ''))
      throw new AppError('validation', `${input.fileName}, line ${r.line}: a rejected row without customer code or invoice number makes a full re-import unsafe; fix that row first`)
    if (customer) kept.add(`${customer.id}\u0000${r.invoiceNumber}`)
  }
  const codeOf = new Map<number, string>()
  for (const c of input.customers.values()) codeOf.set(c.id, c.code)
  let missing = 0
  let archived = 0
  // items entered by hand in Debito are not in the package's export, so they never count as vanished
  for (const inv of input.before) {
    if (inv.status !== 'open' || inv.importSource === null || inv.importSource === 'manual') continue
    const key = `${inv.customerId}\u0000${inv.number}`
    if (input.seen.has(key) || kept.has(key)) continue
    missing++
    if (!input.full) continue
    st.archiveInvoice.run(input.today, inv.id)
    archived++
    appendAudit(tx, {
      action: 'invoice.archived',
      entity: 'invoice',
      entityId: inv.id,
      data: { number: inv.number, customerCode: codeOf.get(inv.customerId) ?? null, openCents: inv.openCents, reason: 'missing from full re-import', file: input.fileName, on: input.today }
    })
  }
  return { missing, archived }
}
