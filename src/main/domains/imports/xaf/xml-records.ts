// A streaming pass over an auditfile with saxes (no document tree: auditfiles reach hundreds of MB).
// The elements the import reads are handed over one at a time as small records holding the text
// children it uses; everything else (VAT lines, taxonomies, change history, sub-ledger restatements,
// fields nobody reads) is skipped without its text being collected. A DOCTYPE is refused, as in the
// bank parsers: auditfiles never carry one, and refusing it shuts out entity expansion.
import { SaxesParser, type SaxesTagPlain } from 'saxes'

/** The text children a record keeps, by element name ("streetAddress/city" for a container's child). */
const FIELDS: Record<string, readonly string[]> = {
  auditfile: [],
  header: ['fiscalYear', 'startDate', 'endDate', 'curCode', 'softwareDesc', 'softwareVersion', 'auditfileVersion'],
  company: ['companyIdent', 'companyName', 'taxRegIdent'],
  customerSupplier: [
    'custSupID', 'custSupName', 'custSupTp', 'eMail', 'telephone', 'commerceNr', 'taxRegistrationCountry', 'taxRegIdent', 'custCreditLimit', 'bankAccount/bankAccNr',
    ...['streetAddress', 'postalAddress'].flatMap((a) => ['streetname', 'number', 'numberExtension', 'postalCode', 'city', 'country'].map((f) => `${a}/${f}`))
  ],
  ledgerAccount: ['accID', 'accDesc', 'accTp'],
  openingBalance: ['opBalDate', 'linesCount', 'totalDebit', 'totalCredit'],
  obLine: ['nr', 'accID', 'amnt', 'amntTp'],
  obSubledger: ['sbType', 'linesCount', 'totalDebit', 'totalCredit'],
  obSbLine: ['nr', 'obLineNr', 'desc', 'amnt', 'amntTp', 'docRef', 'matchKeyID', 'custSupID', 'invRef', 'invPurSalTp', 'invDt', 'invDueDt'],
  transactions: ['linesCount', 'totalDebit', 'totalCredit'],
  journal: ['jrnID', 'desc', 'jrnTp'],
  transaction: ['nr', 'desc', 'trDt'],
  trLine: ['nr', 'accID', 'docRef', 'effDate', 'desc', 'amnt', 'amntTp', 'matchKeyID', 'custSupID', 'invRef']
}
const SLOTS = new Map(Object.entries(FIELDS).map(([name, fields]) => [name, new Map(fields.map((f, i) => [f, i]))]))
const NO_SLOTS = new Map<string, number>()

/** One element the import reads, with the text children it keeps. */
export class XmlRecord {
  readonly values: (string | undefined)[]
  readonly slots: Map<string, number>
  constructor(
    readonly name: string,
    /** line of the element's start tag */
    readonly line: number,
    readonly parent: XmlRecord | null
  ) {
    this.slots = SLOTS.get(name) ?? NO_SLOTS
    this.values = new Array<string | undefined>(this.slots.size)
  }
  get(field: string): string | undefined {
    const slot = this.slots.get(field)
    return slot === undefined ? undefined : this.values[slot]
  }
}

// What an element is, by its parent: a record handed over, a wrapper walked through, a container whose
// children belong to the record (prefixed with its name), a text child the record keeps, or skipped.
const RECORD = 1
const PASS = 2
const CONTAINER = 3
const LEAF = 4
const SKIP = 5
/** element names to small numbers, so the kind of a child is one integer-keyed lookup */
const MAX_NAMES = 4096

const KINDS: [string, string, number][] = [
  ['auditfile', 'header', RECORD],
  ['auditfile', 'company', RECORD],
  ['customersSuppliers', 'customerSupplier', RECORD],
  ['generalLedger', 'ledgerAccount', RECORD],
  ['company', 'openingBalance', RECORD],
  ['openingBalance', 'obLine', RECORD],
  ['obSubledgers', 'obSubledger', RECORD],
  ['obSubledger', 'obSbLine', RECORD],
  ['company', 'transactions', RECORD],
  ['transactions', 'journal', RECORD],
  ['journal', 'transaction', RECORD],
  ['transaction', 'trLine', RECORD],
  ['company', 'customersSuppliers', PASS],
  ['company', 'generalLedger', PASS],
  ['openingBalance', 'obSubledgers', PASS],
  ['customerSupplier', 'streetAddress', CONTAINER],
  ['customerSupplier', 'postalAddress', CONTAINER],
  ['customerSupplier', 'bankAccount', CONTAINER]
]

export type XmlHandlers = {
  /** the root element and the namespace it declares (xmlns, or xmlns:prefix of a prefixed root) */
  root(name: string, namespace: string | null): void
  open?(record: XmlRecord): void
  close(record: XmlRecord): void
}

/** Where the reader is: "transactions/journal[VRK]/transaction[17]/trLine[2]". */
export function elementPath(record: XmlRecord | null, child?: string): string {
  const parts: string[] = child === undefined ? [] : [child]
  for (let r = record; r !== null; r = r.parent) {
    if (r.name === 'auditfile' || r.name === 'company') continue
    const id = r.get('nr') ?? r.get('jrnID') ?? r.get('custSupID') ?? r.get('accID')
    parts.unshift(id === undefined ? r.name : `${r.name}[${id}]`)
  }
  return parts.join('/')
}

