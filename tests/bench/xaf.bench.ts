// `npm run bench -- xaf`: a generated 100 MB XML Auditfile Financieel as a trading company's books
// look (2,000 customers and 300 suppliers; sales over several revenue lines with VAT, purchases,
// receipts and supplier payments, wages) imported into an encrypted administration through the desktop app's path (the
// built import worker streams the file from disk, main writes), against a bare saxes pass over the
// same file in the same run. The import runs in a child process so its peak RSS (maxRSS, worker
// included) is its own.
import { execFileSync } from 'node:child_process'
import { closeSync, existsSync, mkdtempSync, openSync, readSync, rmSync, statSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { SaxesParser } from 'saxes'
import { newDatabaseKey } from '../../src/main/db/key-store'
import { openMigratedDatabase } from '../../src/main/db/migrate'
import { importXafFiles } from '../../src/main/domains/imports/import-stream'
import { CHUNK_BYTES } from '../../src/main/domains/imports/xaf/source'
import { creditNote, receipt, sale } from '../main/imports/xaf/scenario'
import { journalOpen, transactionXml, type XafPartySpec, type XafTxSpec, xafFrame } from '../helpers/xaf'
import { type BenchOptions, type Figure, figure, timed } from './figure'

const CHILD_ENV = 'DEBITO_XAF_BENCH_FILE'
const CUSTOMERS = 2_000
const SUPPLIERS = 300
const MB = 1024 * 1024

const pad = (n: number, w = 2) => String(n).padStart(w, '0')
const dayOf = (n: number) => {
  const d = new Date(Date.UTC(2024, 0, 1 + (n % 366)))
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}
const customer = (i: number) => `D${pad(i % CUSTOMERS, 5)}`
const supplier = (i: number) => `S${pad(i % SUPPLIERS, 4)}`
const net = (i: number) => 100_00 + ((i * 7_919) % 900_00)
const gross = (i: number) => net(i) + Math.round(net(i) * 0.21)

/**
 * A sales invoice over one to three revenue lines (each with its VAT element and cost centre), a
 * credit note now and then.
 */
function salesOf(i: number): XafTxSpec[] {
  const inv = `F${pad(i, 7)}`
  const date = dayOf(i)
  const parts = 1 + (i % 3)
  const base = sale(`V${i}`, date, customer(i), inv, net(i))
  const revenue = base.lines[1] as XafTxSpec['lines'][number]
  const split = Array.from({ length: parts }, (_, k) => ({ ...revenue, cents: Math.trunc(revenue.cents / parts) + (k === 0 ? revenue.cents % parts : 0), acc: `80${pad(k)}`, desc: `Omzet groep ${k}`, costID: `KP${i % 12}`, projID: `P${i % 300}` }))
  const own = { ...base, lines: [base.lines[0], ...split, base.lines[2]] as XafTxSpec['lines'] }
  return i % 25 === 24 ? [own, creditNote(`V${i}c`, dayOf(i + 3), customer(i), `${inv}c`, 10_00, inv)] : [own]
}

/** Most invoices are paid, one in ten in two parts, three in ten not (yet). */
function receiptsOf(i: number): XafTxSpec[] {
  const due = gross(i) - (i % 25 === 24 ? 12_10 : 0)
  const inv = `F${pad(i, 7)}`
  if (i % 10 >= 7) return []
  if (i % 10 === 6) return [receipt(`B${i}a`, dayOf(i + 20), customer(i), Math.trunc(due / 2), { inv }), receipt(`B${i}b`, dayOf(i + 45), customer(i), due - Math.trunc(due / 2), { inv })]
  return [receipt(`B${i}`, dayOf(i + 30), customer(i), due, { inv })]
}

/** A purchase invoice over two cost lines, and its payment four times in five. */
function purchasesOf(i: number): XafTxSpec[] {
  const inv = `I${pad(i, 7)}`
  const date = dayOf(i + 1)
  const cost = 50_00 + ((i * 3_571) % 400_00)
  const vat = Math.round(cost * 0.21)
  const half = Math.trunc(cost / 2)
  const buy: XafTxSpec = {
    nr: `I${i}`,
    date,
    desc: `Inkoop ${inv}`,
    lines: [
      { acc: '1600', cents: -(cost + vat), doc: inv, date, cust: supplier(i), inv, desc: `Inkoop ${inv}` },
      { acc: '7000', cents: half, doc: inv, date, vat: true, costID: `KP${i % 12}` },
      { acc: '7100', cents: cost - half, doc: inv, date, vat: true, costID: `KP${i % 12}` },
      { acc: '1510', cents: vat, doc: inv, date }
    ]
  }
  if (i % 5 === 4) return [buy]
  const paid = dayOf(i + 25)
  return [buy, { nr: `U${i}`, date: paid, desc: 'Betaling', lines: [{ acc: '1600', cents: cost + vat, doc: `BNK-${paid}`, date: paid, cust: supplier(i), inv }, { acc: '1100', cents: -(cost + vat), doc: `BNK-${paid}`, date: paid }] }]
}

/** Wages every fiftieth unit: ten lines without relations. */
function memorialOf(i: number): XafTxSpec[] {
  if (i % 50 !== 0) return []
  const date = dayOf(i)
  const lines = Array.from({ length: 9 }, (_, k) => ({ acc: `40${pad(k)}`, cents: 1_000_00 + k, doc: `SAL-${i}`, date, desc: `Loon medewerker ${k}` }))
  return [{ nr: `M${i}`, date, desc: 'Salarissen', lines: [...lines, { acc: '1100', cents: -lines.reduce((a, l) => a + l.cents, 0), doc: `SAL-${i}`, date }] }]
}

const JOURNALS = [
  { id: 'V', desc: 'Verkoopboek', type: 'S', of: salesOf },
  { id: 'I', desc: 'Inkoopboek', type: 'P', of: purchasesOf },
  { id: 'B', desc: 'Bank', type: 'B', of: receiptsOf },
  { id: 'M', desc: 'Memoriaal', type: 'M', of: memorialOf }
] as const
const unitOf = (i: number) => JOURNALS.flatMap((j) => j.of(i))

const PARTIES: XafPartySpec[] = [
  ...Array.from({ length: CUSTOMERS }, (_, i): XafPartySpec => ({
    id: customer(i),
    name: `Debiteur ${i} B.V.`,
    type: i % 40 === 0 ? 'B' : 'C',
    email: `debiteur${i}@example.nl`,
    vat: `NL${pad(i, 9)}B01`,
    country: 'NL',
    street: 'Hoofdstraat',
    number: String(1 + (i % 200)),
    city: 'Utrecht',
    postalCode: `35${pad(i % 100)}AB`,
    creditLimit: '2500.00'
  })),
  ...Array.from({ length: SUPPLIERS }, (_, i): XafPartySpec => ({ id: supplier(i), name: `Leverancier ${i}`, type: 'S', country: 'NL', vat: `NL8${pad(i, 8)}B01` }))
]

const SPEC = {
  fiscalYear: '2024',
  start: '2024-01-01',
  end: '2024-12-31',
  parties: PARTIES,
  accounts: [
    ['1100', 'Bank', 'B'],
    ['1300', 'Debiteuren', 'B'],
    ['1500', 'Af te dragen btw', 'B'],
    ['1510', 'Voorbelasting', 'B'],
    ['1600', 'Crediteuren', 'B'],
    ['7000', 'Inkoop materiaal', 'P'],
    ['7100', 'Inkoop diensten', 'P'],
    ...Array.from({ length: 9 }, (_, k) => [`40${pad(k)}`, `Lonen ${k}`, 'P']),
    ...Array.from({ length: 3 }, (_, k) => [`80${pad(k)}`, `Omzet groep ${k}`, 'P'])
  ].map(([id, desc, type]) => ({ id: id as string, desc: desc as string, type: type as string }))
}

/** Writes an auditfile of about `bytes`, streaming: the totals are counted in a first pass without text. */
export function writeAuditfile(path: string, bytes: number): number {
  const perUnit = Array.from({ length: 200 }, (_, i) => unitOf(i).map(transactionXml).join('').length).reduce((a, b) => a + b, 0) / 200
  const units = Math.floor(bytes / perUnit)
  const cents: number[] = []
  for (let i = 0; i < units; i++) for (const t of unitOf(i)) for (const l of t.lines) cents.push(l.cents)
  const { head, tail } = xafFrame(SPEC, cents)
  const fd = openSync(path, 'w')
  let buffer = head
  const flush = (force = false) => {
    if (!force && buffer.length < MB) return
    writeSync(fd, buffer)
    buffer = ''
  }
  for (const journal of JOURNALS) {
    buffer += journalOpen(journal)
    for (let i = 0; i < units; i++) {
      for (const t of journal.of(i)) buffer += transactionXml(t)
      flush()
    }
    buffer += '</journal>\n'
  }
  buffer += tail
  flush(true)
  closeSync(fd)
  return units
}

/**
 * The bare library doing the same reading: one saxes pass over the file, decoded in the same chunks
 * as the import reads (CHUNK_BYTES), delivering every start tag, text and end tag to handlers that do nothing with them.
 */
function bareSaxes(path: string): number {
  const start = process.hrtime.bigint()
  const parser = new SaxesParser({ position: true })
  let events = 0
  const count = () => void events++
  parser.on('opentag', count)
  parser.on('text', count)
  parser.on('closetag', count)
  const decoder = new TextDecoder('utf-8')
  const fd = openSync(path, 'r')
  const chunk = Buffer.allocUnsafe(CHUNK_BYTES)
  for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) parser.write(decoder.decode(chunk.subarray(0, n), { stream: true }))
  closeSync(fd)
  parser.close()
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  if (events === 0) throw new Error('the bare pass saw no elements')
  return statSync(path).size / MB / seconds
}

