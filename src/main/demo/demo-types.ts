import type { customers, invoices } from '../db/schema'

export type NewCustomer = Omit<typeof customers.$inferInsert, 'id'>
export type NewInvoice = Omit<typeof invoices.$inferInsert, 'id'>
