// A customerSupplier of the auditfile to a Debito customer. Only customers (custSupTp C) and relations
// that are both (B) become customers; suppliers never do.
import { decimalToCents } from '../../../money'
import { type CustomerDefaults, type CustomerTextField, finishCustomer } from '../customer-draft'
import type { ImportProblem } from '../problems'
import type { ImportedCustomer } from '../records'

/** The fields of one customerSupplier element the import reads (address: streetAddress, else postalAddress). */
export type XafParty = {
  id: string
  name: string | null
  /** custSupTp: C customer, S supplier, B both, O other; null when not stated */
  type: string | null
  email: string | null
  phone: string | null
  commerceNr: string | null
  taxCountry: string | null
  taxId: string | null
  creditLimit: string | null
  street: string | null
  houseNumber: string | null
  houseNumberExtension: string | null
  postalCode: string | null
  city: string | null
  country: string | null
  bankAccount: string | null
  line: number
}

export const isCustomerType = (type: string | null): boolean => type === 'C' || type === 'B'

const IBAN = /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/

/** The element each customer field was read from, for the problems list. */
const ELEMENTS: Record<CustomerTextField, string> = {
  email: 'eMail',
  phone: 'telephone',
  iban: 'bankAccount/bankAccNr',
  vat: 'taxRegIdent',
  kbo: 'commerceNr',
  kvk: 'commerceNr',
  address: 'streetAddress/streetname',
  postalCode: 'streetAddress/postalCode',
  city: 'streetAddress/city',
  country: 'streetAddress/country',
  language: 'custSupID',
  paymentTermDays: 'custSupID',
  debtorType: 'custSupTp'
}

/** A VAT number as the tax office writes it: with its country prefix. */
function vatNumber(p: XafParty): string | undefined {
  const id = p.taxId?.replace(/[\s.]/g, '').toUpperCase()
  if (!id) return undefined
  const country = p.taxCountry?.toUpperCase()
  return /^[A-Z]{2}/.test(id) || !country ? id : `${country}${id}`
}

export function customerFromParty(p: XafParty, defaults: CustomerDefaults, problems: ImportProblem[]): ImportedCustomer {
  const address = [p.street, p.houseNumber, p.houseNumberExtension].filter((s) => s).join(' ')
  const iban = p.bankAccount?.replace(/\s/g, '').toUpperCase()
  const vat = vatNumber(p)
  // commerceNr is the KvK number in the Netherlands and the enterprise (KBO) number in Belgium
  const belgian = (p.country ?? p.taxCountry ?? vat ?? '').toUpperCase().startsWith('BE')
  const fields: Partial<Record<CustomerTextField, string>> = {}
  const set = (f: CustomerTextField, v: string | null | undefined) => {
    if (v) fields[f] = v
  }
  set('email', p.email)
  set('phone', p.phone)
  set('iban', iban && IBAN.test(iban) ? iban : null)
  set('vat', vat)
  set(belgian ? 'kbo' : 'kvk', p.commerceNr)
  set('address', address)
  set('postalCode', p.postalCode)
  set('city', p.city)
  set('country', p.country)
  const customer = finishCustomer({ line: p.line, code: p.id, name: p.name ?? p.id, fields }, defaults, (f) => `customerSupplier[${p.id}]/${ELEMENTS[f]}`, problems)
  const limit = p.creditLimit === null ? null : decimalToCents(p.creditLimit)
  // packages write 0.00 for "no limit set"
  return { ...customer, creditLimitCents: limit === null || limit <= 0 ? null : limit }
}
