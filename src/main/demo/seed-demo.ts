// Writes the demo administration's data in one transaction: debtors, two years of invoices, the bank
// statements that paid them, the follow-up (disputes, promises, a payment plan, hand-overs, holds, calls)
// and the reminder history.
import { eq } from 'drizzle-orm'
import { composeIBAN } from 'ibantools'
import type { IsoDate } from '../../shared/dates'
import type { CountryCode } from '../../shared/domains/countries'
import { betalingskenmerkFromPayload, ogmFromBase } from '../../shared/domains/legal'
import type { Jurisdiction } from '../../shared/domains/parties'
import { type AppDb, withWrite } from '../db/connection'
import { administrationProfile, allocations, bankAccounts, bankEntries, bankStatements, customers, invoices } from '../db/schema'
import { appendAudit } from '../domains/audit/audit.repo'
import { seedDunningHistory } from './demo-dunning'
import { demoCustomers } from './demo-customers'
import { type DemoInvoice, demoLedger } from './demo-ledger'
import { seedArrangements } from './demo-arrangements'
import { seedCreditData } from './demo-risk'
import { seededRandom } from './random'

export const DEMO_IBAN = 'NL91ABNA0417164300'
/** The demo administration is Dutch (demo.ts creates it with country NL). */
const DEMO_JURISDICTION: Jurisdiction = 'NL'

/**
 * The structured reference printed on invoice `i`: the creditor's scheme, whoever pays (an OGM/VCS for a
 * Belgian administration, a betalingskenmerk for a Dutch one).
 */
function demoReference(jurisdiction: Jurisdiction, i: number): string {
  return jurisdiction === 'BE' ? ogmFromBase(String(1_000_000_000 + i)) : betalingskenmerkFromPayload(String(100_000_000_000_000 + i))
}

/** A valid IBAN per debtor (mod-97 check digits; Belgian BBANs carry their own mod-97 check too). */
function demoIban(country: CountryCode, i: number): string | null {
  if (country === 'NL') return composeIBAN({ countryCode: 'NL', bban: `${['INGB', 'RABO', 'ABNA', 'SNSB'][i % 4]}0${String(300000000 + i * 7717)}` })
  const body = 7350000000 + i * 7717
  return composeIBAN({ countryCode: 'BE', bban: `${body}${String(body % 97 || 97).padStart(2, '0')}` })
}

const bareDigits = (reference: string) => reference.replace(/\D/g, '')

export type DemoCounts = { customers: number; invoices: number; payments: number; disputes: number; promises: number; plans: number; reminders: number }

/** One statement per month holding that month's incoming payments; balances run on from month to month. */
function insertPayments(tx: AppDb, ledger: readonly DemoInvoice[], invoiceIds: readonly number[], customerRows: readonly { name: string; iban: string | null }[]): number {
  const account = tx.insert(bankAccounts).values({ account: DEMO_IBAN, name: 'Zakelijke rekening' }).returning({ id: bankAccounts.id }).get()
  const byMonth = new Map<string, { inv: number; date: IsoDate; cents: number }[]>()
  ledger.forEach((item, i) =>
    item.payments.forEach((p) => {
      const month = p.date.slice(0, 7)
      byMonth.set(month, [...(byMonth.get(month) ?? []), { inv: i, date: p.date, cents: p.cents }])
    })
  )
  let balance = 1_250_000
  let count = 0
  let last: IsoDate | null = null
  for (const month of [...byMonth.keys()].sort()) {
    const pays = byMonth.get(month)!.sort((a, b) => (a.date < b.date ? -1 : 1))
    const total = pays.reduce((s, p) => s + p.cents, 0)
    const closingDate = pays.at(-1)!.date
    const statement = tx
      .insert(bankStatements)
      .values({ bankAccountId: account.id, format: 'camt053', sourceFile: `demo-${month}.xml`, fileSha256: `demo-${month}`, openingDate: `${month}-01`, openingCents: balance, closingDate, closingCents: balance + total })
      .returning({ id: bankStatements.id })
      .get()
    balance += total
    last = closingDate
    for (const p of pays) {
      const item = ledger[p.inv]!
      const payer = customerRows[item.customerIndex]!
      const entry = tx
        .insert(bankEntries)
        .values({ statementId: statement.id, bankAccountId: account.id, bookingDate: p.date, valueDate: p.date, amountCents: p.cents, counterpartyName: payer.name, counterpartyAccount: payer.iban, structuredReference: p.cents > 0 && count % 4 !== 0 ? bareDigits(demoReference(DEMO_JURISDICTION, p.inv)) : null, remittance: p.cents < 0 ? `Terugbetaling creditnota ${item.number}` : `Factuur ${item.number}`, bankReference: `DEMO-${++count}`, dedupKey: `DEMO-${count}`, status: 'matched' })
        .returning({ id: bankEntries.id })
        .get()
      tx.insert(allocations).values({ entryId: entry.id, invoiceId: invoiceIds[p.inv]!, amountCents: p.cents, kind: 'auto', confidence: 1, reason: `invoice number ${item.number} in remittance` }).run()
    }
  }
  if (last) tx.update(bankAccounts).set({ lastStatementDate: last }).where(eq(bankAccounts.id, account.id)).run()
  return count
}

