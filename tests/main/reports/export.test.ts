// Exports written by the report worker and read back: exceljs for XLSX (values, number formats, real
// dates, frozen header, filter, totals with formula and cached result), the bytes of CSV, pdftotext for PDF.
import { execFileSync } from 'node:child_process'
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs'
import { finished } from 'node:stream/promises'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { administrationProfile } from '../../../src/main/db/schema'
import { exportReport, exportToFile } from '../../../src/main/domains/reports/export.service'
import { buildDocument, type ExportSpec } from '../../../src/main/domains/reports/export-documents'
import { createDocWriter } from '../../../src/main/domains/reports/export/writer'
import type { ExportFormat } from '../../../src/shared/domains/reports/document'
import type { Language } from '../../../src/shared/domains/parties'
import { createTestDb, type TestDb } from '../../helpers/db'
import { seedHistory } from './ledger'

function ledger(country: 'NL' | 'BE' = 'NL'): TestDb {
  const t = createTestDb()
  t.db.insert(administrationProfile).values({ id: 1, name: 'Cijfers B.V.', country }).run()
  seedHistory(t.db)
  return t
}

async function write(t: TestDb, spec: ExportSpec, format: ExportFormat, language: Language = 'nl'): Promise<string> {
  const path = join(t.dir, `out.${format}`)
  const progress: number[] = []
  await exportToFile(path, (out) => exportReport(t.db, spec, format, language, out, (done) => progress.push(done)))
  expect(progress.length).toBeGreaterThan(0)
  return path
}

async function readBook(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.readFile(path)
  return book
}

