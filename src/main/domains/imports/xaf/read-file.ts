// One auditfile into the book: its version, header, relations, ledger accounts, opening balance and
// transactions. Bad values are listed by element path and line; bad XML, a DOCTYPE, a cut-off file or
// an unsupported version stop the reading. An unbalanced transaction is an error: the file is damaged.
import type { Hash } from 'node:crypto'
import { isIsoDate } from '../../../../shared/dates'
import { centsToDecimal, decimalToCents } from '../../../../shared/money'
import type { ImportProblem } from '../../../../shared/domains/imports/problems'
import type { XafMovement } from '../../../../shared/domains/imports/xaf/model'
import type { XafParty } from '../../../../shared/domains/imports/xaf/party'
import { addLine, emptyLines, type XafBook, type XafFileInfo, type XafVersion } from './book'
import { type ByteRange, readText, type XafSource } from './source'
import { createXmlPass, elementPath, type XmlRecord, XmlStop } from './xml-records'

/** What a tail reader may meet after its junction (parallel-read.ts). */
const TAIL_RECORDS = new Set(['journal', 'transaction', 'trLine'])
const NAMESPACES: Record<string, XafVersion> = { 'http://www.auditfiles.nl/XAF/3.2': '3.2', 'http://www.auditfiles.nl/XAF/3.1': '3.1' }
const MONEY_TYPES = new Set(['D', 'C'])

/**
 * A copy of a long value that no longer points into the chunk it was cut from: V8 keeps a slice's
 * whole parent string alive, and a description kept per line would keep every chunk of the file it came from.
 */
const own = (s: string | null): string | null => (s === null || s.length < 13 ? s : (' ' + s).slice(1))

/** Dates already seen: a year of lines has a few hundred distinct ones. */
const DATES = new Map<string, string | null>()

/** xsd:date, possibly with a time zone ("2024-01-31+01:00"). */
function dateOf(text: string | undefined): string | null {
  if (text === undefined) return null
  let day = DATES.get(text)
  if (day === undefined) {
    const d = text.slice(0, 10)
    day = isIsoDate(d) && /^(|Z|[+-]\d\d:\d\d)$/.test(text.slice(10)) ? d : null
    if (DATES.size < 100_000) DATES.set(text, day)
  }
  return day
}

/** `tail`: the reader of a file's tail in parallel-read.ts; from `started` on it reads transactions only. */
type Context = { source: XafSource; index: number; book: XafBook; multi: boolean; hash?: Hash; tail?: { started: boolean } }

/** Control totals of the transactions: the lines counted, debit positive and credit negative. */
export type LineTotals = { count: number; debit: number; credit: number }

/** What the tail of a file read by another worker adds (parallel-read.ts); `line`s count from `junctionLine`. */
export type TailPart = { movements: XafMovement[]; accountLines: XafBook['accountLines']; lineCount: number; totals: LineTotals; junctionLine: number }

/** A tail reader meets what it cannot hand over: the file is read in one piece instead. */
const NOT_SPLIT = 'not-split' as const

export type ReadOptions = { ranges?: readonly ByteRange[]; onRange?: (range: number) => void; hash?: boolean }

