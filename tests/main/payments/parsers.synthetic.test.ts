import { describe, expect, it } from 'vitest'
import { renderBankWarning } from '../../../src/shared/domains/payments/warnings/render'
import { parseBankFile } from '../../../src/main/domains/payments/parsers/parse-bank-file'
import { isAppError } from '../../../src/shared/errors'
import { bytes, ownFixtureBytes } from './bank-fixtures'

function parseError(data: Uint8Array, file = 'bad.file'): string {
  try {
    parseBankFile(data, file)
  } catch (err) {
    if (isAppError(err) && err.kind === 'parse') return err.message
    throw err
  }
  throw new Error('expected a parse error')
}

const text = (name: string) => new TextDecoder('latin1').decode(ownFixtureBytes(name))

describe('CAMT.053', () => {
  const parsed = parseBankFile(ownFixtureBytes('camt053-batch-return.xml'), 'camt053-batch-return.xml')
  const [stmt] = parsed.statements

  it('splits a batch into its TxDtls, skips pending entries and keeps the return', () => {
    expect(parsed.format).toBe('camt053')
    expect(parsed.warnings).toEqual([])
    expect(stmt?.account).toBe('NL91ABNA0417164300')
    expect(stmt?.opening).toEqual({ date: '2026-01-02', amountCents: 100000 })
    expect(stmt?.closing).toEqual({ date: '2026-01-05', amountCents: 121050 })
    expect(stmt?.entries.map((e) => [e.amountCents, e.bankReference])).toEqual([
      [10000, 'BATCH-77/1'],
      [5000, 'BATCH-77/2'],
      [12100, 'OGM-1'],
      [-6050, 'RETURN-1']
    ])
  })

  it('maps references, counterparties, remittance and the return reason', () => {
    const [rf, text2, ogm, ret] = stmt?.entries ?? []
    expect(rf).toMatchObject({ structuredReference: 'RF18539007547034', counterpartyName: 'Bakkerij De Korenaar', remittance: null, valueDate: '2026-01-04' })
    expect(text2).toMatchObject({ structuredReference: null, counterpartyName: 'Jansen & Zn', remittance: 'Factuur 2026-0042 deelbetaling' })
    expect(ogm?.structuredReference).toBe('010806817183')
    // a reversed debit: the counterparty is the debtor whose collection came back
    expect(ret).toMatchObject({ counterpartyName: 'Cafe Het Hoekje', counterpartyAccount: 'NL44RABO0123456788', returnReason: 'AC06', remittance: 'SEPA Incasso retour' })
  })

  it('refuses a DOCTYPE, a truncated file, a bad amount and other camt messages', () => {
    const xml = text('camt053-batch-return.xml')
    expect(parseError(bytes(xml.replace('<Document', '<!DOCTYPE x [<!ENTITY a "b">]><Document')), 'evil.xml')).toBe(
      'evil.xml: XML with a DOCTYPE declaration is refused'
    )
    expect(parseError(bytes(xml.slice(0, 2000)), 'cut.xml')).toMatch(/^cut\.xml: Document: file is truncated/)
    expect(parseError(bytes(xml.replace('<Amt Ccy="EUR">121.00</Amt>', '<Amt Ccy="EUR">12,1</Amt>')), 'amt.xml')).toBe(
      'amt.xml: Stmt[1]/Ntry[2]/Amt: malformed amount "12,1"'
    )
    expect(parseError(bytes(xml.replaceAll('camt.053.001.02', 'camt.052.001.02')), 'r.xml')).toMatch(/camt\.052 is not a bank statement/)
  })

  it('refuses XML whose tags do not nest, naming the line', () => {
    const xml = text('camt053-batch-return.xml')
    expect(parseError(bytes(xml.replace('</TxDtls>', '')), 'n.xml')).toBe('n.xml: line 27: not well-formed XML: </NtryDtls> where </TxDtls> was expected')
    expect(parseError(bytes(xml.replace('</Amt>', '</Amtx>')), 'a.xml')).toBe('a.xml: line 9: not well-formed XML: </Amtx> where </Amt> was expected')
    expect(parseError(bytes(xml.replace('<Stmt>', '<Stmt attr="x>')), 's.xml')).toMatch(/^s\.xml: line 6: not well-formed XML: a "<" that starts no well-formed tag/)
  })
})

describe('CAMT.053 character references', () => {
  it('refuses one that names no character with the typed error and its line, and decodes the valid ones', () => {
    const xml = text('camt053-batch-return.xml')
    for (const ref of ['&#x110000;', '&#99999999999;', '&#0;', '&#xD800;']) {
      expect(parseError(bytes(xml.replace('SEPA Incasso retour', `SEPA ${ref} retour`)), 'ref.xml')).toBe(
        `ref.xml: line 47: not well-formed XML: character reference ${ref} names no XML character`
      )
    }
    const ok = parseBankFile(bytes(xml.replace('SEPA Incasso retour', 'SEPA &#x0000041;&#66; retour')), 'ok.xml')
    expect(ok.statements[0]?.entries.some((e) => e.remittance === 'SEPA AB retour')).toBe(true)
  })
})

