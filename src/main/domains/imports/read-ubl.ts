// UBL 2.1 Invoice and CreditNote (Peppol BIS 3, SI-UBL 2.0/NLCIUS) to one open item and its customer
// (LIBRARIES.md §1.5). No schematron: we check what an open item needs and never claim conformance.
import { XMLParser } from 'fast-xml-parser'
import { decimalToCents } from '../../../shared/money'
import { addDays, isIsoDate } from '../../../shared/dates'
import type { CountryCode } from '../../../shared/domains/countries'
import type { Language } from '../../../shared/domains/parties'
import { finishCustomer } from '../../../shared/domains/imports/customer-draft'
import type { ImportProblem } from '../../../shared/domains/imports/problems'
import type { MappedImport } from '../../../shared/domains/imports/records'

type Node = Record<string, unknown>

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  // keep "00123" and "1656.25" as text: amounts and references are never floats
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true
})

// UNCL 1001 codes that are claims on the buyer; 325 (pro-forma) is not
const INVOICE_TYPES = new Set(['380', '383', '384', '386', '389', '393', '395', '575', '623', '751', '780', '82', '80', '71'])
const CREDIT_TYPES = new Set(['381', '261', '262', '296', '308', '396', '420', '458', '532'])

const TERM_NOTE = /(\d{1,3})\s*(?:dagen|dag|days?|jours?)\b/i

const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v)
const child = (n: unknown, ...path: string[]): unknown => path.reduce<unknown>((cur, key) => (first(cur) as Node | undefined)?.[key], n)
function text(n: unknown, ...path: string[]): string | null {
  const v = first(child(n, ...path))
  if (typeof v === 'string') return v.trim() || null
  if (v && typeof v === 'object' && '#text' in v) return String((v as Node)['#text']).trim() || null
  return null
}
const attr = (n: unknown, name: string, ...path: string[]): string | null => {
  const v = first(child(n, ...path))
  return v && typeof v === 'object' ? (((v as Node)[`@${name}`] as string | undefined) ?? null) : null
}

export type UblDefaults = { country: CountryCode; language: Language }

