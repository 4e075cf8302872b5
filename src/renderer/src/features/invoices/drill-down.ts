// A drill-down into the invoice grid: the view and filters behind a figure on the dashboard or in a
// report, carried in the address (#/invoices?view=overdue&level=2) so it can be linked and bookmarked.
import { AGING_BASES, type AgingBasis } from '../../../../shared/domains/reports/aging'
import { isIsoDate } from '../../../../shared/dates'
import { INVOICE_VIEWS, type InvoiceListInputDto } from '../../../../shared/ipc/invoices.contract'
import type { RouteParams } from '../../routes'

export type InvoiceView = (typeof INVOICE_VIEWS)[number]

export type InvoiceFilter = {
  view: InvoiceView
  asOf?: string
  bucket?: { basis: AgingBasis; fromDays: number | null; toDays: number | null }
  dunningLevel?: number
  customerId?: number
  creditNotes?: boolean
  /** expected to be paid in this range of days (a bar of the cash-in forecast) */
  expected?: { from: string; to: string }
}

const int = (text: string | null): number | null => (text !== null && /^-?\d+$/.test(text) ? Number(text) : null)

export function filterToParams(f: InvoiceFilter): RouteParams {
  const p: RouteParams = { view: f.view }
  if (f.asOf) p.asOf = f.asOf
  if (f.bucket) {
    p.basis = f.bucket.basis
    if (f.bucket.fromDays !== null) p.from = String(f.bucket.fromDays)
    if (f.bucket.toDays !== null) p.to = String(f.bucket.toDays)
  }
  if (f.dunningLevel !== undefined) p.level = String(f.dunningLevel)
  if (f.customerId !== undefined) p.customer = String(f.customerId)
  if (f.creditNotes) p.credit = '1'
  if (f.expected) {
    p.expectedFrom = f.expected.from
    p.expectedTo = f.expected.to
  }
  return p
}

/** Reads a drill-down from the address; anything malformed is left out rather than trusted. */
export function filterFromParams(q: URLSearchParams): InvoiceFilter {
  const view = q.get('view') ?? ''
  const asOf = q.get('asOf') ?? ''
  const basis = q.get('basis') ?? ''
  const level = int(q.get('level'))
  const customer = int(q.get('customer'))
  const expectedFrom = q.get('expectedFrom') ?? ''
  const expectedTo = q.get('expectedTo') ?? ''
  return {
    view: (INVOICE_VIEWS as readonly string[]).includes(view) ? (view as InvoiceView) : 'open',
    ...(isIsoDate(asOf) ? { asOf } : {}),
    ...((AGING_BASES as readonly string[]).includes(basis) ? { bucket: { basis: basis as AgingBasis, fromDays: int(q.get('from')), toDays: int(q.get('to')) } } : {}),
    ...(level !== null && level >= 0 ? { dunningLevel: level } : {}),
    ...(customer !== null && customer > 0 ? { customerId: customer } : {}),
    ...(q.get('credit') === '1' ? { creditNotes: true } : {}),
    ...(isIsoDate(expectedFrom) && isIsoDate(expectedTo) && expectedFrom <= expectedTo ? { expected: { from: expectedFrom, to: expectedTo } } : {})
  }
}

/** The grid query's filter part. */
export function filterToQuery(f: InvoiceFilter): { view: InvoiceView } & Pick<InvoiceListInputDto, 'asOf' | 'bucket' | 'dunningLevel' | 'customerId' | 'creditNotes' | 'expected'> {
  return {
    view: f.view,
    ...(f.asOf ? { asOf: f.asOf } : {}),
    ...(f.bucket ? { bucket: f.bucket } : {}),
    ...(f.dunningLevel !== undefined ? { dunningLevel: f.dunningLevel } : {}),
    ...(f.customerId !== undefined ? { customerId: f.customerId } : {}),
    ...(f.creditNotes ? { creditNotes: true } : {}),
    ...(f.expected ? { expected: f.expected } : {})
  }
}

export const isDrillDown = (f: InvoiceFilter): boolean =>
  f.asOf !== undefined || f.bucket !== undefined || f.dunningLevel !== undefined || f.customerId !== undefined || f.creditNotes === true || f.expected !== undefined
