// Texts of the dashboard and the Reports page (en); see messages-nl.ts.
import { reportTextsEn } from '../../../../shared/domains/reports/messages-en'
import type { dashboardFr, reportsFr } from './messages-fr'

export const dashboardEn: typeof dashboardFr = {
  title: 'Dashboard',
  open: 'Outstanding',
  overdue: 'Overdue',
  openItems_one: '{{n}} open item',
  openItems_other: '{{n}} open items',
  overdueItems_one: '{{n}} overdue item',
  overdueItems_other: '{{n}} overdue items',
  customersOverdue: 'Customers in arrears',
  disputed: 'Disputed',
  disputedItems_one: '{{n}} disputed item, included in the outstanding amount',
  disputedItems_other: '{{n}} disputed items, included in the outstanding amount',
  creditNotes: 'Open credit notes',
  creditNotesHint_one: '{{n}} credit note, netted in the outstanding amount',
  creditNotesHint_other: '{{n}} credit notes, netted in the outstanding amount',
  unapplied: 'Unapplied payments',
  unappliedHint_one: '{{n}} bank entry, kept apart',
  unappliedHint_other: '{{n}} bank entries, kept apart',
  promises: 'Open payment promises',
  plans: 'Active payment plans',
  aging: 'Receivables aging',
  agingHint: 'Click a bar for the invoices behind it.',
  levels: 'Overdue by reminder level',
  level: 'Level {{level}}',
  notReminded: 'Not reminded yet',
  trend: 'DSO and collection effectiveness, 12 months',
  trendHint: 'Click a month for the items open at the end of that month.',
  cashIn: 'Expected cash-in, 13 weeks',
  cashInHint: 'Per week, from each customer’s payment behaviour; the whisker is the likely range. Click a week for the invoices expected then.',
  cashInExpected: 'Expected',
  cashInLater: 'Expected later: {{amount}}',
  open_items: 'Open items'
}

export const reportsEn: typeof reportsFr = {
  ...reportTextsEn,
  title: 'Reports',
  tabs: { aging: 'Aging', kpis: 'Key figures', lists: 'Lists' },
  asOfLabel: 'As of',
  basisLabel: 'Age by',
  basisDue: 'Due date',
  basisInvoice: 'Invoice date',
  boundsLabel: 'Period bounds (days)',
  boundsHint: 'For example 30, 60, 90',
  saveDefault: 'Save as default',
  savedDefault: 'These periods are now the default for this administration.',
  customersTitle: 'By customer',
  customersShown: '{{shown}} of {{total}} customers',
  loadMore: 'Show more',
  searchCustomers: 'Search by customer or number',
  searchList: 'Search the list',
  fromLabel: 'From',
  toLabel: 'Up to and including',
  listLabel: 'List',
  rowsShown: '{{shown}} of {{total}} rows',
  noRows: 'No rows',
  kpiExplain: {
    dsoCountback: 'Days of sales held in receivables, counted back month by month.',
    dsoSimple: 'Receivables divided by the period’s sales, times its days.',
    bestPossibleDso: 'The DSO if only the part not yet due were outstanding.',
    averageDaysDelinquent: 'DSO minus best possible DSO: what late payment costs.',
    cei: 'How much of what could be collected was collected (100% is everything).',
    over90Pct: 'Share of the outstanding amount more than 90 days past due.',
    disputedPct: 'Share of the outstanding amount that is disputed.'
  },
  export: {
    button: 'Export',
    xlsx: 'Excel (.xlsx)',
    csv: 'CSV (;)',
    pdf: 'PDF',
    saved: 'Saved as {{file}}',
    downloading: 'Downloading {{file}}'
  },
  exportJob: 'Writing the export',
  drillDown: {
    title: 'Filtered',
    asOf: 'as of {{date}}',
    level: 'reminder level {{level}}',
    customer: 'customer {{name}}',
    expected: 'payment expected {{from}} – {{to}}',
    clear: 'Clear filter'
  },
  errors: { 'pdf-aging-and-kpis-only': 'A PDF exists for the aging and the key figures.' }
}