describe('aging to Excel', () => {
  it('has a sheet per section with title, frozen header, filter, formats and totals', async () => {
    const t = ledger()
    const path = await write(t, { report: 'aging', asOf: '2026-05-15' }, 'xlsx')
    const book = await readBook(path)
    expect(book.worksheets.map((w) => w.name)).toEqual(['Samenvatting', 'Per klant', 'Posten'])

    const summary = book.getWorksheet('Samenvatting')!
    expect(summary.getCell('A1').value).toBe('Ouderdomsanalyse — Cijfers B.V.')
    expect(summary.getCell('A2').value).toBe('Stand per 15-05-2026 · naar vervaldatum')
    expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 })
    expect(summary.autoFilter).toBe('A4:D9')
    expect(summary.getRow(4).values).toEqual([undefined, 'Periode', 'Posten', 'Openstaand', 'Aandeel'])
    expect(summary.getRow(5).values).toEqual([undefined, 'Niet vervallen', 2, 95, 95 / 205])
    expect(summary.getCell('C5').numFmt).toBe('[$€-413] #,##0.00;[$€-413] -#,##0.00')
    expect(summary.getCell('D5').numFmt).toBe('0.00%')
    expect(summary.getCell('A10').value).toBe('Totaal')
    expect(summary.getCell('C10').value).toEqual({ formula: 'SUM(C5:C9)', result: 205 })
    expect(summary.getCell('B10').value).toEqual({ formula: 'SUM(B5:B9)', result: 6 })
    // shown apart, under the table
    expect(summary.getCell('A12').value).toBe('Waarvan betwist (1)')
    expect(summary.getCell('C12').value).toBe(25)
    expect(summary.getCell('A13').value).toBe('Niet-toegewezen betalingen (apart, niet verrekend) (1)')
    expect(summary.getCell('C13').value).toBe(12.34)

    const customers = book.getWorksheet('Per klant')!
    expect(customers.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 4 })
    expect(customers.getRow(4).values).toEqual([undefined, 'Klantnummer', 'Klant', 'Niet vervallen', '1–30 dagen', '31–60 dagen', '61–90 dagen', 'Meer dan 90 dagen', 'Totaal', 'Betwist bedrag'])
    expect(customers.getRow(5).values).toEqual([undefined, 'A001', 'Aannemer Aalders', 70, 0, 50, 30, 0, 150, 0])
    expect(customers.getCell('H7').value).toEqual({ formula: 'SUM(H5:H6)', result: 205 })

    const items = book.getWorksheet('Posten')!
    const header = items.getRow(4).values as unknown[]
    expect(header.slice(1, 5)).toEqual(['Klantnummer', 'Klant', 'Factuurnummer', 'Factuurdatum'])
    // per customer, oldest due date first: F2, then the credit note
    const first = items.getRow(5)
    expect(first.getCell(3).value).toBe('F2')
    expect(first.getCell(4).value).toEqual(new Date(Date.UTC(2026, 1, 1)))
    expect(first.getCell(4).numFmt).toBe('dd-mm-yyyy')
    expect(first.getCell(6).value).toBe(73)
    expect(first.getCell(7).value).toBe('61–90 dagen')
    expect(first.getCell(9).value).toBe(50)
    expect(first.getCell(10).value).toBe('Nee')
    expect(items.getRow(6).getCell(9).value).toBe(-20)
    expect(items.getCell('I11').value).toEqual({ formula: 'SUM(I5:I10)', result: 205 })
    expect(readdirSync(t.dir).filter((f) => f.endsWith('.part'))).toEqual([])
    t.close()
  })

  it('follows the locale: Belgian Dutch, French and English formats and words', async () => {
    const cases: [Language, 'NL' | 'BE', string, string, string, string][] = [
      ['nl', 'NL', '[$€-413] #,##0.00;[$€-413] -#,##0.00', 'dd-mm-yyyy', 'Openstaande posten — Cijfers B.V.', 'Nee'],
      ['nl', 'BE', '#,##0.00 [$€-813];-#,##0.00 [$€-813]', 'dd/mm/yyyy', 'Openstaande posten — Cijfers B.V.', 'Nee'],
      ['fr', 'BE', '#,##0.00 [$€-80C];-#,##0.00 [$€-80C]', 'dd/mm/yyyy', 'Postes ouverts — Cijfers B.V.', 'Non'],
      ['en', 'NL', '[$€-1809]#,##0.00;-[$€-1809]#,##0.00', 'dd/mm/yyyy', 'Open items — Cijfers B.V.', 'No']
    ]
    for (const [language, country, money, date, title, no] of cases) {
      const t = ledger(country)
      // the writer itself, in this thread: the worker path is proven above
      const { doc, rows } = buildDocument(t.db, { report: 'open-items', asOf: '2026-05-15' }, language)
      const path = join(t.dir, 'in-process.xlsx')
      const out = createWriteStream(path)
      const writer = await createDocWriter('xlsx', doc, out)
      rows.forEach((slices, k) => {
        for (const slice of slices) writer.rows(k, slice)
      })
      await writer.end()
      await finished(out)
      const sheet = (await readBook(path)).worksheets[0]!
      expect(sheet.getCell('A1').value, language).toBe(title)
      expect(sheet.getRow(5).getCell(9).numFmt, language).toBe(money)
      expect(sheet.getRow(5).getCell(4).numFmt, language).toBe(date)
      expect(sheet.getRow(5).getCell(10).value, language).toBe(no)
      t.close()
    }
  })
})

describe('CSV and PDF', () => {
  it('writes CSV with ; and a byte-order mark, amounts with the decimal comma', async () => {
    const t = ledger()
    const bytes = readFileSync(await write(t, { report: 'aging', asOf: '2026-05-15' }, 'csv'))
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = bytes.toString('utf8').slice(1).split('\r\n')
    expect(lines[0]).toBe('Klantnummer;Klant;Niet vervallen;1–30 dagen;31–60 dagen;61–90 dagen;Meer dan 90 dagen;Totaal;Betwist bedrag')
    expect(lines[1]).toBe('A001;Aannemer Aalders;70,00;0,00;50,00;30,00;0,00;150,00;0,00')
    expect(lines[2]).toBe('B002;Bakkerij Bos;25,00;30,00;0,00;0,00;0,00;55,00;25,00')
    t.close()
  })

  it.skipIf(!existsSync('/usr/bin/pdftotext'))('prints the aging as a PDF with its totals', async () => {
    const t = ledger()
    const path = await write(t, { report: 'aging', asOf: '2026-05-15' }, 'pdf', 'fr')
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
    expect(text).toContain('Balance âgée — Cijfers B.V.')
    expect(text).toContain('Situation au 15/05/2026')
    expect(text).toMatch(/Total\s+6\s+205,00\s€/)
    expect(text).toContain('Dont contesté (1): 25,00 €')
    // the item sheet is left out of print
    expect(text).not.toContain('CN4')
    t.close()
  })
})
