// Letters: 1,000 one-page reminders into one print PDF through the product path (the letters worker:
// layout, embedded subset fonts, QR, odd-page starts) against bare pdfkit drawing the same text with the
// same fonts in the same run; and 1,000 letters archived one PDF each (with their SHA-256, stored in an
// encrypted administration) against bare pdfkit writing the same letters as separate documents.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { newDatabaseKey } from '../../src/main/db/key-store'
import { openMigratedDatabase } from '../../src/main/db/migrate'
import { letterFontFiles } from '../../src/main/domains/letters/render-options'
import { renderLetterJob } from '../../src/main/domains/letters/render-in-worker'
import { loadFonts, parseFontFile } from '../../src/main/domains/letters/layout/fonts'
import { layoutLetter } from '../../src/main/domains/letters/layout/layout-letter'
import type { Page } from '../../src/main/domains/letters/layout/display-list'
import { insertLetter, sha256 } from '../../src/main/domains/letters/letters.repo'
import { shippedTemplates } from '../../src/main/domains/letters/templates.repo'
import { composeLetter } from '../../src/shared/domains/letters/compose'
import type { LetterContent } from '../../src/shared/domains/letters/content'
import type { Creditor } from '../../src/shared/domains/letters/letter-data'
import { sampleDunning, sampleReference } from '../../src/shared/domains/letters/samples'
import { withWrite } from '../../src/main/db/connection'
import { customers } from '../../src/main/db/schema'
import { type BenchOptions, type Figure, figure, timed } from './figure'

type PdfDoc = {
  addPage(o: { size: string; margin: number }): PdfDoc
  registerFont(name: string, font: object): void
  font(name: string): PdfDoc
  fontSize(n: number): PdfDoc
  text(s: string, x: number, y: number, o: { lineBreak: boolean }): PdfDoc
  on(e: string, fn: (chunk?: Buffer) => void): void
  end(): void
}
const BUILT_MAIN = fileURLToPath(new URL('../../out/main', import.meta.url))
const PDFDocument = createRequire(import.meta.url)('pdfkit') as new (o: object) => PdfDoc

const CREDITOR: Creditor = { name: 'Bench Installatie B.V.', addressLine: 'Dorpsstraat 1', postalCode: '1234 AB', city: 'Amsterdam', country: 'NL', iban: 'NL91ABNA0417164300', bic: 'ABNANL2A', vatNumber: 'NL001234567B01', kboNumber: null, kvkNumber: '12345678', email: 'debiteuren@bench.example', phone: '020 123 45 67' }

/** `n` one-page reminders, each for its own debtor with its own payment reference (so its own QR code). */
function letters(n: number): LetterContent[] {
  const template = shippedTemplates().get('reminder/any.nl')
  if (!template) throw new Error('the shipped reminder template is missing')
  return Array.from({ length: n }, (_, i) => {
    const data = sampleDunning({ creditor: CREDITOR, regime: 'NL-b2b', templateKey: 'reminder', level: 2, legalNotice: false, language: 'nl', date: '2026-03-03', lines: 3, scheme: 'rf' })
    return composeLetter({ ...data, reference: sampleReference('rf', i + 1), debtor: { ...data.debtor, name: `Klant ${i} B.V.`, code: `K${i}` } }, template)
  })
}

/** The text of every page, where the layout put it: what bare pdfkit draws as the baseline. */
function textPages(contents: LetterContent[]): Page[][] {
  const fonts = loadFonts(letterFontFiles())
  return contents.map((c) => layoutLetter(c, fonts, null))
}

/**
 * The fonts parsed once with pdfkit's own fontkit, as the letters worker keeps them: neither side pays for
 * parsing inside the measured time (registered by path, pdfkit would parse them again for every document).
 */
let bareFonts: (readonly [string, object])[] | null = null

function bareDoc(): { doc: PdfDoc; done: Promise<Buffer> } {
  const doc = new PDFDocument({ autoFirstPage: false, compress: true })
  bareFonts ??= Object.entries(letterFontFiles()).map(([name, path]) => [name, parseFontFile(path)] as const)
  for (const [name, font] of bareFonts) doc.registerFont(name, font)
  const chunks: Buffer[] = []
  doc.on('data', (c) => chunks.push(c!))
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))
  return { doc, done }
}

