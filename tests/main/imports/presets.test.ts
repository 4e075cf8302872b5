// One synthetic export per accounting package, built from the field names in LIBRARIES.md §1.6.
import { describe, expect, it } from 'vitest'
import { previewImport } from '../../../src/main/domains/imports/preview'
import { mapTable } from '../../../src/shared/domains/imports/map-rows'
import { csvInput, ownFixture } from './fixtures'

const row = (p: Awaited<ReturnType<typeof previewImport>>, number: string) => p.invoices.find((i) => i.number === number)

describe('preset exports', () => {
  it('Exact Online: comma-separated, API headers, Amount is the open amount', async () => {
    const p = await previewImport(ownFixture('exact.csv'))
    expect(p).toMatchObject({ preset: 'exact', delimiter: ',', canImport: true, problems: [] })
    expect(row(p, '20260001')).toMatchObject({ customerCode: '1001', invoiceDate: '2026-01-05', dueDate: '2026-02-04', openCents: 123456, amountCents: 123456, paymentReference: 'PO-77' })
    expect(row(p, '20260002')?.openCents).toBe(-25000)
    expect(p.customers.find((c) => c.code === '1002')?.name).toBe('Bakkerij De Korf, Zwolle')
  })

  it('Twinfield labels: semicolons in NL format, € signs, parentheses, d-m-yy and a ; inside quotes', async () => {
    const p = await previewImport(ownFixture('twinfield.csv'))
    expect(p).toMatchObject({ delimiter: ';', canImport: true })
    expect(row(p, 'F-101')).toMatchObject({ invoiceDate: '2026-02-03', dueDate: '2026-03-05', amountCents: 250050, openCents: 100000 })
    expect(row(p, 'F-102')).toMatchObject({ invoiceDate: '2026-03-01', amountCents: -4500, openCents: -4500 })
    expect(p.customers.map((c) => [c.name, c.debtorType])).toEqual([
      ['Gemeente Utrecht', 'government'],
      ['Café Crème; B.V.', 'b2b'],
      ['P. de Vries', 'b2c']
    ])
  })

  it('AFAS: "Factuur" is the amount, "Saldo" what is open, "Boekstuk" the date', async () => {
    const p = await previewImport(ownFixture('afas.csv'))
    expect(p.preset).toBe('afas')
    expect(row(p, '21004743')).toMatchObject({ customerCode: '3332', invoiceDate: '2024-01-24', dueDate: '2024-02-07', amountCents: 7309218, openCents: 7000000 })
    expect(row(p, '21004841')?.amountCents).toBe(496580)
    expect(p.customers.find((c) => c.code === '3332')?.iban).toBe('NL91ABNA0417164300')
  })

  it('Moneybird: total incl. tax and what is unpaid', async () => {
    const p = await previewImport(ownFixture('moneybird.csv'))
    expect(p.preset).toBe('moneybird')
    expect(row(p, '2026-0043')).toMatchObject({ customerCode: 'C-18', amountCents: 12100, openCents: 6050 })
    expect(row(p, '2026-0042')?.paymentReference).toBe('RF18539007547034')
  })

  it('e-Boekhouden: no due date column, so the due date is left to the payment term', async () => {
    const p = await previewImport(ownFixture('eboekhouden.csv'))
    expect(p.preset).toBe('eboekhouden')
    expect(row(p, 'F2026-1')).toMatchObject({ customerCode: 'R01', invoiceDate: '2026-01-05', dueDate: null, amountCents: 150000, openCents: 100000 })
  })

  it('SnelStart: tab-separated with trailing minus signs', async () => {
    const p = await previewImport(ownFixture('snelstart.csv'))
    expect(p).toMatchObject({ preset: 'snelstart', delimiter: '\t' })
    expect(row(p, '9002')).toMatchObject({ amountCents: -123456, openCents: -123456 })
    expect(row(p, '9001')?.amountCents).toBe(1000000)
  })

  it('Yuki: the reference is the invoice number', async () => {
    const p = await previewImport(ownFixture('yuki.csv'))
    expect(p.preset).toBe('yuki')
    expect(p.mapping.invoiceNumber).toBe('Reference')
    expect(row(p, 'INV-7001')).toMatchObject({ customerCode: 'Y-1', amountCents: 242000, dueDate: '2026-05-31' })
  })

  it('generic French export in windows-1252 with country, language and VAT', async () => {
    const p = await previewImport(ownFixture('generic-fr-cp1252.csv'))
    expect(p).toMatchObject({ preset: 'generic', encoding: 'windows-1252', canImport: true })
    expect(p.customers[0]).toMatchObject({ code: 'BE-01', name: 'Boulangerie Léonard SRL', country: 'BE', language: 'fr', vatNumber: 'BE0123456749', debtorType: 'b2b', debtorTypeProposed: true })
    expect(p.customers[1]).toMatchObject({ name: 'Françoise Lefèvre', country: 'BE', debtorType: 'b2c' })
    expect(row(p, 'FA-301')).toMatchObject({ invoiceDate: '2026-06-02', dueDate: '2026-07-02', amountCents: 181500 })
  })

  it('a D/C column turns credit lines into negative items', async () => {
    const p = await previewImport(ownFixture('dc-column.csv'))
    expect(p.mapping.debitCredit).toBe('D/C')
    expect(p.invoices.map((i) => [i.number, i.amountCents])).toEqual([
      ['D-1', 10000],
      ['D-2', -4000]
    ])
  })

  it('a separate debtor export gives customers only, with proposals and warnings', async () => {
    const p = await previewImport(ownFixture('debtors.csv'))
    expect(p).toMatchObject({ target: 'debtors', invoices: [], canImport: true })
    expect(p.customers[0]).toMatchObject({ code: 'D-10', email: 'info@stevig.nl', paymentTermDays: 14, kvkNumber: '12345678', debtorType: 'b2b', postalCode: '1234 AB', city: 'Almere' })
    expect(p.customers[1]).toMatchObject({ code: 'D-11', country: 'BE', debtorType: 'b2c' })
    expect(p.customers[2]).toMatchObject({ code: 'D-12', debtorType: 'government', email: null })
    expect(p.problems).toEqual([expect.objectContaining({ code: 'bad-email', severity: 'warning', line: 4, column: 'E-mail' })])
  })

  it('an explicit preset and mapping override the proposal', async () => {
    const p = await previewImport(ownFixture('twinfield.csv'), { preset: 'twinfield', mapping: { debtorCode: 'Relatie', invoiceNumber: 'Factuurnr.', invoiceDate: 'Datum', amount: 'Openstaand bedrag' } })
    expect(p.preset).toBe('twinfield')
    expect(row(p, 'F-101')).toMatchObject({ amountCents: 100000, openCents: 100000, dueDate: null })
  })
})

