// A test administration with customers and open invoices to match bank files against.
import { eq } from 'drizzle-orm'
import type { AppDb } from '../../../src/main/db/connection'
import { customers, invoices } from '../../../src/main/db/schema'

const CUSTOMERS = [
  { code: 'C1', name: 'Jansen en Zn', iban: 'NL39RABO0300065264' },
  { code: 'C2', name: 'Bakkerij De Korenaar B.V.', iban: 'NL02RABO0123456789' },
  { code: 'C3', name: 'Cafe Het Hoekje', iban: 'NL44RABO0123456788' },
  { code: 'C4', name: 'Brasserie Het Anker', iban: 'BE68539007547034' }
]

// number, customer code, amount, payment reference
const INVOICES: [string, string, number, string | null][] = [
  ['2026-0001', 'C1', 12100, '5000056789012345'],
  ['2026-0002', 'C2', 25000, 'RF18 5390 0754 7034'],
  ['2026-0042', 'C2', 10000, null],
  ['2026-0043', 'C2', 6000, null],
  ['2026-0050', 'C3', 20000, null],
  ['2026-0060', 'C3', 3550, null],
  ['2026-0070', 'C4', 7770, null],
  ['2026-0080', 'C4', 12100, '+++010/8068/17183+++']
]

export function seedReceivables(db: AppDb): void {
  for (const c of CUSTOMERS) db.insert(customers).values(c).run()
  INVOICES.forEach(([number, code, amountCents, paymentReference], i) => {
    const customer = db.select().from(customers).where(eq(customers.code, code)).get()
    if (!customer) throw new Error(`no customer ${code}`)
    const day = String(i + 1).padStart(2, '0')
    db.insert(invoices)
      .values({ customerId: customer.id, number, invoiceDate: `2025-12-${day}`, dueDate: `2026-01-${day}`, amountCents, openCents: amountCents, paymentReference })
      .run()
  })
}

export function invoiceByNumber(db: AppDb, number: string): typeof invoices.$inferSelect {
  const row = db.select().from(invoices).where(eq(invoices.number, number)).get()
  if (!row) throw new Error(`no invoice ${number}`)
  return row
}
