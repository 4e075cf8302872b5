import { describe, expect, it } from 'vitest'
import { withWrite } from '../../../src/main/db/connection'
import { administrationProfile, auditLog } from '../../../src/main/db/schema'
import { createCustomer, getCustomer, updateCustomer } from '../../../src/main/domains/customers/customers.service'
import { isValidKbo, isValidVat } from '../../../src/shared/domains/customers/identifiers'
import { useTestDb } from '../../helpers/db'
import { caught } from '../../helpers/errors'

const db = useTestDb()
const actions = () => db().select().from(auditLog).all().map((a) => a.action)

describe('identifiers', () => {
  it('checks BE enterprise numbers and VAT numbers', () => {
    expect(isValidKbo('0403.170.701')).toBe(true)
    expect(isValidKbo('0403.170.702')).toBe(false)
    expect(isValidVat('BE 0403.170.701')).toBe(true)
    expect(isValidVat('NL001234567B01')).toBe(true)
    expect(isValidVat('NL1234')).toBe(false)
  })
})

describe('customers', () => {
  it('creates a customer with proposals from the identifiers, and audits it', () => {
    const c = createCustomer(db(), { code: ' K1 ', name: 'Boulangerie Léonard', vatNumber: 'be 0403.170.701', postalCode: '5000', email: '' })
    expect(c).toMatchObject({ code: 'K1', country: 'BE', language: 'fr', debtorType: 'b2b', vatNumber: 'BE0403170701', email: null })
    expect(actions()).toEqual(['customer.created'])
    expect(createCustomer(db(), { code: 'K2', name: 'P. de Vries' }).debtorType).toBe('b2c')
  })

  it('rejects bad input with the field named, and duplicate codes as a conflict', () => {
    createCustomer(db(), { code: 'K1', name: 'Jansen' })
    expect(caught(() => createCustomer(db(), { code: 'K2', name: 'X', email: 'geen mail' }))).toMatchObject({ kind: 'validation', field: 'email' })
    expect(caught(() => createCustomer(db(), { code: 'K2', name: 'X', iban: 'NL91ABNA0417164301' }))).toMatchObject({ field: 'iban', message: 'iban: not a valid IBAN' })
    expect(caught(() => createCustomer(db(), { code: 'K2', name: '' }))).toMatchObject({ field: 'name' })
    expect(caught(() => createCustomer(db(), { code: 'K1', name: 'Ander' }))).toMatchObject({ kind: 'conflict', field: 'code' })
    expect(actions()).toEqual(['customer.created'])
  })

  it('updates only what changed and logs before and after; a no-op writes nothing', () => {
    const c = createCustomer(db(), { code: 'K1', name: 'Jansen', paymentTermDays: 30 })
    const u = updateCustomer(db(), c.id, { name: 'Jansen Bouw', paymentTermDays: 14, debtorType: 'b2b' })
    expect(u).toMatchObject({ name: 'Jansen Bouw', paymentTermDays: 14, code: 'K1' })
    const audit = db().select().from(auditLog).all()
    expect(JSON.parse(audit[1]?.dataJson ?? '{}')).toEqual({ code: 'K1', changes: { name: ['Jansen', 'Jansen Bouw'], paymentTermDays: [30, 14], debtorType: ['b2c', 'b2b'] } })
    updateCustomer(db(), c.id, { name: 'Jansen Bouw' })
    expect(actions()).toEqual(['customer.created', 'customer.updated'])
    expect(caught(() => updateCustomer(db(), 999, { name: 'X' }))).toMatchObject({ kind: 'not-found' })
    expect(getCustomer(db(), c.id).name).toBe('Jansen Bouw')
  })
})

describe('creditor defaults', () => {
  it('a debtor of a Belgian administration is Belgian unless told otherwise', () => {
    withWrite(db(), (tx) => tx.insert(administrationProfile).values({ id: 1, name: 'Bureau Gent', country: 'BE' }).run())
    expect(createCustomer(db(), { code: 'K9', name: 'Jan Peeters' })).toMatchObject({ country: 'BE', language: 'nl' })
    expect(createCustomer(db(), { code: 'K10', name: 'Jan', vatNumber: 'NL001234567B01' }).country).toBe('NL')
  })
})

describe('customers abroad', () => {
  it('a debtor can live in any ISO country; the VAT number proposes it', () => {
    expect(createCustomer(db(), { code: 'D1', name: 'Müller GmbH', country: 'DE', postalCode: '10115' })).toMatchObject({ country: 'DE', language: 'en' })
    expect(createCustomer(db(), { code: 'L1', name: 'Société Luxembourgeoise SA', vatNumber: 'LU26375245' })).toMatchObject({ country: 'LU', language: 'fr' })
    expect(updateCustomer(db(), 1, { country: 'GB' }).country).toBe('GB')
    expect(caught(() => createCustomer(db(), { code: 'X1', name: 'X', country: 'XX' as never }))).toMatchObject({ kind: 'validation', field: 'country' })
  })

  it('the database refuses anything but a two-letter upper-case code', () => {
    const insert = (country: string) => db().$client.prepare("INSERT INTO customers (code, name, country) VALUES (?, 'X', ?)").run(`C-${country}`, country)
    expect(() => insert('Duitsland')).toThrow(/CHECK constraint failed: customers_country/)
    expect(() => insert('de')).toThrow(/CHECK constraint failed: customers_country/)
    expect(() => insert('DE')).not.toThrow()
  })
})
