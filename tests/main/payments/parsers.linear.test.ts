// Crafted input that made the bank parsers quadratic: 1 MB of each pattern must still give its result.
// Before the fixes each of these ran for minutes (the suite's timeout fails them); the checks are on results.
import { describe, expect, it } from 'vitest'
import { parseBankFile } from '../../../src/main/domains/payments/parsers/parse-bank-file'
import { isAppError } from '../../../src/shared/errors'
import { bytes, ownFixtureBytes } from './bank-fixtures'

const MB = 1_000_000
const text = (name: string) => new TextDecoder('latin1').decode(ownFixtureBytes(name))

function parseMessage(data: Uint8Array, file: string): string {
  try {
    parseBankFile(data, file)
  } catch (err) {
    if (isAppError(err) && err.kind === 'parse') return err.message
    throw err
  }
  throw new Error('expected a parse error')
}

describe('bank parsers stay linear on pathological input', () => {
  it('CODA: a record with a long run of white space inside is refused by its length', () => {
    const lines = text('coda-globalised.cod').split('\r\n')
    lines[2] = `${lines[2] ?? ''}${' \t'.repeat(MB / 2)}X`
    expect(parseMessage(bytes(lines.join('\r\n')), 'ws.cod')).toBe(`ws.cod: line 3: CODA record is ${128 + MB + 1} characters long, 128 expected`)
  })

  it('MT940: a megabyte of lone "-" lines after :86: ends the message and keeps the statement', () => {
    const sta = text('mt940-ing-structured.sta')
    const plain = parseBankFile(bytes(sta), 'plain.sta')
    const dashed = sta.replace(':86:Storno creditrente\n', `:86:Storno creditrente\n${'-\n'.repeat(MB / 2)}`)
    const parsed = parseBankFile(bytes(dashed), 'dashes.sta')
    expect(parsed.statements).toEqual(plain.statements)
  })

  it('MT940: a megabyte of "/" inside a keyword :86: value is kept as text', () => {
    const sta = text('mt940-ing-structured.sta').replace('/REMI/USTD//Retour incasso/', `/REMI/USTD//Retour${'/'.repeat(MB)}x/`)
    const entry = parseBankFile(bytes(sta), 'slashes.sta').statements[0]?.entries[2]
    expect(entry?.returnReason).toBe('MD06')
    expect(entry?.remittance).toBe(`Retour${'/'.repeat(MB)}x`)
  })

  it('MT940: a megabyte of "/" inside a labelled (ABN AMRO) :86: value is kept as text', () => {
    const sta = text('mt940-ing-structured.sta').replace(':86:Storno creditrente', `:86:SEPA OVERBOEKING IBAN: NL39RABO0300065264 NAAM: Jansen${'/'.repeat(MB)}x`)
    const entry = parseBankFile(bytes(sta), 'labelled.sta').statements[0]?.entries[3]
    expect(entry).toMatchObject({ counterpartyAccount: 'NL39RABO0300065264', counterpartyName: `Jansen${'/'.repeat(MB)}x` })
  })
})
