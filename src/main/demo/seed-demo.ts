// Writes the demo administration's data in one transaction: debtors, two years of invoices, the bank
// statements that paid them, disputes, promises, a payment plan, reminder levels and a timeline.
import { eq } from 'drizzle-orm'
import { composeIBAN } from 'ibantools'
import { addDays, addMonths, daysBetween, type IsoDate } from '../../shared/dates'
import type { CountryCode } from '../../shared/domains/countries'
import { betalingskenmerkFromPayload, ogmFromBase } from '../../shared/domains/legal'
import type { Jurisdiction } from '../../shared/domains/parties'
import { allocateCents } from '../../shared/money'
import { type AppDb, withWrite } from '../db/connection'
import {
  administrationProfile,
  allocations,
  bankAccounts,
  bankEntries,
  bankStatements,
  customers,
  disputes,
  invoices,
  notes,
  paymentPlans,
  planInstalments,
  planInvoices,
  promiseInvoices,
  promises
} from '../db/schema'
import { appendAudit } from '../domains/audit/audit.repo'
import { seedDunningHistory } from './demo-dunning'
import { demoCustomers } from './demo-customers'
import { type DemoInvoice, demoLedger } from './demo-ledger'
import { DEMO_DISPUTES } from './names'
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
      const overdue = daysBetween(item.dueDate, today)
      const customer = customerRows[item.customerIndex]!
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
          handedOver: open > 0 && overdue > 150 && customer.debtorType !== 'government',
          importSource: 'demo'
        })
        .returning({ id: invoices.id })
        .get().id
    })
    const payments = insertPayments(tx, ledger, invoiceIds, customerRows)

    // follow-up on overdue open items: disputes, then promises, then one payment plan
    const overdueOpen = ledger.map((item, i) => ({ item, id: invoiceIds[i]!, open: item.amountCents - item.payments.reduce((s, p) => s + p.cents, 0) })).filter((x) => x.open > 0 && x.item.amountCents > 0 && x.item.dueDate < today)
    const disputed = overdueOpen.filter((_, i) => i % 17 === 5).slice(0, 25)
    for (const [i, d] of disputed.entries()) {
      const said = DEMO_DISPUTES[i % DEMO_DISPUTES.length]!
      // every sixth dispute was accepted: a credit note is expected, so the invoice stays out of dunning
      const accepted = i % 6 === 0
      tx.insert(disputes).values({ invoiceId: d.id, reason: said.reason, note: said.note, openedOn: addDays(d.item.dueDate, 3), status: accepted ? 'accepted' : 'open', resolvedOn: accepted ? addDays(d.item.dueDate, 20) : null, resolution: accepted ? 'Creditnota toegezegd' : null }).run()
      tx.update(invoices).set({ disputed: true }).where(eq(invoices.id, d.id)).run()
      tx.insert(notes).values({ customerId: customerIds[d.item.customerIndex]!, invoiceId: d.id, kind: 'call', callOutcome: 'disputed', body: `Klant betwist ${d.item.number}: ${said.note}` }).run()
    }
    const disputedIds = new Set(disputed.map((d) => d.id))
    const promised = overdueOpen.filter((x, i) => !disputedIds.has(x.id) && i % 13 === 2).slice(0, 15)
    for (const [i, p] of promised.entries()) {
      const kept = i % 5 !== 4
      const promisedDate = kept ? addDays(today, rnd.int(2, 20)) : addDays(today, -rnd.int(3, 10))
      const promise = tx
        .insert(promises)
        .values({ customerId: customerIds[p.item.customerIndex]!, promisedDate, amountCents: p.open, status: kept ? 'open' : 'broken', resolvedOn: kept ? null : addDays(promisedDate, 1), note: 'Telefonisch toegezegd' })
        .returning({ id: promises.id })
        .get()
      tx.insert(promiseInvoices).values({ promiseId: promise.id, invoiceId: p.id }).run()
    }
    const planCustomer = overdueOpen.find((x) => !disputedIds.has(x.id) && overdueOpen.filter((y) => y.item.customerIndex === x.item.customerIndex).length >= 3)?.item.customerIndex ?? 0
    const planItems = overdueOpen.filter((x) => x.item.customerIndex === planCustomer && !disputedIds.has(x.id)).slice(0, 4)
    const planTotal = planItems.reduce((s, x) => s + x.open, 0)
    let plans = 0
    if (planTotal > 0) {
      const plan = tx.insert(paymentPlans).values({ customerId: customerIds[planCustomer]!, startDate: addDays(today, 10), totalCents: planTotal, frequency: 'monthly', instalmentCount: 6, note: 'Zes maandelijkse termijnen' }).returning({ id: paymentPlans.id }).get()
      allocateCents(planTotal, [1, 1, 1, 1, 1, 1]).forEach((amount, seq) =>
        tx.insert(planInstalments).values({ planId: plan.id, seq: seq + 1, dueDate: addMonths(addDays(today, 10), seq), amountCents: amount }).run()
      )
      for (const x of planItems) tx.insert(planInvoices).values({ planId: plan.id, invoiceId: x.id }).run()
      plans = 1
    }
    const history = seedDunningHistory(tx, today)
    const counts: DemoCounts = { customers: customerIds.length, invoices: invoiceIds.length, payments, disputes: disputed.length, promises: promised.length, plans, reminders: history.sent }
    appendAudit(tx, { action: 'demo.seed', entity: 'administration', data: { ...counts, today } })
    return counts
  })
}
