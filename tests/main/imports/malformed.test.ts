// Malformed files: each gets a specific problem naming line and column, and the database stays untouched.
import { afterEach, describe, expect, it } from 'vitest'
import { count } from 'drizzle-orm'
import { commitImport } from '../../../src/main/domains/imports/import.service'
import { type ImportInput, previewImport } from '../../../src/main/domains/imports/preview'
import { auditLog, customers, invoices } from '../../../src/main/db/schema'
import { AppError } from '../../../src/shared/errors'
import { createTestDb, type TestDb } from '../../helpers/db'
import { csvInput, ownFixture } from './fixtures'
import { xlsxBytes } from './xlsx'

let t: TestDb | undefined
afterEach(() => t?.close())

const counts = (t: TestDb) => ({
  customers: t.db.select({ n: count() }).from(customers).get()?.n,
  invoices: t.db.select({ n: count() }).from(invoices).get()?.n,
  audit: t.db.select({ n: count() }).from(auditLog).get()?.n
})

async function refused(input: ImportInput, options = {}): Promise<AppError> {
  t = createTestDb()
  const preview = await previewImport(input)
  let error: unknown
  try {
    commitImport(t.db, preview, options)
  } catch (err) {
    error = err
  }
  expect(error).toBeInstanceOf(AppError)
  expect(counts(t)).toEqual({ customers: 0, invoices: 0, audit: 0 })
  return error as AppError
}

describe('malformed files import nothing', () => {
  it('wrong delimiter', async () => {
    const p = await previewImport(ownFixture('wrong-delimiter.csv'))
    expect(p.canImport).toBe(false)
    expect(p.problems[0]).toMatchObject({ code: 'single-column', line: 1 })
    expect((await refused(ownFixture('wrong-delimiter.csv'))).message).toContain('wrong-delimiter.csv, line 1: only one column found')
  })

  it('an unclosed quote stops the whole file, even with "import the valid rows"', async () => {
    const p = await previewImport(ownFixture('broken-quotes.csv'))
    expect(p.problems).toContainEqual(expect.objectContaining({ code: 'broken-quotes', line: 2 }))
    const err = await refused(ownFixture('broken-quotes.csv'), { validRowsOnly: true })
    expect(err.message).toMatch(/broken-quotes.csv, line 2: a quoted field is not closed/)
  })

  it('bad dates name line, column and value', async () => {
    const p = await previewImport(ownFixture('bad-dates.csv'))
    expect(p.problems).toEqual([
      expect.objectContaining({ code: 'bad-date', line: 3, column: 'Factuurdatum', value: '31-02-2026' }),
      expect.objectContaining({ code: 'bad-date', line: 4, column: 'Factuurdatum', value: 'gisteren' })
    ])
    expect(p.rejected.map((r) => r.line)).toEqual([3, 4])
    const err = await refused(ownFixture('bad-dates.csv'))
    expect(err.message).toContain('2 row(s) have problems, so nothing was imported. First: bad-dates.csv, line 3, column "Factuurdatum": "31-02-2026" is not a date')
  })

  it('text in an amount column', async () => {
    const p = await previewImport(ownFixture('text-in-amount.csv'))
    expect(p.problems).toEqual([expect.objectContaining({ code: 'bad-amount', line: 3, column: 'Bedrag', value: 'twintig euro' })])
    expect((await refused(ownFixture('text-in-amount.csv'))).message).toContain('line 3, column "Bedrag": "twintig euro" is not an amount')
  })

  it('an empty file', async () => {
    expect((await refused(ownFixture('empty.csv'))).message).toBe('empty.csv: the file is empty')
  })

  it('a truncated XLSX', async () => {
    const bytes = await xlsxBytes([['Klantnummer', 'Factuurnummer', 'Datum', 'Bedrag'], ['K1', 'F1', '01-01-2026', 10]])
    const err = await refused({ bytes: bytes.subarray(0, Math.floor(bytes.length / 2)), fileName: 'export.xlsx' })
    expect(err.message).toMatch(/^export.xlsx: the workbook cannot be read/)
  })

  it('a legacy .xls workbook', async () => {
    const bytes = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])
    expect((await refused({ bytes, fileName: 'oud.xls' })).message).toContain('save it as .xlsx or CSV')
  })

  it('a row with more fields than the header', async () => {
    const p = await previewImport(csvInput('Klantnummer;Factuurnummer;Datum;Bedrag\nK1;F1;01-01-2026;10,00\nK2;F2;01-01-2026;10;50\n'))
    expect(p.problems).toEqual([expect.objectContaining({ code: 'ragged-row', line: 3 })])
    expect(p.invoices.map((i) => i.number)).toEqual(['F1'])
  })

  it('missing required columns', async () => {
    const p = await previewImport(csvInput('Omschrijving;Bedrag\niets;10,00\n'))
    expect(p.canImport).toBe(false)
    expect(p.problems.map((x) => x.message)).toEqual(['no column is mapped to the customer code or name'])
    const q = await previewImport(csvInput('Klantnummer;Factuurnummer;Omschrijving\nK1;F1;iets\n'))
    expect(q.problems.map((x) => x.message)).toEqual(['no column is mapped to the invoice date', 'no column is mapped to the amount or open amount'])
  })

  it('a duplicate invoice and an open amount above the invoice amount', async () => {
    const p = await previewImport(csvInput('Klantnummer;Factuurnummer;Datum;Bedrag;Openstaand\nK1;F1;01-01-2026;10,00;10,00\nK1;F1;02-01-2026;10,00;5,00\nK2;F2;01-01-2026;10,00;12,00\n'))
    expect(p.problems).toEqual([
      expect.objectContaining({ code: 'duplicate-invoice', line: 3, message: 'invoice F1 of customer K1 is already on line 2' }),
      expect.objectContaining({ code: 'open-exceeds-amount', line: 4, column: 'Openstaand' })
    ])
  })
})

describe('report footers', () => {
  it('skips a total line with a warning instead of rejecting it', async () => {
    const p = await previewImport(csvInput('Klantnummer;Naam;Factuurnummer;Factuurdatum;Bedrag\nK1;Jansen;F1;01-01-2026;10,00\n;Totaal;;;10,00\n'))
    expect(p.rejected).toEqual([])
    expect(p.invoices).toHaveLength(1)
    expect(p.problems).toEqual([expect.objectContaining({ code: 'total-row', severity: 'warning', line: 3 })])
  })
})

describe('CSV dialects', () => {
  it('honours an Excel "sep=" line and keeps line numbers', async () => {
    const p = await previewImport(csvInput('sep=,\r\nKlantnummer,Naam,Factuurnummer,Factuurdatum,Bedrag\r\nK1,Jansen,F1,01-01-2026,"10,50"\r\nK2,Pietersen,F2,01-01-2026,x\r\n'))
    expect(p.delimiter).toBe(',')
    expect(p.invoices[0]).toMatchObject({ number: 'F1', amountCents: 1050 })
    expect(p.problems).toEqual([expect.objectContaining({ code: 'bad-amount', line: 4 })])
  })
})
