import { describe, expect, it } from 'vitest'
import { decodeText } from '../../../src/main/domains/imports/decode'
import { previewImport } from '../../../src/main/domains/imports/preview'

describe('decoding exports', () => {
  it('drops a UTF-8 BOM, reads UTF-16 from Excel and falls back to windows-1252', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x43, 0x61, 0x66, 0xc3, 0xa9]))).toEqual({ text: 'Café', encoding: 'utf-8' })
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0xac, 0x20]))).toEqual({ text: 'A€', encoding: 'utf-16le' })
    expect(decodeText(new Uint8Array([0x80, 0x20, 0x31, 0x30, 0x2c, 0x35, 0x30]))).toEqual({ text: '€ 10,50', encoding: 'windows-1252' })
    // curly quotes, dashes and Œ from the C1 range; é and ü from Latin-1
    expect(decodeText(new Uint8Array([0x93, 0x4f, 0x94, 0x96, 0x8c, 0xe9, 0xfc])).text).toBe('“O”–Œéü')
  })

  it('a BOM does not end up in the first header', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Klantnummer;Naam;Factuurnummer;Factuurdatum;Bedrag\nK1;Müller;F1;01-01-2026;€ 1.234,56\n')])
    const p = await previewImport({ bytes, fileName: 'bom.csv' })
    expect(p.mapping.debtorCode).toBe('Klantnummer')
    expect(p.invoices[0]?.amountCents).toBe(123456)
    expect(p.customers[0]?.name).toBe('Müller')
  })
})