/** Child process: the real import of the file; prints seconds, items and peak RSS as JSON. */
async function childImport(file: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'debito-bench-xaf-child-'))
  try {
    const db = openMigratedDatabase(join(dir, 'bench.db'), { raw: newDatabaseKey() }, () => {}, { create: true })
    const { seconds, result } = await timed(() => importXafFiles(db, [{ fileName: 'auditfile.xaf', path: file }], {}, { today: '2025-02-01' }))
    db.$client.close()
    const { summary } = result
    console.log(JSON.stringify({ seconds, items: summary.invoices.created + summary.history.created, paid: summary.paidHistory, peakRssMb: process.resourceUsage().maxRSS / 1024 }))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const BUILT_MAIN = fileURLToPath(new URL('../../out/main', import.meta.url))

function importInChild(file: string): { seconds: number; items: number; paid: number; peakRssMb: number } {
  if (!existsSync(join(BUILT_MAIN, 'import-worker.js'))) throw new Error(`${BUILT_MAIN} has no import-worker.js: run \`npm run build\` first`)
  const env = { ...process.env, [CHILD_ENV]: file, DEBITO_WORKER_DIR: BUILT_MAIN }
  const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], { env, encoding: 'utf8' })
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as { seconds: number; items: number; paid: number; peakRssMb: number }
}

export async function run(opts: BenchOptions): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'debito-bench-xaf-'))
  try {
    const file = join(dir, 'auditfile.xaf')
    const units = writeAuditfile(file, (opts.quick ? 20 : 100) * MB)
    const size = statSync(file).size / MB
    // best of alternating runs: on a shared machine one slow moment should not decide the ratio
    let best = { seconds: Infinity, peakRssMb: 0 }
    let bare = 0
    for (let round = 0; round < (opts.quick ? 1 : 3); round++) {
      bare = Math.max(bare, bareSaxes(file))
      const child = importInChild(file)
      if (child.items < units) throw new Error(`the import wrote ${child.items} items for ${units} invoices`)
      best = { seconds: Math.min(best.seconds, child.seconds), peakRssMb: Math.max(best.peakRssMb, child.peakRssMb) }
    }
    return [figure('import.xaf_mb_per_s', size / best.seconds, 'MB/s', bare), figure('import.xaf_peak_rss_mb', best.peakRssMb, 'MB', null)]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const childFile = process.env[CHILD_ENV]
if (childFile) await childImport(childFile)