/** Bad XML, a DOCTYPE, or a handler that refuses the file: stops the pass. */
export class XmlStop extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly path: string,
    readonly code: 'bad-xml' | 'xaf-truncated' | 'xaf-version' | 'xaf-bad-element'
  ) {
    super(message)
  }
}

const localName = (name: string) => (name.includes(':') ? name.slice(name.indexOf(':') + 1) : name)

export type XmlPass = { write(text: string): void; end(): void; readonly line: number }

/** The element stack is kept in parallel arrays: a pass over hundreds of MB allocates as little as it can. */
export function createXmlPass(handlers: XmlHandlers): XmlPass {
  const nameIds = new Map<string, number>()
  /** unknown names beyond MAX_NAMES share id 0, whose children are never records */
  const idOf = (name: string): number => {
    let id = nameIds.get(name)
    if (id === undefined) {
      id = nameIds.size + 1 < MAX_NAMES ? nameIds.size + 1 : 0
      if (id !== 0) nameIds.set(name, id)
    }
    return id
  }
  const childKinds = new Map<number, number>()
  for (const [parent, child, kind] of KINDS) childKinds.set(idOf(parent) * MAX_NAMES + idOf(child), kind)
  const parser = new SaxesParser({ position: true, xmlns: false })
  const ids: number[] = []
  const names: string[] = []
  const kinds: number[] = []
  const records: (XmlRecord | null)[] = []
  /** a leaf's slot in its record; a container's prefix */
  const slots: number[] = []
  const prefixes: string[] = []
  let depth = 0
  let leafText = ''
  let leafHasChildren = false

  const push = (id: number, name: string, kind: number, record: XmlRecord | null, slot: number, prefix: string) => {
    ids[depth] = id
    names[depth] = name
    kinds[depth] = kind
    records[depth] = record
    slots[depth] = slot
    prefixes[depth] = prefix
    depth++
  }

  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = localName(tag.name)
    if (depth === 0) {
      const prefix = tag.name.includes(':') ? tag.name.slice(0, tag.name.indexOf(':')) : null
      handlers.root(name, tag.attributes[prefix === null ? 'xmlns' : `xmlns:${prefix}`] ?? null)
      return push(idOf(name), name, RECORD, new XmlRecord(name, parser.line, null), -1, '')
    }
    const parentKind = kinds[depth - 1] as number
    const parentRecord = records[depth - 1] ?? null
    if (parentKind === LEAF || parentKind === SKIP) {
      if (parentKind === LEAF) leafHasChildren = true
      return push(0, name, SKIP, parentRecord, -1, '')
    }
    const id = idOf(name)
    const kind = childKinds.get((ids[depth - 1] as number) * MAX_NAMES + id)
    if (kind === RECORD) {
      const record = new XmlRecord(name, parser.line, parentRecord)
      push(id, name, RECORD, record, -1, '')
      return handlers.open?.(record)
    }
    if (kind !== undefined) return push(id, name, kind, parentRecord, -1, kind === CONTAINER ? `${name}/` : '')
    if ((parentKind === RECORD || parentKind === CONTAINER) && parentRecord) {
      const prefix = prefixes[depth - 1] as string
      const slot = parentRecord.slots.get(prefix === '' ? name : prefix + name)
      if (slot !== undefined) {
        leafText = ''
        leafHasChildren = false
        return push(id, name, LEAF, parentRecord, slot, '')
      }
    }
    push(id, name, SKIP, parentRecord, -1, '')
  })
  const text = (t: string) => {
    if (kinds[depth - 1] === LEAF) leafText = leafText === '' ? t : leafText + t
  }
  parser.on('text', text)
  parser.on('cdata', text)
  parser.on('closetag', () => {
    depth--
    const kind = kinds[depth]
    const record = records[depth]
    if (kind === LEAF && record) {
      const value = leafText.trim()
      const slot = slots[depth] as number
      // the first occurrence wins (a second streetAddress does not overwrite the first)
      if (value !== '' && !leafHasChildren && record.values[slot] === undefined) record.values[slot] = value
    } else if (kind === RECORD && record) handlers.close(record)
  })

  /** the path of the innermost open element */
  const where = () => (depth === 0 ? '' : elementPath(records[depth - 1] ?? null, kinds[depth - 1] === RECORD ? undefined : names[depth - 1]))
  const stop = (message: string, code: XmlStop['code'] = 'bad-xml') => new XmlStop(message, parser.line, where(), code)
  parser.on('doctype', () => {
    throw stop('the file carries a DOCTYPE declaration, which auditfiles never do; it is refused')
  })
  parser.on('error', (err) => {
    throw stop(`not well-formed XML: ${err.message.replace(/^.*?:\d+:\d+: /, '')}`)
  })

  return {
    write: (chunk: string) => void parser.write(chunk),
    end() {
      if (depth > 0) throw stop(`the file ends inside <${names[depth - 1] as string}> (it was cut off, or a closing tag is missing)`, 'xaf-truncated')
      parser.close()
    },
    get line() {
      return parser.line
    }
  }
}
