// A strict scanner for the plain elements that make up nearly all of an auditfile: start and end tags
// without attributes, text with the five predefined entities and character references, nothing else.
// It reads one whole element (a transaction with its lines) ahead into events, and only hands them
// over when the element is complete and everything in it is plain; anything else (a comment, CDATA,
// an attribute, a disallowed character, a name outside ASCII, a mismatched end tag) is left to
// saxes, which then reads it and reports it exactly as always (xml-records.ts). Plain XML is a
// subset of what saxes accepts, read the same way: names, text, lines (\r\n and a lone \r count as
// one line break and read as \n in text, as saxes reads them).
import { isXmlChar, PREDEFINED_ENTITIES } from '../../../../shared/xml'

export const OPEN = 1
export const TEXT = 2
export const CLOSE = 3
/** the text ends inside the element: scan again with more text */
export const NEED_MORE = -1
/** something in the element is not plain XML: saxes reads it */
export const NOT_PLAIN = -2

/** One element's events, reused from one element to the next: the first `count` are its own. */
export type PlainEvents = {
  count: number
  kinds: number[]
  /** an OPEN's tag name, a TEXT's text when it had references or carriage returns (else null: see `starts`/`ends`) */
  values: (string | null)[]
  starts: number[]
  ends: number[]
  /** an OPEN's line */
  lines: number[]
  /** line breaks in the element */
  newlines: number
}

export const emptyEvents = (): PlainEvents => ({ count: 0, kinds: [], values: [], starts: [], ends: [], lines: [], newlines: 0 })

const GT = 0x3e
const SLASH = 0x2f
const AMP = 0x26
const CR = 0x0d
const NL = 0x0a
const TAB = 0x09
const SPACE = 0x20
const RBRACKET = 0x5d

const isNameStart = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x3a
const isNameChar = (c: number) => isNameStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e

/**
 * Tag names seen, by first character and length: a file uses a few dozen, and handing out the same
 * string each time spares a copy per tag and lets the name tables find it by its cached hash.
 */
const NAMES = new Map<number, string[]>()
const NAMES_PER_KEY = 8

/** A known name at [from, to), else the name there when it is made of ASCII name characters, else null. */
function nameAt(s: string, from: number, to: number): string | null {
  if (to <= from) return null
  const key = (s.charCodeAt(from) << 8) | Math.min(to - from, 255)
  const known = NAMES.get(key)
  if (known !== undefined) {
    for (const name of known) if (name.length === to - from && s.startsWith(name, from)) return name
  }
  if (!isNameStart(s.charCodeAt(from))) return null
  for (let i = from + 1; i < to; i++) if (!isNameChar(s.charCodeAt(i))) return null
  const name = s.slice(from, to)
  if (known === undefined) NAMES.set(key, [name])
  else if (known.length < NAMES_PER_KEY) known.push(name)
  return name
}

/** A reference's text from `&` at `at` up to its `;` at `semi`, or null when it is not a plain one. */
function reference(s: string, at: number, semi: number): string | null {
  const body = s.slice(at + 1, semi)
  const named = PREDEFINED_ENTITIES[body]
  if (named !== undefined) return named
  const m = /^#(?:([0-9]{1,7})|x([0-9a-fA-F]{1,6}))$/.exec(body)
  if (!m) return null
  const code = m[1] === undefined ? parseInt(m[2] as string, 16) : parseInt(m[1], 10)
  return isXmlChar(code) ? String.fromCodePoint(code) : null
}

/**
 * Text [from, to) as saxes delivers it (line breaks as \n, references replaced), or null when it is
 * not plain. Only called for text holding '&' or '\r'.
 */
function decodeText(s: string, from: number, to: number): string | null {
  let out = ''
  let run = from
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i)
    if (c === CR) {
      out += `${s.slice(run, i)}\n`
      if (s.charCodeAt(i + 1) === NL) i++
      run = i + 1
    } else if (c === AMP) {
      const semi = s.indexOf(';', i)
      const text = semi < 0 || semi >= to ? null : reference(s, i, semi)
      if (text === null) return null
      out += s.slice(run, i) + text
      i = semi
      run = semi + 1
    }
  }
  return out + s.slice(run, to)
}

