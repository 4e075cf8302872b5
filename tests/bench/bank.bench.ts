// Bank-file parsing: a synthetic ~20 MB CAMT.053 against the bare fast-xml-parser parse of the same text,
// and the MT940 fixture set against mt940js (the test oracle) in the same run.
import { renderBankWarning } from '../../src/shared/domains/payments/warnings/render'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { XMLParser } from 'fast-xml-parser'
import { CAMT_PARSER_OPTIONS } from '../../src/main/domains/payments/parsers/camt053'
import { parseBankFile } from '../../src/main/domains/payments/parsers/parse-bank-file'
import { type BenchOptions, type Figure, figure, timed } from './figure'

type Mt940js = { Parser: new () => { parse(text: string): unknown[] } }
const mt940js = createRequire(import.meta.url)('mt940js') as Mt940js

const MT940_DIR = resolve(import.meta.dirname, '../../../shared/fixtures/mt940')

/** One credit entry, pretty-printed like the real Belgian sample (about 1.8 kB per entry, as there). */
function entry(i: number): string {
  const euros = 10 + (i % 9000)
  const amount = `${euros}.${String(i % 100).padStart(2, '0')}`
  const xml = `<Ntry><Amt Ccy="EUR">${amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
<BookgDt><Dt>2026-01-05</Dt></BookgDt><ValDt><Dt>2026-01-05</Dt></ValDt><AcctSvcrRef>BENCH-${i}</AcctSvcrRef>
<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
<NtryDtls><TxDtls><Refs><InstrId>NOTPROVIDED</InstrId><EndToEndId>E2E-${i}</EndToEndId><TxId>${i}</TxId></Refs>
<AmtDtls><TxAmt><Amt Ccy="EUR">${amount}</Amt></TxAmt></AmtDtls>
<RltdPties><Dbtr><Nm>Klant ${i} B.V.</Nm><PstlAdr><Ctry>NL</Ctry><AdrLine>Kerkstraat ${i}</AdrLine></PstlAdr></Dbtr>
<DbtrAcct><Id><IBAN>NL91ABNA0417164300</IBAN></Id></DbtrAcct><Cdtr><Nm>Debito Demo BV</Nm></Cdtr>
<CdtrAcct><Id><IBAN>NL20INGB0001234567</IBAN></Id></CdtrAcct></RltdPties>
<RltdAgts><DbtrAgt><FinInstnId><BIC>ABNANL2A</BIC><Nm>ABN AMRO Bank</Nm></FinInstnId></DbtrAgt>
<CdtrAgt><FinInstnId><BIC>INGBNL2A</BIC><Nm>ING Bank</Nm></FinInstnId></CdtrAgt></RltdAgts>
<RmtInf><Ustrd>Factuur 2026-${String(i).padStart(6, '0')} dank u wel</Ustrd></RmtInf>
</TxDtls></NtryDtls></Ntry>`
  return indent(xml)
}

/** Puts every element on its own line, indented two spaces per level, as bank exports do. */
function indent(xml: string): string {
  const tokens = xml.replace(/\n/g, '').match(/<[^>]+>|[^<]+/g) ?? []
  const lines: string[] = []
  let depth = 3
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string
    const pad = '  '.repeat(depth)
    if (t.startsWith('</')) {
      depth--
      lines.push('  '.repeat(depth) + t)
    } else if (!(tokens[i + 1] ?? '').startsWith('<')) {
      // a leaf: <Tag>text</Tag> on one line
      lines.push(pad + t + (tokens[i + 1] ?? '') + (tokens[i + 2] ?? ''))
      i += 2
    } else {
      lines.push(pad + t)
      depth++
    }
  }
  return `${lines.join('\n')}\n`
}