export function seedDemoData(db: AppDb, opts: { today: IsoDate; seed?: number; customers?: number; invoices?: number }): DemoCounts {
  const rnd = seededRandom(opts.seed ?? 20261123)
  const today = opts.today
  return withWrite(db, (tx) => {
    tx.update(administrationProfile)
      .set({ addressLine: 'Keizersgracht 221', postalCode: '1016 DV', city: 'Amsterdam', iban: DEMO_IBAN, bic: 'ABNANL2A', vatNumber: 'NL859998786B01', kvkNumber: '64123456', email: 'debiteuren@demo-installatie.nl', phone: '+31 20 555 0100' })
      .where(eq(administrationProfile.id, 1))
      .run()
    const customerRows = demoCustomers(rnd, opts.customers ?? 72).map((c, i) => ({ ...c, iban: i % 3 === 0 ? null : demoIban(c.country ?? 'NL', i) }))
    const customerIds = customerRows.map((c) => tx.insert(customers).values(c).returning({ id: customers.id }).get().id)
    const ledger = demoLedger(rnd, customerRows, today, opts.invoices ?? 3000)
    const invoiceIds = ledger.map((item, index) => {
      const paid = item.payments.reduce((s, p) => s + p.cents, 0)
      const open = item.amountCents - paid
      return tx
        .insert(invoices)
        .values({
          customerId: customerIds[item.customerIndex]!,
          number: item.number,
          invoiceDate: item.invoiceDate,
          dueDate: item.dueDate,
          amountCents: item.amountCents,
          openCents: open,
          paymentReference: demoReference(DEMO_JURISDICTION, index),
          description: item.description,
          status: open === 0 ? 'paid' : 'open',
          settledOn: open === 0 ? (item.payments.at(-1)?.date ?? null) : null,
          importSource: 'demo'
        })
        .returning({ id: invoices.id })
        .get().id
    })
    const payments = insertPayments(tx, ledger, invoiceIds, customerRows)

    const overdue = ledger
      .map((item, i) => ({ item, id: invoiceIds[i]!, open: item.amountCents - item.payments.reduce((s, p) => s + p.cents, 0), customerId: customerIds[item.customerIndex]!, government: customerRows[item.customerIndex]!.debtorType === 'government' }))
      .filter((x) => x.open > 0 && x.item.amountCents > 0 && x.item.dueDate < today)
    const follow = seedArrangements(tx, overdue, rnd, today)
    const history = seedDunningHistory(tx, today)
    seedCreditData(tx, customerRows, customerIds, today)
    const counts: DemoCounts = { customers: customerIds.length, invoices: invoiceIds.length, payments, disputes: follow.disputes, promises: follow.promises, plans: follow.plans, reminders: history.sent }
    appendAudit(tx, { action: 'demo.seed', entity: 'administration', data: { ...counts, today } })
    return counts
  })
}