export function readUbl(xml: string, defaults: UblDefaults): MappedImport {
  const problems: ImportProblem[] = []
  const fail = (code: ImportProblem['code'], column: string | null, message: string): MappedImport => {
    problems.push({ code, severity: 'error', line: null, column, message })
    return { target: 'open-items', customers: [], invoices: [], rejected: [], problems }
  }
  // banks and Peppol access points never send a DTD; refusing it shuts out entity-expansion tricks
  if (/<!DOCTYPE/i.test(xml)) return fail('bad-xml', null, 'the XML carries a DOCTYPE, which e-invoices never do')
  let doc: Node
  try {
    doc = parser.parse(xml, true) as Node
  } catch (err) {
    return fail('bad-xml', null, `the file is not well-formed XML (${(err as Error).message.split('\n')[0]})`)
  }
  const rootName = Object.keys(doc).find((k) => !k.startsWith('?'))
  if (rootName !== 'Invoice' && rootName !== 'CreditNote')
    return fail('not-an-invoice', rootName ?? null, `this is a ${rootName ? `UBL "${rootName}"` : 'empty'} document, not an invoice or credit note; only invoices and credit notes become open items`)
  const root = doc[rootName]
  const typeCode = text(root, rootName === 'Invoice' ? 'InvoiceTypeCode' : 'CreditNoteTypeCode') ?? (rootName === 'Invoice' ? '380' : '381')
  const isCredit = rootName === 'CreditNote' || CREDIT_TYPES.has(typeCode)
  if (!isCredit && !INVOICE_TYPES.has(typeCode))
    return fail('not-an-invoice', 'InvoiceTypeCode', `document type ${typeCode} is not an invoice (325 is a pro-forma); nothing is owed on it`)

  const number = text(root, 'ID')
  const invoiceDate = text(root, 'IssueDate')
  const stated = text(root, 'DueDate') ?? text(root, 'PaymentMeans', 'PaymentDueDate')
  const payable = text(root, 'LegalMonetaryTotal', 'PayableAmount')
  const inclusive = text(root, 'LegalMonetaryTotal', 'TaxInclusiveAmount')
  if (!number) return fail('missing-value', 'cbc:ID', 'the invoice number (cbc:ID) is missing')
  if (!invoiceDate || !isIsoDate(invoiceDate)) return fail('bad-date', 'cbc:IssueDate', `the issue date "${invoiceDate ?? ''}" is not a date`)
  if (stated !== null && !isIsoDate(stated)) return fail('bad-date', 'cbc:DueDate', `the due date "${stated}" is not a date`)
  // NLCIUS has no DueDate; its PaymentTerms note says e.g. "30dagen"
  const termDays = TERM_NOTE.exec(text(root, 'PaymentTerms', 'Note') ?? '')?.[1]
  const dueDate = stated ?? (termDays === undefined ? null : addDays(invoiceDate, Number(termDays)))
  const payableCents = payable === null ? null : decimalToCents(payable)
  if (payableCents === null) return fail('bad-amount', 'cbc:PayableAmount', `the payable amount "${payable ?? ''}" is missing or not an amount`)
  const inclusiveCents = inclusive === null ? null : decimalToCents(inclusive)
  // a credit note states positive amounts; as an open item it is negative
  const sign = isCredit ? -1 : 1
  const openCents = sign * payableCents
  const amountCents = sign * (inclusiveCents !== null && Math.abs(inclusiveCents) >= Math.abs(payableCents) ? inclusiveCents : payableCents)

  const party = child(root, 'AccountingCustomerParty', 'Party')
  const name = text(party, 'PartyLegalEntity', 'RegistrationName') ?? text(party, 'PartyName', 'Name')
  if (!party || !name) return fail('missing-value', 'cac:AccountingCustomerParty', 'the buyer (AccountingCustomerParty) has no name')
  const vat = text(party, 'PartyTaxScheme', 'CompanyID')
  const ids = [
    [text(party, 'PartyLegalEntity', 'CompanyID'), attr(party, 'schemeID', 'PartyLegalEntity', 'CompanyID')],
    [text(party, 'EndpointID'), attr(party, 'schemeID', 'EndpointID')]
  ] as const
  const byScheme = (scheme: string) => ids.find(([id, s]) => id && s === scheme)?.[0] ?? undefined
  const kbo = byScheme('0208')
  const kvk = byScheme('0106')
  const code = text(party, 'PartyIdentification', 'ID') ?? vat ?? kbo ?? kvk ?? ids.find(([id]) => id)?.[0] ?? name
  const fields = {
    vat: vat ?? byScheme('9925') ?? byScheme('9944'),
    kbo,
    kvk,
    email: text(party, 'Contact', 'ElectronicMail') ?? undefined,
    phone: text(party, 'Contact', 'Telephone') ?? undefined,
    address: text(party, 'PostalAddress', 'StreetName') ?? undefined,
    postalCode: text(party, 'PostalAddress', 'PostalZone') ?? undefined,
    city: text(party, 'PostalAddress', 'CityName') ?? undefined,
    country: text(party, 'PostalAddress', 'Country', 'IdentificationCode') ?? undefined
  }
  const draft = { line: 1, code, name, fields: Object.fromEntries(Object.entries(fields).filter(([, v]) => v)) }
  const customer = finishCustomer(draft, defaults, (f) => `AccountingCustomerParty/${f}`, problems)
  // an NL OIN (0190) identifies a government body (Logius' basisfactuur is addressed to one)
  if (byScheme('0190') && customer.debtorTypeProposed) customer.debtorType = 'government'

  return {
    target: 'open-items',
    customers: [customer],
    invoices: [
      {
        line: 1,
        customerCode: code,
        number,
        invoiceDate,
        dueDate,
        currency: text(root, 'DocumentCurrencyCode') ?? 'EUR',
        amountCents,
        openCents,
        paymentReference: text(root, 'PaymentMeans', 'PaymentID'),
        description: text(root, 'Note')
      }
    ],
    rejected: [],
    problems
  }
}