/** A single-statement camt.053.001.02 of about `megabytes` MB whose balances reconcile. */
export function syntheticCamt(megabytes: number): string {
  const parts: string[] = []
  let size = 0
  let total = 0
  for (let i = 0; size < megabytes * 1_000_000; i++) {
    const e = entry(i)
    parts.push(e)
    size += e.length
    total += (10 + (i % 9000)) * 100 + (i % 100)
  }
  const amount = (c: number) => `${Math.trunc(c / 100)}.${String(c % 100).padStart(2, '0')}`
  const bal = (code: string, c: number) =>
    `<Bal><Tp><CdOrPrtry><Cd>${code}</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">${amount(c)}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-01-05</Dt></Dt></Bal>\n`
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><GrpHdr><MsgId>BENCH</MsgId><CreDtTm>2026-01-06T08:00:00</CreDtTm></GrpHdr>
<Stmt><Id>BENCH-1</Id><Acct><Id><IBAN>NL20INGB0001234567</IBAN></Id><Ccy>EUR</Ccy></Acct>
${bal('OPBD', 0)}${bal('CLBD', total)}${parts.join('')}</Stmt></BkToCstmrStmt></Document>
`
}

async function camtFigures(quick: boolean): Promise<Figure[]> {
  // warm both paths up first, so neither pays for JIT compilation in its timed run
  const warm = syntheticCamt(0.5)
  parseBankFile(new TextEncoder().encode(warm), 'warm.xml')
  new XMLParser(CAMT_PARSER_OPTIONS).parse(warm)
  const bytes = new TextEncoder().encode(syntheticCamt(quick ? 2 : 20))
  const mb = bytes.length / 1_000_000
  const ours = await timed(() => parseBankFile(bytes, 'bench.xml'))
  if (ours.result.warnings.length > 0) throw new Error(`bench file did not reconcile: ${ours.result.warnings.map((w) => renderBankWarning(w, 'en')).join('; ')}`)
  const bare = await timed(() => new XMLParser(CAMT_PARSER_OPTIONS).parse(new TextDecoder().decode(bytes)))
  return [
    figure(quick ? 'bank.camt053_2mb_parse_s' : 'bank.camt053_20mb_parse_s', ours.seconds, 's', bare.seconds),
    figure('bank.camt053_file_mb', mb, 'MB', null),
    figure('bank.camt053_entries', ours.result.statements[0]?.entries.length ?? 0, 'entries', null)
  ]
}

async function mt940Figures(quick: boolean): Promise<Figure[]> {
  if (!existsSync(MT940_DIR)) return []
  const files = readdirSync(MT940_DIR)
    .filter((f) => !f.endsWith('.json'))
    .map((f) => ({ name: f, bytes: readFileSync(join(MT940_DIR, f)) }))
  const texts = files.map((f) => ({ name: f.name, text: new TextDecoder('latin1').decode(f.bytes) }))
  const rounds = quick ? 20 : 200
  const oursFailed = new Set<string>()
  const theirsFailed = new Set<string>()
  const ours = await timed(() => {
    for (let r = 0; r < rounds; r++) {
      for (const f of files) {
        try {
          parseBankFile(f.bytes, f.name)
        } catch {
          oursFailed.add(f.name)
        }
      }
    }
  })
  const theirs = await timed(() => {
    for (let r = 0; r < rounds; r++) {
      for (const f of texts) {
        try {
          new mt940js.Parser().parse(f.text)
        } catch {
          theirsFailed.add(f.name)
        }
      }
    }
  })
  // which files each side refuses; ours refuses only the deliberately broken sample
  console.error(`mt940js fails on ${theirsFailed.size} of ${files.length} files: ${[...theirsFailed].sort().join(', ')}`)
  console.error(`Debito refuses ${oursFailed.size}: ${[...oursFailed].join(', ')}`)
  return [
    figure('bank.mt940_fixture_set_ms_per_round', (ours.seconds * 1000) / rounds, 'ms', (theirs.seconds * 1000) / rounds),
    figure('bank.mt940_files_refused', oursFailed.size, 'files', theirsFailed.size)
  ]
}

export async function run(opts: BenchOptions): Promise<Figure[]> {
  return [...(await camtFigures(opts.quick)), ...(await mt940Figures(opts.quick))]
}
