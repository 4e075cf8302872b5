// A streaming pass over an auditfile with saxes (no document tree: auditfiles reach hundreds of MB),
// its transactions read by a strict scanner for plain XML where they are plain (plain-xml.ts).
// The elements the import reads are handed over one at a time as small records holding the text
// children it uses; everything else (VAT lines, taxonomies, change history, sub-ledger restatements,
// fields nobody reads) is skipped without its text being collected. A DOCTYPE is refused, as in the
// bank parsers: auditfiles never carry one, and refusing it shuts out entity expansion.
import { SaxesParser, type SaxesTagPlain } from 'saxes'
import { CLOSE, emptyEvents, lineBreaks, NEED_MORE, OPEN, scanPlainElement, skipSpace } from './plain-xml'

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

/** One element the import reads, with the text children it keeps; reused once closed (see createXmlPass). */
export class XmlRecord {
  readonly values: (string | undefined)[]
  readonly slots: Map<string, number>
  constructor(
    readonly name: string,
    /** line of the element's start tag */
    public line: number,
    public parent: XmlRecord | null
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
const KIND_OF = new Map(KINDS.map(([parent, child, kind]) => [`${parent}/${child}`, kind]))

/** What a child of an element is, by the child's tag name as written: worked out once per name. */
type Child = { kind: number; slot: number; scope: Scope | null }
/**
 * An element whose children matter (a record, a wrapper or a container), with its children's names
 * already looked up: one lookup per start tag, on the name as saxes hands it over.
 */
type Scope = { name: string; record: string; prefix: string; children: Map<string, Child> }
/** a file with endless distinct names does not grow the tables past this */
const MAX_CHILDREN = 256

function scopeOf(name: string, record: string, prefix: string): Scope {
  return { name, record, prefix, children: new Map() }
}

const localName = (name: string) => (name.includes(':') ? name.slice(name.indexOf(':') + 1) : name)
const SKIPPED: Child = { kind: SKIP, slot: -1, scope: null }

function childOf(parent: Scope, parentKind: number, tagName: string): Child {
  const known = parent.children.get(tagName)
  if (known !== undefined) return known
  const name = localName(tagName)
  const kind = parentKind === CONTAINER ? undefined : KIND_OF.get(`${parent.name}/${name}`)
  let child = SKIPPED
  if (kind === RECORD) child = { kind, slot: -1, scope: scopeOf(name, name, '') }
  else if (kind === PASS) child = { kind, slot: -1, scope: scopeOf(name, parent.record, '') }
  else if (kind === CONTAINER) child = { kind, slot: -1, scope: scopeOf(name, parent.record, `${name}/`) }
  else if (parentKind !== PASS) {
    const slot = SLOTS.get(parent.record)?.get(parent.prefix + name)
    if (slot !== undefined) child = { kind: LEAF, slot, scope: null }
  }
  if (parent.children.size < MAX_CHILDREN) parent.children.set(tagName, child)
  return child
}

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
    readonly code: 'bad-xml' | 'xaf-truncated' | 'xaf-version' | 'xaf-bad-element' | 'not-split'
  ) {
    super(message)
  }
}


export type XmlPass = {
  write(text: string): void
  /** The open elements ("auditfile/company/…") when the text so far ends with an end tag, else null. */
  cutAfterEndTag(): string | null
  /** closes the elements still open, as the rest of a file cut after an end tag would (parallel-read.ts) */
  closeOpen(): void
  end(): void
  readonly line: number
}

/** The end tag after which a transaction may follow, read by the plain scanner (plain-xml.ts); also where parallel-read.ts cuts. */
export const TRANSACTION_END = '</transaction>'
const TRANSACTION_START = '<transaction>'
/**
 * A transaction longer than this is left to saxes: the scanner reads a transaction whole, again with each
 * chunk until its end arrives, and a memorial of a hundred thousand lines must not be read a thousand times.
 */
export const PLAIN_MAX_CHARS = 1 << 20

