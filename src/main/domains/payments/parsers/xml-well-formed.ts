// A fast well-formedness check for bank XML: fast-xml-parser builds a tree from mismatched tags without
// complaint, and its own validator took three times as long as this check on a 20 MB statement.
import { isXmlChar } from '../../../../shared/xml'

// comments, CDATA, processing instructions, tags with quoted attributes, or a stray "<"
const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<(\/?)([A-Za-z_][\w.:-]*)(?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*\s*(\/?)>|</g

export type XmlProblem = { line: number; problem: string }

/** The first tag that does not nest properly, with its line number, or null for well-formed text. */
export function xmlNestingProblem(text: string): XmlProblem | null {
  const stack: string[] = []
  const at = (index: number, problem: string): XmlProblem => ({ line: text.slice(0, index).split('\n').length, problem })
  TOKEN.lastIndex = 0
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const name = m[2]
    if (name === undefined) {
      if (m[0] === '<') return at(m.index, 'a "<" that starts no well-formed tag')
    } else if (m[1] === '/') {
      const open = stack.pop()
      if (open !== name) return at(m.index, open === undefined ? `</${name}> closes no open element` : `</${name}> where </${open}> was expected`)
    } else if (m[3] !== '/') {
      stack.push(name)
    }
  }
  const open = stack[stack.length - 1]
  return open === undefined ? null : at(text.length, `<${open}> is never closed: the file is truncated`)
}

const CHAR_REF = /&#(?:x([0-9a-fA-F]+)|([0-9]+));/g

/** The first character reference (`&#x110000;`, `&#0;`) that names no XML character, with its line, or null. */
export function characterReferenceProblem(text: string): XmlProblem | null {
  CHAR_REF.lastIndex = 0
  for (let m = CHAR_REF.exec(text); m !== null; m = CHAR_REF.exec(text)) {
    const digits = (m[1] ?? m[2] ?? '').replace(/^0+(?=.)/, '')
    // more than 7 digits is out of range in either base, and would lose precision as a number
    const cp = digits.length > 7 ? Infinity : parseInt(digits, m[1] === undefined ? 10 : 16)
    if (!isXmlChar(cp)) return { line: text.slice(0, m.index).split('\n').length, problem: `character reference ${m[0]} names no XML character` }
  }
  return null
}
