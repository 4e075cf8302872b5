// A streaming pass over an auditfile with saxes (no document tree: auditfiles reach hundreds of MB).
// The elements the import reads are handed over one at a time as small records of their text
// children; everything else (VAT lines, taxonomies, change history, sub-ledger restatements) is
// skipped without being collected. A DOCTYPE is refused, as in the bank parsers: auditfiles never
// carry one, and refusing it shuts out entity expansion.
import { SaxesParser, type SaxesTagPlain } from 'saxes'

/** The text children of one element, by name ("streetAddress/city" for a child of a container). */
export type XmlRecord = {
  name: string
  /** line of the element's start tag */
  line: number
  fields: Record<string, string>
  parent: XmlRecord | null
}

/** Elements handed over as records, by "parent>child". */
const RECORDS = new Set([
  'auditfile>header',
  'auditfile>company',
  'customersSuppliers>customerSupplier',
  'generalLedger>ledgerAccount',
  'company>openingBalance',
  'openingBalance>obLine',
  'obSubledgers>obSubledger',
  'obSubledger>obSbLine',
  'company>transactions',
  'transactions>journal',
  'journal>transaction',
  'transaction>trLine'
])
/** Wrappers walked through to reach records. */
const PASS = new Set(['company>customersSuppliers', 'company>generalLedger', 'openingBalance>obSubledgers'])
/** Children whose own children belong to the record, prefixed with the child's name. */
const CONTAINERS = new Set(['customerSupplier>streetAddress', 'customerSupplier>postalAddress', 'customerSupplier>bankAccount', 'trLine>currency'])

type Kind = 'root' | 'record' | 'pass' | 'container' | 'leaf' | 'skip'
type Frame = { name: string; kind: Kind; record: XmlRecord | null; prefix: string; text: string; hasChildren: boolean }

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
    const id = r.fields['nr'] ?? r.fields['jrnID'] ?? r.fields['custSupID'] ?? r.fields['accID']
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

const local = (name: string) => name.slice(name.indexOf(':') + 1)

export type XmlPass = { write(text: string): void; end(): void; readonly line: number }

export function createXmlPass(handlers: XmlHandlers): XmlPass {
  const parser = new SaxesParser({ position: true, xmlns: false })
  const stack: Frame[] = []
  const rootFrame: Frame = { name: '', kind: 'root', record: null, prefix: '', text: '', hasChildren: false }
  const top = () => stack[stack.length - 1] ?? rootFrame
  /** the path of the innermost open element */
  const where = () => {
    const f = top()
    return elementPath(f.record, f.kind === 'record' || f.kind === 'root' ? undefined : f.name)
  }
  const stop = (message: string, code: XmlStop['code'] = 'bad-xml') => new XmlStop(message, parser.line, where(), code)

  parser.on('doctype', () => {
    throw stop('the file carries a DOCTYPE declaration, which auditfiles never do; it is refused')
  })
  parser.on('error', (err) => {
    throw stop(`not well-formed XML: ${err.message.replace(/^.*?:\d+:\d+: /, '')}`)
  })
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const parent = top()
    const name = local(tag.name)
    parent.hasChildren = true
    let frame: Frame
    if (parent.kind === 'root') {
      const prefix = tag.name.includes(':') ? tag.name.slice(0, tag.name.indexOf(':')) : null
      handlers.root(name, tag.attributes[prefix === null ? 'xmlns' : `xmlns:${prefix}`] ?? null)
      frame = { name, kind: 'record', record: { name, line: parser.line, fields: {}, parent: null }, prefix: '', text: '', hasChildren: false }
    } else if (parent.kind === 'skip' || parent.kind === 'leaf') {
      frame = { name, kind: 'skip', record: parent.record, prefix: '', text: '', hasChildren: false }
    } else {
      const key = `${parent.name}>${name}`
      if (RECORDS.has(key)) {
        const record: XmlRecord = { name, line: parser.line, fields: {}, parent: parent.record }
        frame = { name, kind: 'record', record, prefix: '', text: '', hasChildren: false }
        handlers.open?.(record)
      } else if (PASS.has(key)) frame = { name, kind: 'pass', record: parent.record, prefix: '', text: '', hasChildren: false }
      else if (CONTAINERS.has(key)) frame = { name, kind: 'container', record: parent.record, prefix: `${name}/`, text: '', hasChildren: false }
      else if (parent.kind === 'record' || parent.kind === 'container') frame = { name, kind: 'leaf', record: parent.record, prefix: parent.prefix, text: '', hasChildren: false }
      else frame = { name, kind: 'skip', record: parent.record, prefix: '', text: '', hasChildren: false }
    }
    stack.push(frame)
  })
  const text = (t: string) => {
    const f = stack[stack.length - 1]
    if (f?.kind === 'leaf') f.text += t
  }
  parser.on('text', text)
  parser.on('cdata', text)
  parser.on('closetag', () => {
    const f = stack.pop() as Frame
    if (f.kind === 'leaf') {
      const value = f.text.trim()
      const key = f.prefix + f.name
      // the first occurrence wins (a second streetAddress does not overwrite the first)
      if (value !== '' && !f.hasChildren && f.record && !(key in f.record.fields)) f.record.fields[key] = value
    } else if (f.kind === 'record' && f.record) handlers.close(f.record)
  })

  return {
    write: (chunk: string) => void parser.write(chunk),
    end() {
      if (stack.length > 0) throw stop(`the file ends inside <${top().name}> (it was cut off, or a closing tag is missing)`, 'xaf-truncated')
      parser.close()
    },
    get line() {
      return parser.line
    }
  }
}
