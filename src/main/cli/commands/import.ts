import { open, readFile, stat, writeFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { AppError } from '../../../shared/errors'
import { describeProblem } from '../../../shared/domains/imports/problems'
import { isPresetId, PRESET_IDS } from '../../../shared/domains/imports/presets'
import { rejectedRowsCsv } from '../../../shared/domains/imports/rejected-csv'
import { creditorDefaults } from '../../domains/imports/creditor-defaults'
import type { ImportSummary } from '../../domains/imports/import.service'
import { importFile, importXafFiles } from '../../domains/imports/import-stream'
import { getMapping, saveMapping } from '../../domains/imports/mappings.repo'
import { refreshScores } from '../../domains/risk/risk.service'
import type { PreviewOptions } from '../../../shared/domains/imports/options'
import { detectFormat, type ImportPreview } from '../../domains/imports/preview'
import { importJson } from '../../domains/imports/summary-json'
import { isIsoDate, localToday } from '../../../shared/dates'
import { centsToDecimal } from '../../../shared/money'
import { type CliCommand, type CliIo, requireString, UsageError } from '../command'

const MAX_LISTED = 20
const HEAD_BYTES = 4096

/** Files from this size show a progress line on a terminal. */
const PROGRESS_MIN_BYTES = 1_000_000

/** `onProgress` for a terminal: one line per whole percent, rewritten in place. */
export function progressLine(io: CliIo, label: string): ((done: number, total: number) => void) | undefined {
  const show = io.progress
  if (show === undefined) return undefined
  let shown = -1
  return (done, total) => {
    const pct = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 0
    if (pct === shown) return
    shown = pct
    show(`${label}: ${pct}% (${done.toLocaleString('en')} of ${total.toLocaleString('en')})`)
  }
}

const cannotRead = (file: string, err: unknown) => new AppError('io', `cannot read ${file}: ${(err as Error).message}`)

/** The start of a file, enough to tell its format without reading a large auditfile whole. */
async function readHead(file: string): Promise<Uint8Array> {
  try {
    const handle = await open(file, 'r')
    try {
      const { buffer, bytesRead } = await handle.read(new Uint8Array(HEAD_BYTES), 0, HEAD_BYTES, 0)
      return buffer.subarray(0, bytesRead)
    } finally {
      await handle.close()
    }
  } catch (err) {
    throw cannotRead(file, err)
  }
}

async function readWhole(file: string): Promise<Buffer> {
  try {
    return await readFile(file)
  } catch (err) {
    throw cannotRead(file, err)
  }
}

function listProblems(io: CliIo, preview: ImportPreview): void {
  const shown = preview.problems.slice(0, MAX_LISTED)
  for (const p of shown) io.err(`${p.severity === 'error' ? 'error' : 'warning'}: ${describeProblem(preview.fileName, p)}`)
  if (preview.problems.length > shown.length) io.err(`… and ${preview.problems.length - shown.length} more`)
}

function printXaf(io: CliIo, preview: ImportPreview, s: ImportSummary): void {
  const x = preview.xaf
  if (!x) return
  io.out(`${s.fileName}: XAF ${x.version}, ${x.startDate} to ${x.endDate}, ${preview.rowCount} ledger line(s); open items as of ${x.asOf}`)
  io.out(`receivable accounts: ${x.accounts.filter((a) => a.chosen).map((a) => `${a.id} ${a.description}`).join(', ')}`)
}

function printSummary(io: CliIo, preview: ImportPreview, s: ImportSummary): void {
  if (preview.format === 'xaf') printXaf(io, preview, s)
  else io.out(`${s.fileName}: ${preview.format}${preview.format === 'ubl' ? '' : `, preset ${preview.preset}`}, ${preview.rowCount} row(s)`)
  io.out(`customers: ${s.customers.created} new, ${s.customers.updated} updated`)
  const i = s.invoices
  io.out(`open items: ${i.created} new, ${i.updated} updated, ${i.unchanged} unchanged, ${i.reopened} reopened, ${i.archived} archived`)
  for (const c of s.amountChanges.slice(0, MAX_LISTED)) io.out(`  changed ${c.customerCode}/${c.number}: open ${c.openCents[0] / 100} → ${c.openCents[1] / 100}`)
  const kept = s.allocationConflicts
  if (kept.length > 0) io.out(`${kept.length} item(s) kept as the bank payments matched in Debito left them (the file does not know those payments yet):`)
  for (const c of kept.slice(0, MAX_LISTED))
    io.out(`  kept ${c.customerCode}/${c.number}: open ${centsToDecimal(c.keptOpenCents)} (file: ${centsToDecimal(c.fileOpenCents)}, bank payments allocated: ${centsToDecimal(c.allocatedCents)})`)
  if (s.missing > 0 && !s.full) io.out(`${s.missing} open item(s) of earlier imports are not in this file; import with --full to archive them as paid`)
  if (preview.format === 'xaf') {
    io.out(`open total: ${centsToDecimal(s.openTotalCents)}`)
    io.out(`payment history: ${s.paidHistory} invoice(s) settled with their date (${s.history.created} new, ${s.history.updated} updated, ${s.history.unchanged} unchanged); ${s.payments.created} payment(s) added`)
  }
  if (s.rejected.length > 0) io.out(`rejected: ${s.rejected.length} row(s)`)
  if (s.dryRun) io.out('dry run: nothing was written')
}

export const importCommand: CliCommand = {
  path: ['import'],
  summary:
    'Import open items or debtors from CSV, XLSX, a UBL e-invoice or an XML Auditfile Financieel (XAF 3.2/3.1: customers, open items and payment history; ' +
    'split files and consecutive fiscal years together); matches on customer code + invoice number and keeps local state. ' +
    'Archiving items missing from the file needs --full (off by default, so a partial or filtered export never marks the rest paid).',
  usage: '<file> [<more auditfiles>…] --admin <name> [--preset <p>] [--mapping <saved>] [--as-of <date>] [--accounts <ids>] [--term <days>] [--full] [--valid-rows] [--dry-run] [--json] [--rejected <out.csv>]',
  positionals: { min: 1, max: 50 },
  options: {
    admin: { type: 'string', description: 'the administration to import into' },
    preset: { type: 'string', description: `accounting package: ${PRESET_IDS.join(', ')} (default: detected)` },
    mapping: { type: 'string', description: 'use a saved custom mapping' },
    'save-mapping': { type: 'string', description: 'save the mapping used under this name' },
    full: { type: 'boolean', description: 'the file lists all open items: archive the ones missing from it as paid' },
    'valid-rows': { type: 'boolean', description: 'import the valid rows and skip (list) the rejected ones' },
    'dry-run': { type: 'boolean', description: 'show what would change, write nothing' },
    rejected: { type: 'string', description: 'write the rejected rows to this CSV file' },
    term: { type: 'string', description: 'payment term in days for items without a due date (default 30)' },
    'as-of': { type: 'string', description: 'auditfile: the open items as of this date (YYYY-MM-DD; default: the end of the last fiscal year)' },
    accounts: { type: 'string', description: 'auditfile: the receivable ledger accounts, comma-separated (default: proposed from the file)' },
    json: { type: 'boolean', description: 'print the summary as JSON' }
  },
  async run({ positionals, values }, ctx) {
    const file = positionals[0] ?? ''
    const adminRef = requireString({ positionals: [], values }, 'admin')
    const preset = values.preset
    if (preset !== undefined && (typeof preset !== 'string' || !isPresetId(preset))) throw new UsageError(`--preset must be one of ${PRESET_IDS.join(', ')}`)
    const term = values.term === undefined ? 30 : Number(values.term)
    if (!Number.isInteger(term) || term < 0 || term > 366) throw new UsageError('--term must be a number of days (0–366)')
    const asOf = values['as-of']
    if (asOf !== undefined && (typeof asOf !== 'string' || !isIsoDate(asOf))) throw new UsageError('--as-of must be a date as YYYY-MM-DD')
    const accounts = typeof values.accounts === 'string' ? values.accounts.split(',').map((a) => a.trim()).filter((a) => a !== '') : undefined
    const heads = await Promise.all(positionals.map(readHead))
    const xaf = heads.every((head, i) => detectFormat(head, basename(positionals[i] ?? '')) === 'xaf')
    if (!xaf && positionals.length > 1) throw new UsageError('only auditfiles (XAF) are imported several at once; import other files one by one')
    if (!xaf && (asOf !== undefined || accounts !== undefined)) throw new UsageError('--as-of and --accounts are for auditfiles (XAF)')
    const json = values.json === true
    const say = (line: string) => (json ? ctx.io.err(line) : ctx.io.out(line))
    const commit = { full: values.full === true, validRowsOnly: values['valid-rows'] === true, dryRun: values['dry-run'] === true, defaultTermDays: term }
    const size = (await Promise.all(positionals.map((p) => stat(p).then((s) => s.size, () => 0)))).reduce((a, b) => a + b, 0)
    const onProgress = size >= PROGRESS_MIN_BYTES ? progressLine(ctx.io, basename(file)) : undefined
    const hooks = {
      onRead: (p: ImportPreview) => {
        ctx.io.progress?.(null)
        listProblems(ctx.io, p)
      },
      ...(onProgress ? { onProgress } : {})
    }
    const admin = await ctx.openAdministration(adminRef)
    try {
      let options: PreviewOptions = { ...creditorDefaults(admin.db), ...(preset === undefined ? {} : { preset }) }
      if (typeof values.mapping === 'string') {
        const saved = getMapping(admin.db, values.mapping)
        options = { ...creditorDefaults(admin.db), ...saved.options, preset: saved.preset }
      }
      const xafOptions = { ...(asOf === undefined ? {} : { asOf }), ...(accounts === undefined ? {} : { accounts }) }
      const { summary, preview } = xaf
        ? await importXafFiles(admin.db, positionals.map((p) => ({ fileName: basename(p), path: p })), { ...options, xaf: xafOptions }, commit, hooks)
        : await importFile(admin.db, { bytes: await readWhole(file), fileName: basename(file) }, options, commit, hooks)
      ctx.io.progress?.(null)
      if (json) ctx.io.out(JSON.stringify(importJson(preview, summary)))
      else printSummary(ctx.io, preview, summary)
      if (!summary.dryRun) say(`risk scores recomputed for ${await refreshScores(admin.db, localToday())} customer(s)`)
      if (typeof values.rejected === 'string' && summary.rejected.length > 0) {
        await writeFile(values.rejected, rejectedRowsCsv(preview.headers, summary.rejected))
        say(`rejected rows written to ${values.rejected}`)
      }
      if (typeof values['save-mapping'] === 'string' && !summary.dryRun && preview.format !== 'ubl' && preview.format !== 'xaf') {
        saveMapping(admin.db, { name: values['save-mapping'], preset: preview.preset, options: { mapping: preview.mapping, target: preview.target } })
        say(`mapping saved as "${values['save-mapping']}"`)
      }
    } finally {
      ctx.io.progress?.(null)
      admin.close()
    }
  }
}
