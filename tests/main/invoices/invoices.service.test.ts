import { describe, expect, it } from 'vitest'
import { auditLog } from '../../../src/main/db/schema'
import { createCustomer } from '../../../src/main/domains/customers/customers.service'
import { commitImport } from '../../../src/main/domains/imports/import.service'
import { previewImport } from '../../../src/main/domains/imports/preview'
import { createInvoice, getInvoice, updateInvoice } from '../../../src/main/domains/invoices/invoices.service'
import { useTestDb } from '../../helpers/db'
import { caught } from '../../helpers/errors'

const db = useTestDb()
const actions = () => db().select().from(auditLog).all().map((a) => a.action)

describe('invoices entered by hand', () => {
  it('defaults the due date from the customer term and the open amount from the amount', () => {
    const c = createCustomer(db(), { code: 'K1', name: 'Jansen', paymentTermDays: 14 })
    const inv = createInvoice(db(), { customerId: c.id, number: 'M-1', invoiceDate: '2026-03-01', amountCents: 12100 })
    expect(inv).toMatchObject({ dueDate: '2026-03-15', openCents: 12100, status: 'open', importSource: 'manual', currency: 'EUR' })
    const credit = createInvoice(db(), { customerId: c.id, number: 'CN-1', invoiceDate: '2026-03-02', amountCents: -5000 })
    expect(credit).toMatchObject({ openCents: -5000, dueDate: '2026-03-16' })
    expect(actions()).toEqual(['customer.created', 'invoice.created', 'invoice.created'])
  })

  it('validates amounts, dates, the customer and duplicate numbers', () => {
    const c = createCustomer(db(), { code: 'K1', name: 'Jansen' })
    const base = { customerId: c.id, number: 'M-1', invoiceDate: '2026-03-01', amountCents: 10000 }
    expect(caught(() => createInvoice(db(), { ...base, openCents: 20000 }))).toMatchObject({ kind: 'validation', field: 'openCents' })
    expect(caught(() => createInvoice(db(), { ...base, openCents: -100 }))).toMatchObject({ field: 'openCents' })
    expect(caught(() => createInvoice(db(), { ...base, dueDate: '2026-02-01' }))).toMatchObject({ field: 'dueDate' })
    expect(caught(() => createInvoice(db(), { ...base, invoiceDate: '31-02-2026' }))).toMatchObject({ field: 'invoiceDate' })
    expect(caught(() => createInvoice(db(), { ...base, amountCents: 12.5 }))).toMatchObject({ field: 'amountCents' })
    expect(caught(() => createInvoice(db(), { ...base, customerId: 999 }))).toMatchObject({ kind: 'not-found' })
    createInvoice(db(), base)
    expect(caught(() => createInvoice(db(), base))).toMatchObject({ kind: 'conflict', field: 'number' })
  })

  it('edits with an audit of what changed; paying in full marks the item paid', () => {
    const c = createCustomer(db(), { code: 'K1', name: 'Jansen' })
    const inv = createInvoice(db(), { customerId: c.id, number: 'M-1', invoiceDate: '2026-03-01', amountCents: 10000 })
    const paid = updateInvoice(db(), inv.id, { openCents: 0 })
    expect(paid).toMatchObject({ status: 'paid', openCents: 0 })
    const audit = db().select().from(auditLog).all()
    expect(JSON.parse(audit.at(-1)?.dataJson ?? '{}')).toEqual({ number: 'M-1', changes: { openCents: [10000, 0], status: ['open', 'paid'] } })
    expect(updateInvoice(db(), inv.id, { openCents: 2500 }).status).toBe('open')
    updateInvoice(db(), inv.id, { openCents: 2500 })
    expect(actions().filter((a) => a === 'invoice.updated')).toHaveLength(2)
    expect(caught(() => updateInvoice(db(), inv.id, { openCents: 20000 }))).toMatchObject({ field: 'openCents' })
    expect(getInvoice(db(), inv.id).openCents).toBe(2500)
  })

  it('a full re-import leaves hand-entered items alone', async () => {
    const c = createCustomer(db(), { code: 'K1', name: 'Jansen' })
    createInvoice(db(), { customerId: c.id, number: 'M-1', invoiceDate: '2026-03-01', amountCents: 10000 })
    const csv = 'Klantnummer;Naam;Factuurnummer;Factuurdatum;Bedrag\nK1;Jansen;F-1;01-03-2026;50,00\n'
    const s = commitImport(db(), await previewImport({ bytes: new TextEncoder().encode(csv), fileName: 'x.csv' }), { full: true })
    expect(s.invoices).toMatchObject({ created: 1, archived: 0 })
  })
})
