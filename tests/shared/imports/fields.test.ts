import { describe, expect, it } from 'vitest'
import { normalizeHeader, proposeMapping } from '../../../src/shared/domains/imports/fields'
import { proposeDebtorType, proposeLanguage } from '../../../src/shared/domains/imports/party'
import { PRESETS } from '../../../src/shared/domains/imports/presets'

describe('header synonyms', () => {
  it('normalises case, dots, spaces and diacritics', () => {
    expect(normalizeHeader("Date d'Échéance")).toBe('datedecheance')
    expect(normalizeHeader('Deb.nr.')).toBe('debnr')
    expect(normalizeHeader('fin.trs.line.dim2')).toBe('fintrslinedim2')
  })

  it('maps Dutch, French and English headers onto the canonical fields', () => {
    expect(proposeMapping(['Klantnummer', 'Naam', 'Factuurnummer', 'Factuurdatum', 'Vervaldatum', 'Bedrag', 'Openstaand'])).toEqual({
      debtorCode: 'Klantnummer', debtorName: 'Naam', invoiceNumber: 'Factuurnummer', invoiceDate: 'Factuurdatum', dueDate: 'Vervaldatum', amount: 'Bedrag', openAmount: 'Openstaand'
    })
    expect(proposeMapping(['Code client', 'Nom', 'N° facture', 'Date', 'Échéance', 'Montant', 'Solde'])).toMatchObject({
      debtorCode: 'Code client', debtorName: 'Nom', invoiceNumber: 'N° facture', invoiceDate: 'Date', dueDate: 'Échéance', amount: 'Montant', openAmount: 'Solde'
    })
    expect(proposeMapping(['Customer ID', 'Customer', 'Invoice number', 'Invoice date', 'Due date', 'Amount', 'Outstanding'])).toMatchObject({
      debtorCode: 'Customer ID', invoiceNumber: 'Invoice number', openAmount: 'Outstanding'
    })
  })

  it('gives an ambiguous header to the field where it ranks highest (AFAS "Factuurnr." vs "Factuur")', () => {
    const m = proposeMapping(['Factuurnr.', 'Naam', 'Deb.nr.', 'Boekstuk', 'Vervalt', 'Factuur', 'Saldo'])
    expect(m.invoiceNumber).toBe('Factuurnr.')
    expect(m.amount).toBe('Factuur')
    expect(m.openAmount).toBe('Saldo')
  })

  it('lets preset names win over general synonyms (Exact "Amount" is the open amount)', () => {
    expect(proposeMapping(['AccountCode', 'InvoiceNumber', 'Amount'], PRESETS.exact.headers)).toMatchObject({ openAmount: 'Amount' })
    expect(proposeMapping(['AccountCode', 'InvoiceNumber', 'Amount'])).toMatchObject({ amount: 'Amount' })
  })
})

describe('debtor proposals', () => {
  it('proposes the debtor type from identifiers and the name', () => {
    expect(proposeDebtorType({ name: 'Jansen', vatNumber: 'NL001234567B01', kboNumber: null, kvkNumber: null })).toBe('b2b')
    expect(proposeDebtorType({ name: 'Bakkerij Jansen B.V.', vatNumber: null, kboNumber: null, kvkNumber: null })).toBe('b2b')
    expect(proposeDebtorType({ name: 'Gemeente Utrecht', vatNumber: null, kboNumber: null, kvkNumber: null })).toBe('government')
    expect(proposeDebtorType({ name: 'P. de Vries', vatNumber: null, kboNumber: null, kvkNumber: null })).toBe('b2c')
  })

  it('proposes French for Walloon postal codes only', () => {
    expect(proposeLanguage('BE', '5000', 'nl')).toBe('fr')
    expect(proposeLanguage('BE', '2000', 'nl')).toBe('nl')
    expect(proposeLanguage('NL', '5000', 'nl')).toBe('nl')
  })
})