function bareDraw(doc: PdfDoc, pages: Page[]): void {
  for (const page of pages) {
    doc.addPage({ size: 'A4', margin: 0 })
    for (const op of page.ops) if (op.op === 'text') doc.font(op.font).fontSize(op.size).text(op.text, op.x, op.y - op.size, { lineBreak: false })
  }
}

export async function run({ quick }: BenchOptions): Promise<Figure[]> {
  // the worker the desktop app runs (out/main), not tsx compiling its TypeScript inside the measured time
  if (!existsSync(join(BUILT_MAIN, 'letters-worker.js'))) throw new Error(`${BUILT_MAIN} has no letters-worker.js: run \`npm run build\` first`)
  const workerDir = process.env['DEBITO_WORKER_DIR']
  process.env['DEBITO_WORKER_DIR'] = BUILT_MAIN
  try {
    return await measure(quick)
  } finally {
    if (workerDir === undefined) delete process.env['DEBITO_WORKER_DIR']
    else process.env['DEBITO_WORKER_DIR'] = workerDir
  }
}

async function measure(quick: boolean): Promise<Figure[]> {
  const n = quick ? 100 : 1000
  const contents = letters(n)
  const laid = textPages(contents)
  if (laid.some((p) => p.length !== 1)) throw new Error('the bench letters must be one page each')
  const job = { fonts: letterFontFiles(), pdfA: true, author: CREDITOR.name, logo: null }

  // warm up both paths once (fonts read, code compiled)
  await renderLetterJob({ ...job, letters: contents.slice(0, 5).map((content) => ({ content, inBatch: true })), outputs: { each: false, batch: true, svg: false } })
  const warm = bareDoc()
  bareDraw(warm.doc, laid[0]!)
  warm.doc.end()
  await warm.done

  // the best of two rounds each, alternating, so a busy machine weighs on both sides alike
  let printed: { seconds: number; result: Awaited<ReturnType<typeof renderLetterJob>> } | null = null
  let bare = Infinity
  for (let round = 0; round < 2; round++) {
    const p = await timed(() => renderLetterJob({ ...job, letters: contents.map((content) => ({ content, inBatch: true })), outputs: { each: false, batch: true, svg: false } }))
    if (!printed || p.seconds < printed.seconds) printed = p
    const b = await timed(async () => {
      const { doc, done } = bareDoc()
      for (const pages of laid) bareDraw(doc, pages)
      doc.end()
      return done
    })
    bare = Math.min(bare, b.seconds)
  }
  const letterPages = printed!.result.letters.reduce((s, l) => s + l.pages, 0)

  const dir = mkdtempSync(join(tmpdir(), 'debito-bench-letters-'))
  const db = openMigratedDatabase(join(dir, 'bench.db'), { raw: newDatabaseKey() }, () => {}, { create: true })
  const customerIds = withWrite(db, (tx) => contents.map((_, i) => tx.insert(customers).values({ code: `K${i}`, name: `Klant ${i} B.V.`, debtorType: 'b2b', country: 'NL', language: 'nl' }).returning({ id: customers.id }).get().id))
  const archived = await timed(async () => {
    const result = await renderLetterJob({ ...job, letters: contents.map((content) => ({ content, inBatch: false })), outputs: { each: true, batch: false, svg: false } })
    withWrite(db, (tx) =>
      result.letters.forEach((l, i) =>
        insertLetter(tx, { kind: 'dunning', customerId: customerIds[i]!, templateKey: 'reminder', templateVersion: '1', language: 'nl', regime: 'NL-b2b', channel: 'letter', letterDate: '2026-03-03', reference: null, totalCents: null, pages: l.pages, pdf: l.pdf!, content: contents[i]! })
      )
    )
    return result.letters.length
  })
  // 100 separate bare documents give its rate
  const sample = laid.slice(0, 100)
  const bareEach = await timed(async () => {
    for (const pages of sample) {
      const { doc, done } = bareDoc()
      bareDraw(doc, pages)
      doc.end()
      sha256(new Uint8Array(await done))
    }
  })
  db.$client.close()
  rmSync(dir, { recursive: true, force: true })

  return [
    figure('letters.print_pages_per_s', letterPages / printed!.seconds, 'pages/s', n / bare),
    figure('letters.archived_per_s', archived.result / archived.seconds, 'letters/s', sample.length / bareEach.seconds)
  ]
}