describe('live re-mapping in the wizard', () => {
  it('the preview carries raw sample rows that the shared mapTable maps the same way', async () => {
    const p = await previewImport(ownFixture('twinfield.csv'))
    expect(p.sample).toHaveLength(3)
    const remapped = mapTable({ headers: p.headers, rows: p.sample, problems: [] }, { mapping: { ...p.mapping, amount: 'Openstaand bedrag' } })
    expect(remapped.invoices.find((i) => i.number === 'F-101')?.amountCents).toBe(100000)
    expect(mapTable({ headers: p.headers, rows: p.sample, problems: [] }, { mapping: p.mapping }).invoices).toEqual(p.invoices)
  })

  it('a generic Dutch export is not taken for SnelStart: "Debiteur" beside "Naam" is the code, no codes derived from names', async () => {
    const csv = 'Debiteur;Naam;Factuurnummer;Factuurdatum;Vervaldatum;Factuurbedrag;Openstaand\nD100;Jansen BV;F-1;05-01-2026;04-02-2026;121,00;121,00\n'
    const p = await previewImport(csvInput(csv, 'openstaand.csv'))
    expect(p.preset).toBe('generic')
    expect(p.mapping).toMatchObject({ debtorCode: 'Debiteur', debtorName: 'Naam', amount: 'Factuurbedrag', openAmount: 'Openstaand' })
    expect(p.customers).toEqual([expect.objectContaining({ code: 'D100', name: 'Jansen BV' })])
    expect(p.canImport).toBe(true)
  })
})