/**
 * The element stack is kept in parallel arrays, and a closed record is reused by the next element of
 * its name at its depth (handlers keep no record past `close`): a pass over hundreds of MB allocates
 * as little as it can.
 * Transactions are read by the plain scanner whenever saxes stands right after an end tag inside a
 * journal and the next transaction is plain XML (plain-xml.ts); saxes reads everything else, the text
 * handed to it always ending at a `</transaction>` so that it stops where the scanner may go on.
 * `plain: false` reads everything with saxes (the tests compare both).
 */
export function createXmlPass(handlers: XmlHandlers, { plain = true }: { plain?: boolean } = {}): XmlPass {
  const parser = new SaxesParser({ position: true, xmlns: false })
  const names: string[] = []
  const kinds: number[] = []
  const scopes: (Scope | null)[] = []
  const records: (XmlRecord | null)[] = []
  /** per depth, the record last closed there */
  const spare: (XmlRecord | undefined)[] = []
  /** a leaf's slot in its record */
  const slots: number[] = []
  let depth = 0
  let leafText = ''
  let leafHasChildren = false
  /** where the last end tag ended, in characters */
  let closedAt = -1
  /** the lines and characters the plain scanner read past saxes, and the characters written to saxes */
  let plainLines = 0
  let plainChars = 0
  let fed = 0
  /** text written and not read yet: the start of a transaction, or what may be the start of '</transaction>' */
  let pending = ''
  const events = emptyEvents()
  const openNames: string[] = []

  /** where the text read so far ends (saxes's own position is only right while it reads) */
  const position = () => fed + plainChars
  const push = (name: string, kind: number, scope: Scope | null, record: XmlRecord | null, slot: number) => {
    names[depth] = name
    kinds[depth] = kind
    scopes[depth] = scope
    records[depth] = record
    slots[depth] = slot
    depth++
  }
  const recordAt = (name: string, parent: XmlRecord | null, line: number): XmlRecord => {
    const old = spare[depth]
    if (old === undefined || old.name !== name) return new XmlRecord(name, line, parent)
    spare[depth] = undefined
    for (let i = 0; i < old.values.length; i++) old.values[i] = undefined
    old.line = line
    old.parent = parent
    return old
  }

  function openTag(name: string, line: number): void {
    const parentKind = kinds[depth - 1] as number
    const parentRecord = records[depth - 1] ?? null
    const parentScope = scopes[depth - 1]
    if (parentScope === null || parentScope === undefined) {
      if (parentKind === LEAF) leafHasChildren = true
      return push(name, SKIP, null, parentRecord, -1)
    }
    const child = childOf(parentScope, parentKind, name)
    if (child.kind === RECORD) {
      const record = recordAt((child.scope as Scope).name, parentRecord, line)
      push(name, RECORD, child.scope, record, -1)
      return handlers.open?.(record)
    }
    if (child.kind === LEAF) {
      leafText = ''
      leafHasChildren = false
    }
    push(name, child.kind, child.scope, parentRecord, child.slot)
  }
  const text = (t: string) => {
    if (kinds[depth - 1] === LEAF) leafText = leafText === '' ? t : leafText + t
  }
  function closeTag(at: number): void {
    closedAt = at
    depth--
    const kind = kinds[depth]
    const record = records[depth]
    if (kind === LEAF && record) {
      const value = leafText.trim()
      const slot = slots[depth] as number
      // the first occurrence wins (a second streetAddress does not overwrite the first)
      if (value !== '' && !leafHasChildren && record.values[slot] === undefined) record.values[slot] = value
    } else if (kind === RECORD && record) {
      handlers.close(record)
      spare[depth] = record
    }
  }

  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (depth > 0) return openTag(tag.name, parser.line + plainLines)
    const name = localName(tag.name)
    const prefix = tag.name.includes(':') ? tag.name.slice(0, tag.name.indexOf(':')) : null
    handlers.root(name, tag.attributes[prefix === null ? 'xmlns' : `xmlns:${prefix}`] ?? null)
    push(tag.name, RECORD, scopeOf(name, name, ''), new XmlRecord(name, parser.line, null), -1)
  })
  parser.on('text', text)
  parser.on('cdata', text)
  parser.on('closetag', () => closeTag(parser.position + plainChars))

  /** the path of the innermost open element */
  const where = () => (depth === 0 ? '' : elementPath(records[depth - 1] ?? null, kinds[depth - 1] === RECORD ? undefined : localName(names[depth - 1] as string)))
  const stop = (message: string, code: XmlStop['code'] = 'bad-xml') => new XmlStop(message, parser.line + plainLines, where(), code)
  parser.on('doctype', () => {
    throw stop('the file carries a DOCTYPE declaration, which auditfiles never do; it is refused')
  })
  parser.on('error', (err) => {
    throw stop(`not well-formed XML: ${err.message.replace(/^.*?:\d+:\d+: /, '')}`)
  })

  /** saxes stands right after an end tag in a journal, where a transaction may begin */
  const inJournal = () => closedAt === position() && kinds[depth - 1] === RECORD && records[depth - 1]?.name === 'journal'

  /** Hands the scanned transaction's events to the same steps saxes's events take. */
  function replay(s: string): void {
    for (let e = 0; e < events.count; e++) {
      const kind = events.kinds[e]
      if (kind === OPEN) openTag(events.values[e] as string, events.lines[e] as number)
      else if (kind === CLOSE) closeTag(position())
      else if (kinds[depth - 1] === LEAF) text(events.values[e] ?? s.slice(events.starts[e], events.ends[e]))
    }
  }

  /** Reads what is pending: plain transactions here, the rest by saxes; `last` when no more text comes. */
  function drain(last: boolean): void {
    const s = pending
    let at = 0
    while (at < s.length) {
      if (inJournal()) {
        const start = skipSpace(s, at)
        if (start + TRANSACTION_START.length > s.length && !last) break
        if (s.startsWith(TRANSACTION_START, start)) {
          const before = lineBreaks(s, at, start)
          const end = scanPlainElement(s, start, parser.line + plainLines + before, events, openNames)
          if (end === NEED_MORE && !last && s.length - start < PLAIN_MAX_CHARS) break
          if (end >= 0) {
            plainLines += before + events.newlines
            plainChars += end - at
            at = end
            replay(s)
            continue
          }
        }
      }
      const close = s.indexOf(TRANSACTION_END, at)
      let upTo = close < 0 ? s.length : close + TRANSACTION_END.length
      if (close < 0 && !last) {
        // keep what may be the start of a '</transaction>' the next text completes
        const lt = s.lastIndexOf('<', s.length - 1)
        if (lt >= at && lt > s.length - TRANSACTION_END.length && TRANSACTION_END.startsWith(s.slice(lt))) upTo = lt
        // and a \r that ends the text: saxes would hold it back as well, until it sees whether a \n follows
        if (upTo > at && s.charCodeAt(upTo - 1) === 0x0d) upTo--
      }
      if (upTo > at) write(s.slice(at, upTo))
      at = upTo
      if (close < 0) break
    }
    pending = at === 0 ? s : s.slice(at)
  }

  const write = (text: string) => {
    fed += text.length
    parser.write(text)
  }

  return {
    write(chunk: string) {
      if (!plain) return write(chunk)
      pending = pending === '' ? chunk : pending + chunk
      drain(false)
    },
    cutAfterEndTag() {
      return pending === '' && closedAt === position() ? names.slice(0, depth).map(localName).join('/') : null
    },
    closeOpen() {
      drain(true)
      let tail = ''
      for (let d = depth - 1; d >= 0; d--) tail += `</${names[d] as string}>`
      write(tail)
    },
    end() {
      drain(true)
      if (depth > 0) throw stop(`the file ends inside <${localName(names[depth - 1] as string)}> (it was cut off, or a closing tag is missing)`, 'xaf-truncated')
      parser.close()
    },
    /** the line the text written so far ends on */
    get line() {
      return parser.line + plainLines + lineBreaks(pending, 0, pending.length)
    }
  }
}
