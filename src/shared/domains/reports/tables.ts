// The report lists as typed tables: one column model serves the paged screen lists, the Excel sheets
// (number formats, totals row), CSV and PDF. Cells are raw values; each surface formats them for its
// language (money in cents, dates ISO, codes translated through the report texts).

export const REPORT_LISTS = ['open-items', 'worklist', 'dunning-history', 'promises', 'plans', 'disputes', 'unapplied', 'bank-entries'] as const
export type ReportList = (typeof REPORT_LISTS)[number]

/** How a column's cells are written: `code` cells are translated through `values.<codes>` of the texts. */
export type ColumnType = 'text' | 'money' | 'date' | 'int' | 'pct' | 'bool' | 'code' | 'bucket'

export const CODE_SETS = ['invoiceStatus', 'promiseStatus', 'planStatus', 'disputeStatus', 'disputeReason', 'channel', 'actionStatus', 'entryStatus'] as const
export type CodeSet = (typeof CODE_SETS)[number]

export type ColumnSpec = {
  key: ColumnKey
  type: ColumnType
  /** for `code` columns: the set of codes */
  codes?: CodeSet
  /** money columns that add up to a meaningful total get a totals row (formula and cached result) */
  total?: boolean
}

export type Cell = string | number | boolean | null

export type ReportRow = { cells: Cell[]; invoiceId?: number | null; customerId?: number | null; entryId?: number | null }

export const COLUMN_KEYS = [
  'customerCode',
  'customerName',
  'number',
  'invoiceDate',
  'dueDate',
  'daysOverdue',
  'bucket',
  'amountCents',
  'openCents',
  'disputed',
  'dunningLevel',
  'paymentReference',
  'overdueCents',
  'oldestOverdueDays',
  'lastDunnedOn',
  'promisedDate',
  'followUpOn',
  'brokenPromises',
  'onPlan',
  'disputedCents',
  'phone',
  'email',
  'date',
  'level',
  'channel',
  'principalCents',
  'costsCents',
  'interestCents',
  'status',
  'note',
  'startDate',
  'totalCents',
  'paidCents',
  'instalments',
  'nextDueDate',
  'reason',
  'openedOn',
  'resolvedOn',
  'resolution',
  'bookingDate',
  'account',
  'counterpartyName',
  'counterpartyAccount',
  'reference',
  'unappliedCents',
  'invoiceNumbers',
  'count',
  'share'
] as const
export type ColumnKey = (typeof COLUMN_KEYS)[number]

const c = (key: ColumnKey, type: ColumnType, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({ key, type, ...extra })
const customer = [c('customerCode', 'text'), c('customerName', 'text')]
const bankEntry = [
  c('bookingDate', 'date'),
  c('account', 'text'),
  c('counterpartyName', 'text'),
  c('counterpartyAccount', 'text'),
  c('reference', 'text'),
  c('amountCents', 'money', { total: true }),
  c('unappliedCents', 'money', { total: true })
]

export const LIST_COLUMNS: Record<ReportList, readonly ColumnSpec[]> = {
  'open-items': [
    ...customer,
    c('number', 'text'),
    c('invoiceDate', 'date'),
    c('dueDate', 'date'),
    c('daysOverdue', 'int'),
    c('bucket', 'bucket'),
    c('amountCents', 'money'),
    c('openCents', 'money', { total: true }),
    c('disputed', 'bool'),
    c('dunningLevel', 'int'),
    c('paymentReference', 'text')
  ],
  worklist: [
    ...customer,
    c('overdueCents', 'money', { total: true }),
    c('oldestOverdueDays', 'int'),
    c('dunningLevel', 'int'),
    c('lastDunnedOn', 'date'),
    c('promisedDate', 'date'),
    c('followUpOn', 'date'),
    c('brokenPromises', 'int'),
    c('onPlan', 'bool'),
    c('disputedCents', 'money', { total: true }),
    c('phone', 'text'),
    c('email', 'text')
  ],
  'dunning-history': [
    c('date', 'date'),
    ...customer,
    c('number', 'text'),
    c('level', 'int'),
    c('channel', 'code', { codes: 'channel' }),
    c('principalCents', 'money', { total: true }),
    c('costsCents', 'money', { total: true }),
    c('interestCents', 'money', { total: true }),
    c('status', 'code', { codes: 'actionStatus' })
  ],
  promises: [
    ...customer,
    c('number', 'text'),
    c('promisedDate', 'date'),
    c('amountCents', 'money', { total: true }),
    c('status', 'code', { codes: 'promiseStatus' }),
    c('note', 'text')
  ],
  plans: [
    ...customer,
    c('startDate', 'date'),
    c('totalCents', 'money', { total: true }),
    c('paidCents', 'money', { total: true }),
    c('instalments', 'int'),
    c('nextDueDate', 'date'),
    c('status', 'code', { codes: 'planStatus' })
  ],
  disputes: [
    ...customer,
    c('number', 'text'),
    c('disputedCents', 'money', { total: true }),
    c('reason', 'code', { codes: 'disputeReason' }),
    c('openedOn', 'date'),
    c('status', 'code', { codes: 'disputeStatus' }),
    c('resolvedOn', 'date'),
    c('resolution', 'text')
  ],
  unapplied: bankEntry,
  'bank-entries': [
    ...bankEntry,
    c('status', 'code', { codes: 'entryStatus' }),
    c('invoiceNumbers', 'text')
  ]
}
