// UBL e-invoices: the public Peppol BIS 3 and NLCIUS samples (skipped when ../shared/fixtures is absent).
import { afterEach, describe, expect, it } from 'vitest'
import { eq } from 'drizzle-orm'
import { customers, invoices } from '../../../src/main/db/schema'
import { commitImport } from '../../../src/main/domains/imports/import.service'
import { previewImport } from '../../../src/main/domains/imports/preview'
import { createTestDb, type TestDb } from '../../helpers/db'
import { csvInput, hasSharedUbl, ownFixture, sharedUbl } from './fixtures'

let t: TestDb | undefined
afterEach(() => {
  t?.close()
  t = undefined
})

describe.skipIf(!hasSharedUbl)('UBL samples', () => {
  it('Peppol BIS 3 invoice: payable amount, due date, buyer with VAT and e-mail', async () => {
    const p = await previewImport(sharedUbl('peppol-base-example.xml'))
    expect(p).toMatchObject({ format: 'ubl', canImport: true })
    expect(p.invoices).toEqual([expect.objectContaining({ number: 'Snippet1', invoiceDate: '2017-11-13', dueDate: '2017-12-01', currency: 'EUR', amountCents: 165625, openCents: 165625, paymentReference: 'Snippet1' })])
    expect(p.customers[0]).toMatchObject({ code: 'FR23342', name: 'Buyer Official Name', vatNumber: 'SE4598375937', email: 'lj@buyer.se', debtorType: 'b2b' })
    // the buyer is Swedish: debtors live in any country
    expect(p.customers[0]).toMatchObject({ country: 'SE', language: 'en' })
    expect(p.problems).toEqual([])
  })

  it('Peppol credit note: a negative open item, due date from "Payment within 10 days"', async () => {
    const p = await previewImport(sharedUbl('peppol-base-creditnote-correction.xml'))
    expect(p.invoices[0]).toMatchObject({ amountCents: -165625, openCents: -165625, dueDate: '2017-11-23' })
  })

  it('without DueDate or a term note, the due date is left to the customer term at import', async () => {
    t = createTestDb()
    const xml = `<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
      <cbc:ID>T-1</cbc:ID><cbc:IssueDate>2018-08-30</cbc:IssueDate>
      <cac:AccountingCustomerParty><cac:Party><cac:PartyName><cbc:Name>Jansen</cbc:Name></cac:PartyName></cac:Party></cac:AccountingCustomerParty>
      <cac:LegalMonetaryTotal><cbc:PayableAmount currencyID="EUR">12.10</cbc:PayableAmount></cac:LegalMonetaryTotal></Invoice>`
    const p = await previewImport(csvInput(xml, 'zonder-termijn.xml'))
    expect(p.invoices[0]).toMatchObject({ customerCode: 'Jansen', dueDate: null, amountCents: 1210 })
    commitImport(t.db, p, { defaultTermDays: 14 })
    expect(t.db.select().from(invoices).get()).toMatchObject({ invoiceDate: '2018-08-30', dueDate: '2018-09-13' })
  })

  it('a negative invoice stays negative', async () => {
    const p = await previewImport(sharedUbl('peppol-base-negative-inv-correction.xml'))
    expect(p.invoices[0]).toMatchObject({ number: 'Correction1', amountCents: -165625, openCents: -165625 })
  })

  it('prepaid amounts: the open item is what is payable, the amount what was invoiced', async () => {
    const p = await previewImport(sharedUbl('peppol-Allowance-example.xml'))
    expect(p.invoices[0]).toMatchObject({ amountCents: 712500, openCents: 612500 })
  })

  it('NLCIUS with the doc: prefix and no DueDate: due date from the PaymentTerms note ("30dagen")', async () => {
    const p = await previewImport(sharedUbl('logius-nlcius-basisfactuur-rijk.xml'))
    expect(p.invoices[0]).toMatchObject({ number: 'Factuurscenario1', invoiceDate: '2019-10-01', dueDate: '2019-10-31', amountCents: 392650, paymentReference: '1111452145876521' })
    expect(p.customers[0]).toMatchObject({ name: 'Logius', debtorType: 'government', country: 'NL', email: 'Jan@klantcontactpersoon.nl', postalCode: '2509 JE', city: 'Den Haag' })
    t = createTestDb()
    commitImport(t.db, p, { defaultTermDays: 14 })
    expect(t.db.select().from(invoices).get()).toMatchObject({ dueDate: '2019-10-31', importSource: 'ubl' })
  })

  it('the same invoice as Peppol BIS 3 carries its DueDate', async () => {
    const p = await previewImport(sharedUbl('logius-peppol-basisfactuur-rijk.xml'))
    expect(p.invoices[0]).toMatchObject({ number: 'P01', dueDate: '2020-12-01', amountCents: 392650 })
  })

  it('the "sales order" sample is an invoice that references a sales order, and imports as one', async () => {
    const p = await previewImport(sharedUbl('peppol-sales-order-example.xml'))
    expect(p.canImport).toBe(true)
    expect(p.invoices[0]).toMatchObject({ number: 'Snippet1', openCents: 165625 })
  })

  it('foreign currencies are kept', async () => {
    const p = await previewImport(sharedUbl('peppol-vat-category-O.xml'))
    expect(p.invoices[0]).toMatchObject({ currency: 'SEK', amountCents: 320000 })
  })

  it('an e-invoice finds a known customer by VAT number, and a second import changes nothing', async () => {
    t = createTestDb()
    const db = t.db
    commitImport(db, await previewImport(csvInput('Klantnummer;Naam;BTW-nummer\nBUY-1;Buyer;SE4598375937\n')))
    const first = commitImport(db, await previewImport(sharedUbl('peppol-base-example.xml')))
    expect(first).toMatchObject({ customers: { created: 0 }, invoices: { created: 1 } })
    const buyer = db.select().from(customers).where(eq(customers.code, 'BUY-1')).get()
    expect(db.select().from(invoices).get()?.customerId).toBe(buyer?.id)
    const again = commitImport(db, await previewImport(sharedUbl('peppol-base-example.xml')))
    expect(again.invoices).toMatchObject({ created: 0, updated: 0, unchanged: 1 })
  })
})

