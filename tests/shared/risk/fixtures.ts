import type { HistoryInvoice } from '../../../src/shared/domains/risk/history'

export const AS_OF = '2026-06-30'

// windows as of 30 June 2026: history after 2024-06-30, recent after 2026-03-30, prior after 2025-03-30
export const HISTORY: HistoryInvoice[] = [
  // A: 10 days late, 40 days to pay, settled in the recent window
  { invoiceDate: '2026-04-01', dueDate: '2026-05-01', amountCents: 10_000, openCents: 0, settledOn: '2026-05-11' },
  // B: 20 days late, paid in two dated parts: 100.00 after 40 days and 200.00 after 50
  {
    invoiceDate: '2026-03-01',
    dueDate: '2026-03-31',
    amountCents: 30_000,
    openCents: 0,
    settledOn: '2026-04-20',
    parts: [
      { date: '2026-04-10', cents: 10_000 },
      { date: '2026-04-20', cents: 20_000 }
    ]
  },
  // C: on the due date, prior window
  { invoiceDate: '2025-09-01', dueDate: '2025-10-01', amountCents: 20_000, openCents: 0, settledOn: '2025-10-01' },
  // D: 5 days early, prior window, invoiced more than 12 months ago
  { invoiceDate: '2025-05-01', dueDate: '2025-05-31', amountCents: 40_000, openCents: 0, settledOn: '2025-05-26' },
  // E: open, 30 days past due
  { invoiceDate: '2026-05-01', dueDate: '2026-05-31', amountCents: 50_000, openCents: 50_000, settledOn: null },
  // F: a credit note never counts
  { invoiceDate: '2026-02-01', dueDate: '2026-03-03', amountCents: -5_000, openCents: 0, settledOn: '2026-03-10' },
  // G: settled before the 24-month history
  { invoiceDate: '2024-01-01', dueDate: '2024-01-31', amountCents: 10_000, openCents: 0, settledOn: '2024-03-01' },
  // H: settled after the as-of date, so open then (and not yet due)
  { invoiceDate: '2026-06-01', dueDate: '2026-07-01', amountCents: 10_000, openCents: 0, settledOn: '2026-07-05' },
  // I: closed without a known day (an old import): neither history nor open
  { invoiceDate: '2026-01-05', dueDate: '2026-02-04', amountCents: 7_000, openCents: 0, settledOn: null }
]
