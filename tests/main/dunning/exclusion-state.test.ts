// The one loader of exclusion state reads every source: disputes, promises, plans, holds, snoozes,
// hand-overs, credit notes and unapplied bank money matched by IBAN.
import { describe, expect, it } from 'vitest'
import { withWrite } from '../../../src/main/db/connection'
import { bankEntries, bankStatements, disputes, paymentPlans, planInvoices, promiseInvoices, promises } from '../../../src/main/db/schema'
import { loadExclusionState } from '../../../src/main/domains/dunning/exclusion-state'
import { proposeDunning } from '../../../src/main/domains/dunning/proposal.service'
import { useTestDb } from '../../helpers/db'
import { addCustomer, addInvoice, setUpAdministration } from './dunning-db'

const db = useTestDb()

describe('exclusion state', () => {
  it('reads every source and the proposal names each reason', () => {
    setUpAdministration(db())
    const due = '2026-02-01'
    const ids = Object.fromEntries(
      ['DISP', 'PROM', 'PLAN', 'HAND', 'HOLD', 'SNOOZE', 'CREDIT', 'BANK', 'FINE'].map((code) => [code, addCustomer(db(), { code, iban: code === 'BANK' ? 'NL91ABNA0417164300' : null })])
    ) as Record<string, number>
    const inv = (code: string, over: Parameters<typeof addInvoice>[1] extends infer T ? Partial<T> : never = {}) =>
      addInvoice(db(), { customer: ids[code] ?? 0, number: `F-${code}`, dueDate: due, amountCents: 20_000, ...over })
    const disputed = inv('DISP')
    const promised = inv('PROM')
    const planned = inv('PLAN')
    inv('HAND', { handedOver: true })
    inv('HOLD')
    inv('SNOOZE')
    inv('CREDIT')
    addInvoice(db(), { customer: ids.CREDIT ?? 0, number: 'CN-1', dueDate: due, amountCents: -25_000 })
    inv('BANK')
    inv('FINE')
    withWrite(db(), (tx) => {
      tx.insert(disputes).values({ invoiceId: disputed, reason: 'price', openedOn: '2026-02-05' }).run()
      const promise = tx.insert(promises).values({ customerId: ids.PROM ?? 0, promisedDate: '2026-03-10', amountCents: 20_000 }).returning({ id: promises.id }).get()
      tx.insert(promiseInvoices).values({ promiseId: promise.id, invoiceId: promised }).run()
      const plan = tx.insert(paymentPlans).values({ customerId: ids.PLAN ?? 0, startDate: '2026-02-10', totalCents: 20_000 }).returning({ id: paymentPlans.id }).get()
      tx.insert(planInvoices).values({ planId: plan.id, invoiceId: planned }).run()
      const statement = tx
        .insert(bankStatements)
        .values({ bankAccountId: 1, format: 'camt053', sourceFile: 'x.xml', fileSha256: 'x', openingDate: '2026-02-01', openingCents: 0, closingDate: '2026-03-01', closingCents: 30_000 })
        .returning({ id: bankStatements.id })
        .get()
      tx.insert(bankEntries).values({ statementId: statement.id, bankAccountId: 1, bookingDate: '2026-02-20', valueDate: '2026-02-20', amountCents: 30_000, counterpartyAccount: 'NL91 ABNA 0417 1643 00', dedupKey: 'e1', unappliedCents: 30_000 }).run()
    })
    db().$client.prepare("UPDATE customers SET on_hold = 1 WHERE code = 'HOLD'").run()
    db().$client.prepare("UPDATE customers SET snoozed_until = '2026-03-05' WHERE code = 'SNOOZE'").run()
    const state = loadExclusionState(db(), '2026-03-02')
    expect(state.invoice(disputed)).toMatchObject({ disputed: true, disputedSince: '2026-02-05' })
    expect(state.customer(ids.CREDIT ?? 0).unappliedCents).toBe(25_000)
    expect(state.customer(ids.BANK ?? 0).unappliedCents).toBe(30_000)
    const p = proposeDunning(db(), '2026-03-02')
    expect(p.actions.map((a) => a.customerCode)).toEqual(['FINE'])
    expect(Object.fromEntries(p.excluded.map((e) => [e.customerCode, e.reason]))).toEqual({
      DISP: 'dispute',
      PROM: 'promise',
      PLAN: 'plan',
      HAND: 'handover',
      HOLD: 'hold',
      SNOOZE: 'snoozed',
      CREDIT: 'covered',
      BANK: 'covered'
    })
  })
})