describe('documents that are not invoices', () => {
  it('a UBL Order is refused by name', async () => {
    const p = await previewImport(ownFixture('ubl-order.xml'))
    expect(p.canImport).toBe(false)
    expect(p.problems[0]).toMatchObject({ code: 'not-an-invoice', column: 'Order' })
    t = createTestDb()
    expect(() => commitImport(t!.db, p)).toThrow('ubl-order.xml, column "Order": this is a UBL "Order" document, not an invoice or credit note')
  })

  it('a pro-forma invoice (type 325) is refused', async () => {
    const xml = '<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"><cbc:ID>P1</cbc:ID><cbc:IssueDate>2026-01-01</cbc:IssueDate><cbc:InvoiceTypeCode>325</cbc:InvoiceTypeCode></Invoice>'
    const p = await previewImport(csvInput(xml, 'proforma.xml'))
    expect(p.problems[0]).toMatchObject({ code: 'not-an-invoice', message: expect.stringContaining('325 is a pro-forma') })
  })

  it('a bank statement, broken XML and a DOCTYPE are refused', async () => {
    const camt = await previewImport(csvInput('<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt/></Document>', 'bank.xml'))
    expect(camt.problems[0]).toMatchObject({ code: 'not-an-invoice', column: 'Document' })
    const broken = await previewImport(csvInput('<Invoice><cbc:ID>1</Invoice>', 'kapot.xml'))
    expect(broken.problems[0]?.code).toBe('bad-xml')
    const dtd = await previewImport(csvInput('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><Invoice/>', 'dtd.xml'))
    expect(dtd.problems[0]).toMatchObject({ code: 'bad-xml', message: expect.stringContaining('DOCTYPE') })
  })

  it('an invoice without a payable amount names the element', async () => {
    const xml = '<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"><cbc:ID>P1</cbc:ID><cbc:IssueDate>2026-01-01</cbc:IssueDate></Invoice>'
    const p = await previewImport(csvInput(xml, 'leeg.xml'))
    expect(p.problems[0]).toMatchObject({ code: 'bad-amount', column: 'cbc:PayableAmount' })
  })
})