/** One file into the book, in one read (readXafFile) or in parts (parallel-read.ts). */
export function createXafFileReader(ctx: Context) {
  const { book, source } = ctx
  let version: XafVersion | 'legacy' | null = null
  let info: XafFileInfo | null = null
  let obAccounts = new Map<string, string>()
  let opening: { movements: XafMovement[]; accounts: Map<string, number>; count: number; debit: number; credit: number } | null = null
  const tx = { lines: emptyLines(), debit: 0, credit: 0, bad: false }
  let txTotals: LineTotals = { count: 0, debit: 0, credit: 0 }
  let refused = false
  let replaced: string | null = null

  const where = (r: XmlRecord | null, child?: string) => `${ctx.multi ? `${source.fileName}: ` : ''}${elementPath(r, child)}`
  const report = (code: ImportProblem['code'], severity: ImportProblem['severity'], r: XmlRecord | null, child: string | undefined, message: string, value?: string) =>
    book.problem({ code, severity, line: r?.line ?? null, column: where(r, child), ...(value === undefined ? {} : { value }), message })
  const bad = (r: XmlRecord, child: string, message: string) => report('xaf-bad-element', 'error', r, child, message, r.get(child))
  const text = (r: XmlRecord, f: string): string | null => r.get(f) ?? null

  function date(r: XmlRecord, f: string, required: boolean): string | null {
    const value = r.get(f)
    if (value === undefined) {
      if (required) bad(r, f, `<${f}> is missing`)
      return null
    }
    const d = dateOf(value)
    if (d === null) bad(r, f, `"${value}" is not a date (YYYY-MM-DD)`)
    return d
  }
  /** amnt with amntTp: debit positive, credit negative */
  function amount(r: XmlRecord): number | null {
    const raw = r.get('amnt')
    const cents = raw === undefined ? null : decimalToCents(raw)
    const type = r.get('amntTp')
    if (cents === null) bad(r, 'amnt', raw === undefined ? '<amnt> is missing' : `"${raw}" is not an amount`)
    if (type === undefined || !MONEY_TYPES.has(type)) bad(r, 'amntTp', `<amntTp> must be D (debit) or C (credit)`)
    return cents === null || type === undefined || !MONEY_TYPES.has(type) ? null : type === 'D' ? cents : -cents
  }
  /** The control totals a file states; only checked when its lines could all be read. */
  function checkTotals(r: XmlRecord, what: string, counted: { count: number; debit: number; credit: number }): void {
    if (book.hasErrors()) return
    const stated = [r.get('linesCount'), r.get('totalDebit'), r.get('totalCredit')]
    const mine = [String(counted.count), centsToDecimal(counted.debit), centsToDecimal(-counted.credit)]
    const labels = ['linesCount', 'totalDebit', 'totalCredit']
    stated.forEach((s, i) => {
      if (s === undefined) return
      const same = i === 0 ? Number(s) === counted.count : decimalToCents(s) === decimalToCents(mine[i] as string)
      if (!same) report('xaf-totals', 'warning', r, labels[i], `${what}: the file states ${s}, its lines add up to ${mine[i]}`, s)
    })
  }

  const party = (r: XmlRecord): XafParty | null => {
    const id = text(r, 'custSupID')
    if (id === null) return null
    const address = (f: string) => text(r, `streetAddress/${f}`) ?? text(r, `postalAddress/${f}`)
    const limit = text(r, 'custCreditLimit')
    if (limit !== null && decimalToCents(limit) === null) report('bad-amount', 'warning', r, 'custCreditLimit', `credit limit "${limit}" is not an amount; none is set`, limit)
    return {
      id,
      name: text(r, 'custSupName'),
      type: text(r, 'custSupTp')?.toUpperCase() ?? null,
      email: text(r, 'eMail'),
      phone: text(r, 'telephone'),
      commerceNr: text(r, 'commerceNr'),
      taxCountry: text(r, 'taxRegistrationCountry'),
      taxId: text(r, 'taxRegIdent'),
      creditLimit: limit !== null && decimalToCents(limit) !== null ? limit : null,
      street: address('streetname'),
      houseNumber: address('number'),
      houseNumberExtension: address('numberExtension'),
      postalCode: address('postalCode'),
      city: address('city'),
      country: address('country'),
      bankAccount: text(r, 'bankAccount/bankAccNr'),
      line: r.line
    }
  }

  type Place = Pick<XafMovement, 'opening' | 'account' | 'date' | 'journalType' | 'ref' | 'invoiceDate' | 'dueDate'>
  const movement = (r: XmlRecord, party: string, cents: number, p: Place, fallbackDesc: string | null): XafMovement => ({
    opening: p.opening,
    account: p.account,
    party,
    invRef: text(r, 'invRef'),
    matchKey: text(r, 'matchKeyID'),
    docRef: text(r, 'docRef'),
    date: p.date,
    invoiceDate: p.invoiceDate,
    dueDate: p.dueDate,
    cents,
    journalType: p.journalType,
    ref: p.ref,
    description: own(text(r, 'desc') ?? fallbackDesc),
    line: r.line
  })

  const handlers = {
    root(name: string, namespace: string | null) {
      if (name !== 'auditfile') throw new XmlStop(`this is not an XML Auditfile Financieel: its root element is <${name}>`, 1, '', 'xaf-version')
      if (namespace === null || namespace === '') return void (version = 'legacy')
      version = NAMESPACES[namespace] ?? null
      if (version !== null) return
      const v = /XAF[_/ ]?(\d(?:\.\d)?)/i.exec(namespace)?.[1]
      throw new XmlStop(`XAF ${v ?? `with namespace ${namespace}`} is not supported; export the auditfile as XAF 3.2 (or 3.1)`, 1, '', 'xaf-version')
    },
    open(r: XmlRecord) {
      if (ctx.tail?.started && !TAIL_RECORDS.has(r.name)) throw new XmlStop(`<${r.name}> after the transactions`, r.line, where(r), NOT_SPLIT)
      if (r.name === 'transaction') {
        tx.lines.count = 0
        tx.debit = 0
        tx.credit = 0
        tx.bad = false
      }
      else if (r.name === 'openingBalance') opening = { movements: [], accounts: new Map(), count: 0, debit: 0, credit: 0 }
      else if (r.name === 'transactions') txTotals = { count: 0, debit: 0, credit: 0 }
    },
    close(r: XmlRecord) {
      switch (r.name) {
        case 'header': {
          if (version === 'legacy') {
            const stated = text(r, 'auditfileVersion')
            throw new XmlStop(`this auditfile is in the old ${stated ?? 'XAF 1.0/2.0'} format (CLAIR), which is not supported; export it as XAF 3.2`, r.line, 'header/auditfileVersion', 'xaf-version')
          }
          const startDate = date(r, 'startDate', true)
          const endDate = date(r, 'endDate', true)
          if (startDate === null || endDate === null) throw new XmlStop('the header has no valid start and end date', r.line, where(r), 'xaf-bad-element')
          info = {
            fileName: source.fileName,
            version: version ?? '3.2',
            fiscalYear: text(r, 'fiscalYear') ?? startDate.slice(0, 4),
            startDate,
            endDate,
            currency: text(r, 'curCode')?.toUpperCase() ?? 'EUR',
            software: [text(r, 'softwareDesc'), text(r, 'softwareVersion')].filter((s) => s !== null).join(' ') || null,
            company: { ident: null, name: null, taxId: null }
          }
          return
        }
        case 'company':
          if (info) info.company = { ident: text(r, 'companyIdent'), name: text(r, 'companyName'), taxId: text(r, 'taxRegIdent') }
          return
        case 'customerSupplier': {
          const p = party(r)
          if (p) book.party(p)
          else report('missing-value', 'warning', r, 'custSupID', 'a relation without <custSupID> is skipped')
          return
        }
        case 'ledgerAccount': {
          const id = text(r, 'accID')
          if (id !== null) book.account(id, text(r, 'accDesc') ?? id, text(r, 'accTp')?.toUpperCase() ?? null)
          return
        }
        case 'obLine': {
          const cents = amount(r)
          const acc = text(r, 'accID')
          if (acc === null) bad(r, 'accID', '<accID> is missing')
          if (cents === null || acc === null || !opening) return
          obAccounts.set(text(r, 'nr') ?? '', acc)
          opening.accounts.set(acc, (opening.accounts.get(acc) ?? 0) + cents)
          opening.count++
          if (cents > 0) opening.debit += cents
          else opening.credit += cents
          return
        }
        case 'obSbLine': {
          const cents = amount(r)
          const invoiceDate = date(r, 'invDt', false)
          const dueDate = date(r, 'invDueDt', false)
          const party = text(r, 'custSupID')
          if (cents === null || party === null || !opening || !info || text(r, 'invPurSalTp') === 'P') return
          const obDate = r.parent?.parent?.get('opBalDate')
          const m = movement(
            r,
            party,
            cents,
            { opening: true, account: obAccounts.get(text(r, 'obLineNr') ?? '\u0000') ?? null, date: dateOf(obDate) ?? info.startDate, journalType: null, ref: `${info.fiscalYear}/OB/${r.parent?.get('sbType') ?? ''}/${text(r, 'nr') ?? r.line}`, invoiceDate, dueDate },
            null
          )
          opening.movements.push(m)
          return
        }
        case 'openingBalance':
          if (opening && info) {
            checkTotals(r, 'opening balance', opening)
            book.opening(info.startDate, { file: ctx.index, movements: opening.movements, accounts: opening.accounts })
          }
          obAccounts = new Map()
          return
        case 'trLine': {
          // its reference would name the line, numbered in the tail reader's text
          if (ctx.tail?.started && r.get('nr') === undefined) throw new XmlStop('a line without <nr>', r.line, where(r), NOT_SPLIT)
          const cents = amount(r)
          const account = text(r, 'accID')
          if (account === null) bad(r, 'accID', '<accID> is missing')
          const effDate = date(r, 'effDate', false)
          const transaction = r.parent
          const journal = transaction?.parent
          if (cents === null || account === null || !info || !transaction || !journal) return void (tx.bad = true)
          txTotals.count++
          if (cents > 0) tx.debit += cents
          else tx.credit += cents
          const trDate = dateOf(transaction.get('trDt'))
          const partyId = text(r, 'custSupID')
          const on = effDate ?? trDate
          let m: XafMovement | null = null
          if (partyId !== null && on !== null && book.mayBeReceivable(account, partyId)) {
            const ref = `${info.fiscalYear}/${journal.get('jrnID') ?? ''}/${transaction.get('nr') ?? ''}/${text(r, 'nr') ?? r.line}`
            const place = { opening: false, account, date: on, journalType: journal.get('jrnTp')?.toUpperCase() ?? null, ref, invoiceDate: null, dueDate: null }
            m = movement(r, partyId, cents, place, transaction.get('desc') ?? null)
          }
          addLine(tx.lines, account, partyId, cents, m)
          return
        }
        case 'transaction': {
          const trDate = date(r, 'trDt', true)
          txTotals.debit += tx.debit
          txTotals.credit += tx.credit
          if (tx.bad || trDate === null || !info) return
          if (tx.debit !== -tx.credit) {
            const msg = `debit ${centsToDecimal(tx.debit)} and credit ${centsToDecimal(-tx.credit)} differ: the transaction does not balance, so the file is damaged or incomplete`
            return void report('xaf-unbalanced', 'error', r, undefined, msg)
          }
          book.transaction(() => `${info?.startDate ?? ''}|${r.parent?.get('jrnID') ?? ''}|${text(r, 'nr') ?? r.line}`, info.startDate, tx.lines)
          return
        }
        case 'transactions':
          // a tail reader has counted part of the lines: the reader of the head checks them all
          if (!ctx.tail) checkTotals(r, 'transactions', txTotals)
          return
      }
    }
  }

  const pass = createXmlPass(handlers)
  /** runs `work` unless the file was refused; a refusal is listed by element path and line */
  function guard(work: () => void): boolean {
    if (refused) return false
    try {
      work()
      return true
    } catch (err) {
      if (!(err instanceof XmlStop)) throw err
      refused = true
      book.problem({ code: err.code === NOT_SPLIT ? 'bad-xml' : err.code, severity: 'error', line: err.line, column: `${ctx.multi ? `${source.fileName}: ` : ''}${err.path}` || null, message: err.message })
      return false
    }
  }

  return {
    /** Reads the file, or `ranges` of it as one text, into the book; false once the file is refused. */
    read(onBytes: (read: number) => void, { ranges, onRange, hash = true }: ReadOptions = {}): boolean {
      let range = -1
      return guard(() => {
        const decoded = readText(
          source,
          (chunk, read, index) => {
            if (index !== range) onRange?.((range = index))
            pass.write(chunk)
            onBytes(read)
          },
          hash && ctx.hash ? (bytes) => ctx.hash?.update(bytes) : undefined,
          ranges
        )
        if (decoded.replaced) replaced = decoded.encoding
      })
    },
    /** the open elements when what was read ends with an end tag (see XmlPass.cutAfterEndTag) */
    cutAfterEndTag: () => (refused ? null : pass.cutAfterEndTag()),
    /** Adds the transactions of the file's tail, read by another worker, and closes what the cut left open. */
    addTail(part: TailPart): boolean {
      book.addPart(part, pass.line - part.junctionLine)
      txTotals = { count: txTotals.count + part.totals.count, debit: txTotals.debit + part.totals.debit, credit: txTotals.credit + part.totals.credit }
      return guard(() => pass.closeOpen())
    },
    /** The end of the file: what it was, or null when it was refused. */
    finish(): XafFileInfo | null {
      if (!guard(() => pass.end())) return null
      if (replaced !== null) report('xaf-encoding', 'warning', null, undefined, `the file is not valid ${replaced}: some characters could not be read and were replaced`)
      if (!info) report('xaf-bad-element', 'error', null, undefined, 'the auditfile has no <header>')
      return info
    },
    get line() {
      return pass.line
    },
    get totals(): LineTotals {
      return txTotals
    }
  }
}

export function readXafFile(ctx: Context, onBytes: (read: number) => void): XafFileInfo | null {
  const reader = createXafFileReader(ctx)
  reader.read(onBytes)
  return reader.finish()
}
