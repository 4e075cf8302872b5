/**
 * How an item's open amount came down in the client's accounting package, movement by movement (read
 * from an XML auditfile): the payment history the risk score, forecast and KPIs read next to
 * `invoices.settled_on` and the bank allocations.
 */
export const PAYMENT_HISTORY_KINDS = [
  /** money received (a bank or cash journal); negative when a payment was reversed */
  'payment',
  /** a credit note booked against the item in a sales journal */
  'credit-note',
  /** anything else that moved the item: a memorial booking, a write-off, a settlement */
  'adjustment'
] as const
export type PaymentHistoryKind = (typeof PAYMENT_HISTORY_KINDS)[number]

/** Where a movement was read from. */
export const PAYMENT_HISTORY_SOURCES = ['xaf'] as const
export type PaymentHistorySource = (typeof PAYMENT_HISTORY_SOURCES)[number]