describe('MT940', () => {
  const parsed = parseBankFile(ownFixtureBytes('mt940-ing-structured.sta'), 'ing.sta')
  const entries = parsed.statements[0]?.entries ?? []

  it('reads the ING structured :86: with wrapped lines', () => {
    expect(parsed.statements[0]?.account).toBe('NL20INGB0001234567')
    expect(entries[0]).toMatchObject({
      amountCents: 12100,
      counterpartyName: 'Jansen en Zn',
      counterpartyAccount: 'NL39RABO0300065264',
      structuredReference: '5000056789012345',
      bankReference: '26005000001'
    })
    expect(entries[1]?.remittance).toBe('Factuur 2026-0042 en 2026-0043 deels betaald, dank u')
    expect(entries[2]).toMatchObject({ amountCents: -3550, returnReason: 'MD06', counterpartyName: 'Cafe Het Hoekje' })
  })

  it('treats RD as money in and gives the entry date the previous year across new year', () => {
    expect(entries[3]).toMatchObject({ amountCents: 1000, bookingDate: '2025-12-31', valueDate: '2026-01-05' })
    expect(parsed.warnings).toEqual([])
  })

  it('refuses a truncated file and a malformed :61: line, naming the line', () => {
    const sta = text('mt940-ing-structured.sta')
    expect(parseError(bytes(sta.slice(0, sta.indexOf(':62F:'))), 'cut.sta')).toBe(
      'cut.sta: statement at line 4: no closing balance (:62F:): the file is truncated or malformed'
    )
    expect(parseError(bytes(sta.replace(':61:2601050105C80,00', ':61:2601050105C80.00')), 'x.sta')).toMatch(/^x\.sta: line 12: malformed :61: statement line/)
  })

  it('warns when the balances do not reconcile', () => {
    const sta = text('mt940-ing-structured.sta').replace(':62F:C260105EUR675,50', ':62F:C260105EUR675,51')
    expect(parseBankFile(bytes(sta), 'w.sta').warnings.map((w) => renderBankWarning(w, 'en'))).toEqual([
      'w.sta, statement 1 (NL20INGB0001234567): the opening balance €500.00 plus the entries (€175.50) makes €675.50, but the closing balance is €675.51'
    ])
  })
})

describe('CODA', () => {
  const parsed = parseBankFile(ownFixtureBytes('coda-globalised.cod'), 'g.cod')
  const entries = parsed.statements[0]?.entries ?? []

  it('books the details of a globalised movement instead of its total, and decodes Latin-1', () => {
    expect(parsed.warnings).toEqual([])
    expect(entries.map((e) => e.amountCents)).toEqual([12100, 20000, 10000, -6050])
    expect(entries[1]).toMatchObject({ counterpartyName: 'Café Crème BV', remittance: 'Factuur 2026-0042 Café Crème', bankReference: 'REF0002/0001' })
  })

  it('reads structured communication 101, free 3.x text and the return reason', () => {
    expect(entries[0]).toMatchObject({ structuredReference: '010806817183', remittance: null, counterpartyAccount: 'BE68539007547034' })
    expect(entries[2]?.structuredReference).toBe('123456789002')
    expect(entries[3]).toMatchObject({ remittance: 'Terugbetaling domiciliëring mandaat M-77', returnReason: 'MD06' })
    expect(parsed.statements[0]?.closing).toEqual({ date: '2026-01-05', amountCents: 136050 })
  })

  it('refuses a file without trailer and a record of the wrong length; warns on wrong trailer totals', () => {
    const lines = text('coda-globalised.cod').split('\r\n')
    expect(parseError(bytes(lines.slice(0, -2).join('\r\n')), 'cut.cod')).toMatch(/^cut\.cod: line 13: the file is truncated: no trailer record 9/)
    const long = [...lines]
    long[2] = `${long[2] ?? ''}XX`
    expect(parseError(bytes(long.join('\r\n')), 'l.cod')).toBe('l.cod: line 3: CODA record is 130 characters long, 128 expected')
    const wrongTotals = lines.map((l) => (l.startsWith('9') ? l.replace('000000000421000', '000000000421010') : l))
    const [warning] = parseBankFile(bytes(wrongTotals.join('\r\n')), 't.cod').warnings
    expect(warning?.code).toBe('coda-trailer-totals')
    expect(renderBankWarning(warning!, 'en')).toMatch(/^t\.cod, line \d+: the trailer totals \(debit €60\.50, credit €421\.01\) differ from the movements \(debit €60\.50, credit €421\.00\)$/)
  })
})

describe('format detection', () => {
  it('refuses an empty file and a file that is no bank statement', () => {
    expect(parseError(bytes(''), 'e.txt')).toBe('e.txt: the file is empty')
    expect(parseError(bytes('Datum;Bedrag\n2026-01-01;12,00\n'), 'c.csv')).toBe('c.csv: line 1: not a CAMT.053, MT940 or CODA bank statement')
  })
})
