/** Vocabulary of open items shared by the schema, the contracts and the UI. */
export const INVOICE_STATUSES = ['open', 'paid', 'archived', 'written_off'] as const
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number]

export const CHANNELS = ['letter', 'email'] as const
export type Channel = (typeof CHANNELS)[number]
