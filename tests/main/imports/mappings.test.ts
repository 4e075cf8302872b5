import { afterEach, describe, expect, it } from 'vitest'
import { deleteMapping, getMapping, listMappings, saveMapping } from '../../../src/main/domains/imports/mappings.repo'
import { commitImport } from '../../../src/main/domains/imports/import.service'
import { previewImport } from '../../../src/main/domains/imports/preview'
import { createTestDb, type TestDb } from '../../helpers/db'
import { hasSharedUbl, ownFixture, sharedUbl } from './fixtures'

let t: TestDb | undefined
afterEach(() => {
  t?.close()
  t = undefined
})

describe('saved mappings', () => {
  it('saves, replaces, lists, reuses and deletes a custom mapping', async () => {
    t = createTestDb()
    const mapping = { debtorCode: 'Relatie', invoiceNumber: 'Factuurnr.', invoiceDate: 'Datum', amount: 'Openstaand bedrag' }
    saveMapping(t.db, { name: 'Twinfield open', preset: 'twinfield', options: { mapping: { debtorCode: 'Relatie' } } })
    const saved = saveMapping(t.db, { name: 'Twinfield open', preset: 'twinfield', options: { mapping, decimalMarks: { amount: ',' } } })
    expect(listMappings(t.db)).toEqual([saved])
    const reused = getMapping(t.db, 'Twinfield open')
    const p = await previewImport(ownFixture('twinfield.csv'), { ...reused.options, preset: reused.preset })
    expect(p.invoices.find((i) => i.number === 'F-101')?.amountCents).toBe(100000)
    deleteMapping(t.db, 'Twinfield open')
    expect(listMappings(t.db)).toEqual([])
    expect(() => getMapping(t!.db, 'Twinfield open')).toThrow('No saved import mapping named "Twinfield open".')
    expect(() => saveMapping(t!.db, { name: ' ', preset: 'generic', options: { mapping } })).toThrow(/^name: /)
  })
})

describe.skipIf(!hasSharedUbl)('full re-import guard', () => {
  it('refuses "full" for a single e-invoice, which would archive everything else', async () => {
    t = createTestDb()
    const p = await previewImport(sharedUbl('peppol-base-example.xml'))
    expect(() => commitImport(t!.db, p, { full: true })).toThrow('an e-invoice is one document, not the full list of open items')
  })
})
