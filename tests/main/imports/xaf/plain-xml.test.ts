// The plain scanner reads transactions past saxes (xml-records.ts, plain-xml.ts). Whatever the file
// holds and however its text is cut into chunks, the pass must hand over the very records, values,
// lines and errors that saxes alone gives: anything that is not plain XML is left to saxes.
import { describe, expect, it } from 'vitest'
import { createXmlPass, PLAIN_MAX_CHARS, type XmlRecord, XmlStop } from '../../../../src/main/domains/imports/xaf/xml-records'
import { emptyEvents, NEED_MORE, NOT_PLAIN, scanPlainElement } from '../../../../src/main/domains/imports/xaf/plain-xml'
import { xafXml } from '../../../helpers/xaf'
import { year2024 } from './scenario'

type Trace = { records: (string | number | null)[][]; lines: (string | number | null)[][] }

/**
 * Every record handed over (with its line and values) and the error if any; apart from them, the line
 * after each write (records may come later with the scanner, which waits for a whole transaction).
 */
function trace(xml: string, chunk: number, plain: boolean): Trace {
  const records: Trace['records'] = []
  const lines: Trace['lines'] = []
  const snap = (what: string, r: XmlRecord) => records.push([what, r.name, r.line, ...r.values.map((v) => v ?? null)])
  const pass = createXmlPass({ root: (name, ns) => void records.push(['root', name, ns]), open: (r) => snap('open', r), close: (r) => snap('close', r) }, { plain })
  try {
    for (let at = 0; at < xml.length; at += chunk) {
      pass.write(xml.slice(at, at + chunk))
      lines.push(['line', pass.line])
      // where the text written so far ends with a transaction, both say so (the cut of parallel-read.ts)
      if (xml.slice(0, at + chunk).endsWith('</transaction>')) lines.push(['cut', pass.cutAfterEndTag()])
    }
    pass.end()
    records.push(['end'])
  } catch (err) {
    if (!(err instanceof XmlStop)) throw err
    records.push(['stop', err.message, err.line, err.path, err.code])
  }
  return { records, lines }
}

const base = xafXml(year2024())
const firstLine = base.indexOf('<trLine>', base.indexOf('<transaction>'))
/** the base file with its first transaction line's text changed by `edit` */
const inLine = (edit: (line: string) => string) => {
  const end = base.indexOf('</trLine>', firstLine) + '</trLine>'.length
  return base.slice(0, firstLine) + edit(base.slice(firstLine, end)) + base.slice(end)
}

const VARIANTS: Record<string, string> = {
  'the file as exported': base,
  'Windows line ends': base.replaceAll('\n', '\r\n'),
  'old Mac line ends': base.replaceAll('\n', '\r'),
  'references in a description': inLine((l) => l.replace(/<desc>[^<]*<\/desc>/, '<desc>Caf&#233; &amp; &lt;zo&gt; &#x1F600; &quot;x&apos;</desc>')),
  'an emoji as it is': inLine((l) => l.replace(/<desc>[^<]*<\/desc>/, '<desc>Taart 🎂 levering</desc>')),
  'a line break inside a value': inLine((l) => l.replace(/<desc>[^<]*<\/desc>/, '<desc>regel een\r\nregel twee\rdrie</desc>')),
  'an empty element': inLine((l) => l.replace(/<desc>[^<]*<\/desc>/, '<desc/>')),
  'an empty element with a space': inLine((l) => l.replace(/<desc>[^<]*<\/desc>/, '<desc />')),
  'a space in a start tag': inLine((l) => l.replace('<amnt>', '<amnt >')),
  'a value of white space only': inLine((l) => l.replace(/<desc>[^<]*<\/desc>/, '<desc> \r\n\t</desc>')),
  'an element inside a value': inLine((l) => l.replace(/<desc>[^<]*<\/desc>/, '<desc>a<b>x</b>c</desc>')),
  'white space around values': inLine((l) => l.replace(/<amnt>([^<]*)<\/amnt>/, '<amnt>\n\t $1 \n</amnt>')),
  'a comment': inLine((l) => l.replace('<amnt>', '<!-- bedrag --><amnt>')),
  'CDATA': inLine((l) => l.replace(/<desc>[^<]*<\/desc>/, '<desc><![CDATA[a < b & c]]></desc>')),
  'an attribute': inLine((l) => l.replace('<trLine>', '<trLine id="1">')),
  'a space in an end tag': inLine((l) => l.replace('</nr>', '</nr >')),
  'a processing instruction': inLine((l) => l.replace('<amnt>', '<?pi x?><amnt>')),
  'a name outside ASCII': inLine((l) => l.replace(/<desc>([^<]*)<\/desc>/, '<omschrijvïng>$1</omschrijvïng>')),
  'an unknown entity': inLine((l) => l.replace(/<desc>[^<]*<\/desc>/, '<desc>a&nbsp;b</desc>')),
  'a reference to a disallowed character': inLine((l) => l.replace(/<desc>[^<]*<\/desc>/, '<desc>a&#1;b</desc>')),
  'a bare ampersand': inLine((l) => l.replace(/<desc>[^<]*<\/desc>/, '<desc>Jansen & Zn</desc>')),
  'a control character': inLine((l) => l.replace(/<desc>[^<]*<\/desc>/, '<desc>a\u0001b</desc>')),
  'U+FFFE': inLine((l) => l.replace(/<desc>[^<]*<\/desc>/, '<desc>a\uFFFEb</desc>')),
  'an unpaired surrogate': inLine((l) => l.replace(/<desc>[^<]*<\/desc>/, '<desc>a\uD83Db</desc>')),
  ']]> in text': inLine((l) => l.replace(/<desc>[^<]*<\/desc>/, '<desc>a]]>b</desc>')),
  'a mismatched end tag': inLine((l) => l.replace('</amnt>', '</amount>')),
  'a missing end tag': inLine((l) => l.replace('</amnt>', '')),
  'a prefixed element': inLine((l) => l.replace(/<desc>([^<]*)<\/desc>/, '<x:desc>$1</x:desc>')),
  'cut off in a transaction': base.slice(0, base.indexOf('</trLine>', firstLine) + 3),
  'cut off between transactions': base.slice(0, base.indexOf('</transaction>') + '</transaction>'.length + 1),
  'an unbalanced transaction': inLine((l) => l.replace(/<amnt>[^<]*<\/amnt>/, '<amnt>1.00</amnt>')),
  'a transaction with an attribute': base.replace('<transaction>', '<transaction nr="1">')
}

