// Writes XML Auditfile Financieel documents for the tests and the bench, element by element in the
// order the XAF 3.2 XSD prescribes (header; company with customersSuppliers, generalLedger, vatCodes,
// periods, openingBalance with obLine and obSubledgers, transactions with journal/transaction/trLine).
// Totals and line counts are computed, so a test only states what it is about.

export type XafLineSpec = {
  acc: string
  /** debit positive, credit negative */
  cents: number
  doc: string
  date: string
  desc?: string
  cust?: string
  inv?: string
  match?: string
  /** a vat element, which the reader must skip */
  vat?: boolean
  /** dimensions the reader does not use */
  costID?: string
  projID?: string
}
export type XafTxSpec = { nr: string; date: string; desc?: string; lines: XafLineSpec[] }
export type XafJournalSpec = { id: string; desc: string; type: string; transactions: XafTxSpec[] }
export type XafPartySpec = {
  id: string
  name: string
  type?: string
  email?: string
  phone?: string
  vat?: string
  kvk?: string
  country?: string
  street?: string
  number?: string
  city?: string
  postalCode?: string
  iban?: string
  creditLimit?: string
}
export type XafOpeningItem = { nr: string; obLineNr?: string; cust: string; inv: string; invDt?: string; invDueDt?: string; cents: number; desc?: string; sales?: boolean }
export type XafOpeningSpec = { date: string; lines: { nr: string; acc: string; cents: number }[]; items?: XafOpeningItem[] }
export type XafSpec = {
  /** namespace version; '2.0' writes the old CLAIR format without namespace */
  version?: '3.2' | '3.1' | '4.0' | '2.0'
  fiscalYear: string
  start: string
  end: string
  company?: { ident: string; name: string; vat: string }
  parties?: XafPartySpec[]
  accounts?: { id: string; desc: string; type: string }[]
  opening?: XafOpeningSpec
  journals?: XafJournalSpec[]
  /** prepended to the document, e.g. a DOCTYPE */
  prolog?: string
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const el = (name: string, value: string | undefined) => (value === undefined ? '' : `<${name}>${esc(value)}</${name}>`)
export const decimal = (cents: number) => `${Math.trunc(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`
const amount = (cents: number) => `<amnt>${decimal(cents)}</amnt><amntTp>${cents < 0 ? 'C' : 'D'}</amntTp>`
const totals = (cents: readonly number[]) =>
  el('linesCount', String(cents.length)) + el('totalDebit', decimal(cents.filter((c) => c > 0).reduce((a, b) => a + b, 0))) + el('totalCredit', decimal(cents.filter((c) => c < 0).reduce((a, b) => a + b, 0)))

const NAMESPACES = { '3.2': 'http://www.auditfiles.nl/XAF/3.2', '3.1': 'http://www.auditfiles.nl/XAF/3.1', '4.0': 'http://www.odb.belastingdienst.nl/Belastingdienst/BCPP/1.1/structures/XmlauditfileXAF_4.0' }

function party(p: XafPartySpec): string {
  const address = p.street || p.city ? `<streetAddress>${el('streetname', p.street)}${el('number', p.number)}${el('city', p.city)}${el('postalCode', p.postalCode)}${el('country', p.country)}</streetAddress>` : ''
  return (
    `<customerSupplier>${el('custSupID', p.id)}${el('custSupName', p.name)}${el('telephone', p.phone)}${el('eMail', p.email)}${el('commerceNr', p.kvk)}` +
    `${el('taxRegistrationCountry', p.country)}${el('taxRegIdent', p.vat)}${el('custSupTp', p.type)}${el('custCreditLimit', p.creditLimit)}${address}` +
    `${p.iban ? `<bankAccount>${el('bankAccNr', p.iban)}</bankAccount>` : ''}` +
    // history the reader must not take for the relation itself
    `<changeInfo><userID>jan</userID><changeDateTime>2023-06-01T10:00:00</changeDateTime><changeDescription>nieuw</changeDescription></changeInfo>` +
    `<customerSupplierHistory><customerSupplier><custSupID>${esc(p.id)}-OLD</custSupID><custSupName>Oude naam</custSupName><custSupTp>S</custSupTp></customerSupplier></customerSupplierHistory>` +
    `</customerSupplier>\n`
  )
}

function line(l: XafLineSpec, nr: number): string {
  const vat = l.vat ? `<vat><vatID>H</vatID><vatPerc>21.000</vatPerc><vatAmnt>${decimal(Math.round(l.cents * 0.21))}</vatAmnt><vatAmntTp>C</vatAmntTp></vat>` : ''
  return (
    `<trLine>${el('nr', String(nr))}${el('accID', l.acc)}${el('docRef', l.doc)}${el('effDate', l.date)}${el('desc', l.desc)}${amount(l.cents)}` +
    `${el('matchKeyID', l.match)}${el('custSupID', l.cust)}${el('invRef', l.inv)}${el('costID', l.costID)}${el('projID', l.projID)}${vat}</trLine>\n`
  )
}

export function transactionXml(t: XafTxSpec): string {
  return `<transaction>${el('nr', t.nr)}${el('desc', t.desc)}<periodNumber>${Number(t.date.slice(5, 7))}</periodNumber>${el('trDt', t.date)}\n${t.lines.map((l, i) => line(l, i + 1)).join('')}</transaction>\n`
}

export function journalOpen(j: Pick<XafJournalSpec, 'id' | 'desc' | 'type'>): string {
  return `<journal>${el('jrnID', j.id)}${el('desc', j.desc)}${el('jrnTp', j.type)}\n`
}

/** The document up to and including the transactions' totals, and what closes it: the bench streams journals in between. */
export function xafFrame(spec: XafSpec, lineCents: readonly number[]): { head: string; tail: string } {
  const version = spec.version ?? '3.2'
  const legacy = version === '2.0'
  const ns = version === '2.0' ? '' : ` xmlns="${NAMESPACES[version]}"`
  const header =
    `<header>${legacy ? el('auditfileVersion', 'CLAIR2.00.00') : ''}${el('fiscalYear', spec.fiscalYear)}${el('startDate', spec.start)}${el('endDate', spec.end)}<curCode>EUR</curCode>` +
    `<dateCreated>${spec.end.slice(0, 4)}-02-15</dateCreated><softwareDesc>Testboekhouding</softwareDesc><softwareVersion>1.0</softwareVersion></header>\n`
  const c = spec.company ?? { ident: 'ADM01', name: 'Installatiebedrijf De Vries B.V.', vat: 'NL001234567B01' }
  const accounts = (spec.accounts ?? [])
    .map((a) => `<ledgerAccount>${el('accID', a.id)}${el('accDesc', a.desc)}${el('accTp', a.type)}<taxonomy><taxoRef>RGS</taxoRef><entryPoint><conceptRef>BLiqBan</conceptRef></entryPoint></taxonomy></ledgerAccount>\n`)
    .join('')
  const o = spec.opening
  const items = o?.items ?? []
  const opening = o
    ? `<openingBalance>${el('opBalDate', o.date)}<opBalDesc>Beginbalans</opBalDesc>${totals(o.lines.map((l) => l.cents))}\n` +
      o.lines.map((l) => `<obLine>${el('nr', l.nr)}${el('accID', l.acc)}${amount(l.cents)}</obLine>\n`).join('') +
      (items.length === 0 || spec.version === '3.1'
        ? ''
        : `<obSubledgers><obSubledger><sbType>CS</sbType><sbDesc>Debiteuren</sbDesc>${totals(items.map((i) => i.cents))}\n` +
          items
            .map(
              (i) =>
                `<obSbLine>${el('nr', i.nr)}${el('obLineNr', i.obLineNr)}${el('desc', i.desc)}${amount(i.cents)}${el('docRef', i.inv)}${el('custSupID', i.cust)}${el('invRef', i.inv)}` +
                `${el('invPurSalTp', i.sales === false ? 'P' : 'S')}${el('invDt', i.invDt)}${el('invDueDt', i.invDueDt)}</obSbLine>\n`
            )
            .join('') +
          `</obSubledger></obSubledgers>\n`) +
      `</openingBalance>\n`
    : ''
  const head =
    `${spec.prolog ?? ''}<?xml version="1.0" encoding="UTF-8"?>\n<auditfile${ns}>\n${header}<company>${el('companyIdent', c.ident)}${el('companyName', c.name)}<taxRegistrationCountry>NL</taxRegistrationCountry>${el('taxRegIdent', c.vat)}\n` +
    `<streetAddress><streetname>Industrieweg</streetname><number>4</number><city>Utrecht</city><postalCode>3542AD</postalCode><country>NL</country></streetAddress>\n` +
    (spec.parties ? `<customersSuppliers>\n${spec.parties.map(party).join('')}</customersSuppliers>\n` : '') +
    (accounts ? `<generalLedger>\n${accounts}</generalLedger>\n` : '') +
    `<vatCodes><vatCode><vatID>H</vatID><vatDesc>BTW hoog</vatDesc><vatToPayAccID>1500</vatToPayAccID></vatCode></vatCodes>\n` +
    `<periods><period><periodNumber>1</periodNumber><periodDesc>januari</periodDesc><startDatePeriod>${spec.start}</startDatePeriod><endDatePeriod>${spec.end}</endDatePeriod></period></periods>\n` +
    opening +
    `<transactions>${totals(lineCents)}\n`
  return { head, tail: `</transactions>\n</company>\n</auditfile>\n` }
}

/** A whole auditfile as text. */
export function xafXml(spec: XafSpec): string {
  const journals = spec.journals ?? []
  const cents = journals.flatMap((j) => j.transactions.flatMap((t) => t.lines.map((l) => l.cents)))
  const { head, tail } = xafFrame(spec, cents)
  return head + journals.map((j) => journalOpen(j) + j.transactions.map(transactionXml).join('') + `</journal>\n`).join('') + tail
}

export const xafInput = (spec: XafSpec, fileName = 'administratie.xaf') => ({ fileName, bytes: new TextEncoder().encode(xafXml(spec)) })
