// XLSX exports read with the real exceljs: title rows, date cells, serials, rich text, formulas, errors.
import fs from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import { previewImport } from '../../../src/main/domains/imports/preview'
import { normalizeCellValue } from '../../../src/main/domains/imports/read-xlsx'
import { xlsxBytes } from './xlsx'

describe('XLSX import', () => {
  it('finds the header under a title, and reads dates, serials, doubles, rich text and formula results', async () => {
    const bytes = await xlsxBytes(
      [
        ['Openstaande posten debiteuren'],
        ['Administratie 001', null, 'per 31-03-2026'],
        [],
        ['Relatiecode', 'Naam', 'Factuurnummer', 'Factuurdatum', 'Vervaldatum', 'Bedrag', 'Openstaand'],
        ['1001', { richText: [{ text: 'Café ' }, { text: 'Noord' }] }, 20260001, new Date(Date.UTC(2026, 0, 5)), 46057, 1234.56, { formula: 'F5-0.1-0.2', result: 1234.26 }],
        ['1002', 'Jansen', 'F-2', '05-02-2026', '', -99.95, -99.95],
        ['1003', 'Pietersen', 'F-3', new Date(Date.UTC(2026, 1, 1)), null, { error: '#N/A' }, 10]
      ],
      [4]
    )
    const p = await previewImport({ bytes, fileName: 'open.xlsx' })
    expect(p).toMatchObject({ format: 'xlsx', headers: ['Relatiecode', 'Naam', 'Factuurnummer', 'Factuurdatum', 'Vervaldatum', 'Bedrag', 'Openstaand'] })
    expect(p.invoices).toEqual([
      expect.objectContaining({ line: 5, customerCode: '1001', number: '20260001', invoiceDate: '2026-01-05', dueDate: '2026-02-04', amountCents: 123456, openCents: 123426 }),
      expect.objectContaining({ line: 6, number: 'F-2', invoiceDate: '2026-02-05', dueDate: null, amountCents: -9995 })
    ])
    expect(p.customers[0]?.name).toBe('Café Noord')
    expect(p.problems).toEqual([expect.objectContaining({ code: 'bad-amount', line: 7, column: 'Bedrag', value: '#N/A' })])
  })

  it('normalises every exceljs cell value shape', () => {
    expect(normalizeCellValue({ text: 'mail me', hyperlink: 'mailto:a@b.nl' })).toBe('mail me')
    expect(normalizeCellValue({ sharedFormula: 'A1', result: 5 })).toBe(5)
    expect(normalizeCellValue({ formula: 'A1' })).toBeNull()
    expect(normalizeCellValue(undefined)).toBeNull()
  })

  it('writes no plaintext temp file for a workbook whose sheets come before the shared strings (as Excel and exceljs order them)', async () => {
    const bytes = await xlsxBytes([['Debiteur', 'Naam', 'Factuur', 'Bedrag'], ['D1', 'Geheime Klant BV', 'F-1', 12.5]])
    // exceljs' streaming reader would copy such a sheet to a temp file before reading it
    const writes = vi.spyOn(fs, 'createWriteStream')
    try {
      const p = await previewImport({ bytes, fileName: 'volgorde.xlsx' })
      expect(p.headers).toEqual(['Debiteur', 'Naam', 'Factuur', 'Bedrag'])
      expect(JSON.stringify(p.sample)).toContain('Geheime Klant BV')
      expect(writes).not.toHaveBeenCalled()
    } finally {
      writes.mockRestore()
    }
  })

  it('refuses a truncated or corrupted workbook with a problem instead of waiting forever', async () => {
    const bytes = await xlsxBytes([['Debiteur', 'Naam', 'Factuur', 'Bedrag'], ['D1', 'Jansen', 'F-1', 12.5]])
    const cut = await previewImport({ bytes: bytes.subarray(0, bytes.length - 100), fileName: 'cut.xlsx' })
    expect(cut.problems[0]).toMatchObject({ code: 'unreadable-xlsx', message: 'the workbook cannot be read: no zip directory at the end: the file is truncated or no .xlsx' })
    const flipped = bytes.slice()
    // a byte inside the first entry's compressed data
    flipped[60] = (flipped[60] as number) ^ 0xff
    const bad = await previewImport({ bytes: flipped, fileName: 'flipped.xlsx' })
    expect(bad.problems[0]?.message).toMatch(/^the workbook cannot be read: part "\[Content_Types\]\.xml" of the workbook is damaged/)
  })
})