/**
 * Checks text [from, to) and records it unless it is only white space (which no value keeps: a value
 * is one text, trimmed); returns its line breaks, or -1 when it is not plain (a disallowed character,
 * an unpaired surrogate, ']]>', a reference saxes would refuse or expand otherwise).
 */
function scanText(s: string, from: number, to: number, ev: PlainEvents): number {
  let newlines = 0
  let special = false
  let blank = true
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i)
    if (c <= SPACE) {
      if (c === NL) newlines++
      else if (c === CR) {
        special = true
        if (s.charCodeAt(i + 1) !== NL) newlines++
      } else if (c !== TAB && c !== SPACE) return -1
      continue
    }
    blank = false
    if (c === AMP) special = true
    else if (c === RBRACKET) {
      if (s.startsWith(']]>', i)) return -1
    } else if (c >= 0xd800) {
      if (c >= 0xfffe) return -1
      if (c <= 0xdbff) {
        const low = s.charCodeAt(i + 1)
        if (!(low >= 0xdc00 && low <= 0xdfff)) return -1
        i++
      } else if (c <= 0xdfff) return -1
    }
  }
  if (blank) return newlines
  const at = ev.count++
  ev.kinds[at] = TEXT
  ev.starts[at] = from
  ev.ends[at] = to
  if (special) {
    const text = decodeText(s, from, to)
    if (text === null) return -1
    ev.values[at] = text
  } else ev.values[at] = null
  return newlines
}

function event(ev: PlainEvents, kind: number, value: string | null, line: number): void {
  const at = ev.count++
  ev.kinds[at] = kind
  ev.values[at] = value
  ev.lines[at] = line
}

/**
 * Scans the element whose start tag begins at `at` (its first line being `line`) into `ev`: the
 * position just after its end tag, NEED_MORE, or NOT_PLAIN. `open` is scratch for the open tag names.
 */
export function scanPlainElement(s: string, at: number, line: number, ev: PlainEvents, open: string[] = []): number {
  ev.count = 0
  ev.newlines = 0
  let depth = 0
  let i = at
  const n = s.length
  for (;;) {
    // here s[i] is '<'
    if (i + 1 >= n) return NEED_MORE
    if (s.charCodeAt(i + 1) === SLASH) {
      if (depth === 0) return NOT_PLAIN
      const name = open[depth - 1] as string
      const gt = i + 2 + name.length
      if (gt >= n) return NEED_MORE
      if (s.charCodeAt(gt) !== GT || !s.startsWith(name, i + 2)) return NOT_PLAIN
      event(ev, CLOSE, null, line)
      i = gt + 1
      if (--depth === 0) return i
    } else {
      // a plain start tag is its name up to '>' (or '/>'): anything else there makes the name invalid
      const gt = s.indexOf('>', i + 1)
      if (gt < 0) return NEED_MORE
      const empty = s.charCodeAt(gt - 1) === SLASH
      const name = nameAt(s, i + 1, empty ? gt - 1 : gt)
      if (name === null) return NOT_PLAIN
      event(ev, OPEN, name, line)
      i = gt + 1
      if (empty) {
        event(ev, CLOSE, null, line)
        if (depth === 0) return i
      } else open[depth++] = name
    }
    const lt = s.indexOf('<', i)
    if (lt < 0) return NEED_MORE
    if (lt > i) {
      const newlines = scanText(s, i, lt, ev)
      if (newlines < 0) return NOT_PLAIN
      line += newlines
      ev.newlines += newlines
    }
    i = lt
  }
}

/**
 * The line breaks in [from, to), counted as saxes counts them: a \r that ends `s` is not counted
 * yet (saxes waits for the next text to see whether a \n follows).
 */
export function lineBreaks(s: string, from: number, to: number): number {
  let count = 0
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i)
    if (c === NL || (c === CR && i + 1 < s.length && s.charCodeAt(i + 1) !== NL)) count++
  }
  return count
}

/** Where the white space from `at` ends. */
export function skipSpace(s: string, at: number): number {
  let i = at
  for (let c = s.charCodeAt(i); c === SPACE || c === NL || c === TAB || c === CR; c = s.charCodeAt(++i));
  return i
}