describe('the plain scanner reads what saxes reads, the same way', () => {
  for (const [name, xml] of Object.entries(VARIANTS))
    it(`${name}: records, values, lines and errors as saxes alone gives them, whatever the chunks`, () => {
      const alone = trace(xml, 1 << 16, false)
      for (const chunk of [1, 7, 100, 4096, 1 << 16]) {
        const [saxes, scanned] = [chunk === 1 << 16 ? alone : trace(xml, chunk, false), trace(xml, chunk, true)]
        expect(scanned.records, `chunks of ${chunk}`).toEqual(saxes.records)
        // an error in a transaction shows once the transaction is whole (or the file ends): the lines up to then agree
        const read = Math.min(saxes.lines.length, scanned.lines.length)
        expect(scanned.lines.slice(0, read), `chunks of ${chunk}`).toEqual(saxes.lines.slice(0, read))
        if (saxes.records.at(-1)?.[0] === 'end') expect(scanned.lines).toEqual(saxes.lines)
      }
      // the variant does reach the records: it is not a file refused before its transactions
      expect(alone.records.some((e) => e[0] === 'open' && e[1] === 'trLine')).toBe(true)
    })
})

describe('a transaction longer than the scanner takes', () => {
  it('is left to saxes once it outgrows the limit, and read the same way', () => {
    const lines = Array.from({ length: 12_000 }, (_, i) => `<trLine><nr>${i + 1}</nr><accID>8000</accID><amnt>1.00</amnt><amntTp>${i % 2 ? 'C' : 'D'}</amntTp><desc>Regel ${i}</desc></trLine>\n`).join('')
    const start = base.indexOf('<transaction>')
    const xml = `${base.slice(0, start)}<transaction><nr>BIG</nr><trDt>2024-01-02</trDt>\n${lines}</transaction>\n${base.slice(start)}`
    expect(lines.length).toBeGreaterThan(PLAIN_MAX_CHARS)
    for (const chunk of [4096, 1 << 16]) expect(trace(xml, chunk, true), `chunks of ${chunk}`).toEqual(trace(xml, chunk, false))
  })
})

describe('scanPlainElement', () => {
  const scan = (s: string) => {
    const ev = emptyEvents()
    return { end: scanPlainElement(s, 0, 1, ev), ev }
  }

  it('reads one whole element into events, text by position unless it needed decoding, white space left out', () => {
    const s = '<t><a>x &amp; y</a><b/>\n<c>z</c></t>rest'
    const { end, ev } = scan(s)
    expect(end).toBe(s.indexOf('rest'))
    // <t> <a> text </a> <b/> as open and close, <c> text </c> </t>: the line break between them is no event
    expect(ev.count).toBe(10)
    expect(ev.values.slice(0, ev.count)).toEqual(['t', 'a', 'x & y', null, 'b', null, 'c', null, null, null])
    expect(s.slice(ev.starts[7], ev.ends[7])).toBe('z')
    expect(ev.lines[6]).toBe(2)
    expect(ev.newlines).toBe(1)
  })

  it('asks for more text when the element is not complete, and says what is not plain', () => {
    expect(scan('<t><a>x</a').end).toBe(NEED_MORE)
    expect(scan('<t><a>x</a></t').end).toBe(NEED_MORE)
    expect(scan('<t a="1"></t>').end).toBe(NOT_PLAIN)
    expect(scan('<t><a>x</b></t>').end).toBe(NOT_PLAIN)
    expect(scan('<t><!-- c --></t>').end).toBe(NOT_PLAIN)
    expect(scan('<t>&#0;</t>').end).toBe(NOT_PLAIN)
  })
})
