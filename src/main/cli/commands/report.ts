// `report aging|kpi|open-items|dunning-history --admin A --as-of D [--xlsx f | --csv f | --pdf f | --json]`:
// the same reports as the screens, printed, as JSON for other tools, or written as a file.
import { resolve } from 'node:path'
import { addDays, addMonths, isIsoDate, localToday } from '../../../shared/dates'
import { type Language, LANGUAGES } from '../../../shared/domains/parties'
import { AGING_BASES, type AgingBasis, parseAgingBounds } from '../../../shared/domains/reports/aging'
import type { ExportFormat } from '../../../shared/domains/reports/document'
import { moneyText } from '../../../shared/domains/reports/formats'
import { LIST_COLUMNS, type ReportList } from '../../../shared/domains/reports/tables'
import type { AppDb } from '../../db/connection'
import { agingReport } from '../../domains/reports/aging.queries'
import { agingSettings } from '../../domains/reports/aging-settings'
import { exportReport, exportToFile } from '../../domains/reports/export.service'
import type { ExportSpec } from '../../domains/reports/export-documents'
import { kpiReport, kpiTrend } from '../../domains/reports/kpi.queries'
import { listSource } from '../../domains/reports/lists'
import { type CliCommand, type CliIo, type ParsedArgs, requireString, UsageError } from '../command'

type Kind = 'aging' | 'kpi' | ReportList

const OUTPUTS = ['xlsx', 'csv', 'pdf'] as const

const COMMON = {
  admin: { type: 'string', description: 'the administration (name or id)' },
  'as-of': { type: 'string', description: 'the day of the report, YYYY-MM-DD (default: today); past days are recomputed from the payment history' },
  xlsx: { type: 'string', description: 'write an Excel file here' },
  csv: { type: 'string', description: 'write a CSV file (; and UTF-8 with BOM) here' },
  json: { type: 'boolean', description: 'print JSON for other tools' },
  language: { type: 'string', description: `language of the file's texts: ${LANGUAGES.join(', ')} (default nl)` }
} as const

type Choices = { asOf: string; output: { format: ExportFormat; path: string } | 'json' | 'text'; language: Language }

function choices(args: ParsedArgs, formats: readonly ExportFormat[], cwd: string): Choices {
  const asOf = typeof args.values['as-of'] === 'string' ? args.values['as-of'] : localToday()
  if (!isIsoDate(asOf)) throw new UsageError('--as-of must be a date YYYY-MM-DD')
  const language = (args.values.language ?? 'nl') as Language
  if (!LANGUAGES.includes(language)) throw new UsageError(`--language must be one of ${LANGUAGES.join(', ')}`)
  const files = OUTPUTS.filter((f) => formats.includes(f) && typeof args.values[f] === 'string')
  if (files.length + (args.values.json ? 1 : 0) > 1) throw new UsageError(`choose one of ${formats.map((f) => `--${f}`).join(', ')} or --json`)
  const file = files[0]
  const output = file ? { format: file, path: resolve(cwd, String(args.values[file])) } : args.values.json ? 'json' : 'text'
  return { asOf, output, language }
}

async function writeFile(db: AppDb, io: CliIo, spec: ExportSpec, c: Choices & { output: { format: ExportFormat; path: string } }): Promise<void> {
  const rows = await exportToFile(c.output.path, (out) => exportReport(db, spec, c.output.format, c.language, out))
  io.out(`wrote ${c.output.path} (${rows} row(s))`)
}

function agingOptions(args: ParsedArgs, db: AppDb): { basis: AgingBasis; bounds: number[] } {
  const setting = agingSettings(db)
  const basis = (args.values.basis ?? setting.basis) as AgingBasis
  if (!AGING_BASES.includes(basis)) throw new UsageError('--basis must be due or invoice')
  const buckets = args.values.buckets
  return { basis, bounds: typeof buckets === 'string' ? parseAgingBounds(buckets) : setting.bounds }
}

async function runAging(args: ParsedArgs, db: AppDb, io: CliIo, cwd: string): Promise<void> {
  const c = choices(args, ['xlsx', 'csv', 'pdf'], cwd)
  const opts = agingOptions(args, db)
  if (typeof c.output === 'object') return writeFile(db, io, { report: 'aging', asOf: c.asOf, ...opts }, { ...c, output: c.output })
  const aging = agingReport(db, { asOf: c.asOf, ...opts })
  if (c.output === 'json') {
    const { customers, ...totals } = aging
    const byCode = customers.map((x) => ({ code: x.code, name: x.name, buckets: x.buckets, totalCents: x.totalCents, count: x.count, disputedCents: x.disputedCents }))
    io.out(JSON.stringify({ ...totals, customers: byCode }))
    return
  }
  io.out(`aging as of ${aging.asOf} by ${aging.basis} date`)
  for (const b of aging.buckets) io.out(`${b.label.padEnd(10)} ${String(b.count).padStart(6)}  ${moneyText(b.cents, 'nl-NL').padStart(18)}`)
  io.out(`${'total'.padEnd(10)} ${String(aging.totalCount).padStart(6)}  ${moneyText(aging.totalCents, 'nl-NL').padStart(18)}`)
  io.out(`disputed (included): ${moneyText(aging.disputedCents, 'nl-NL')} in ${aging.disputedCount} item(s)`)
  io.out(`unapplied payments (apart): ${moneyText(aging.unappliedCents, 'nl-NL')} in ${aging.unappliedCount} entr(y/ies)`)
}

async function runKpi(args: ParsedArgs, db: AppDb, io: CliIo, cwd: string): Promise<void> {
  const c = choices(args, ['xlsx', 'csv', 'pdf'], cwd)
  const from = typeof args.values.from === 'string' ? args.values.from : addDays(addMonths(c.asOf, -3), 1)
  if (!isIsoDate(from)) throw new UsageError('--from must be a date YYYY-MM-DD')
  if (typeof c.output === 'object') return writeFile(db, io, { report: 'kpis', asOf: c.asOf, from }, { ...c, output: c.output })
  const kpis = kpiReport(db, from, c.asOf)
  if (c.output === 'json') {
    io.out(JSON.stringify({ ...kpis, trend: kpiTrend(db, c.asOf, 12) }))
    return
  }
  io.out(`KPIs ${kpis.from} – ${kpis.to} (${kpis.days} days)`)
  const figures = ['dsoCountback', 'dsoSimple', 'bestPossibleDso', 'averageDaysDelinquent', 'cei', 'over90Pct', 'disputedPct'] as const
  for (const f of figures) io.out(`${f.padEnd(22)} ${kpis[f] === null ? '-' : String(kpis[f])}`)
}

async function runList(list: ReportList, args: ParsedArgs, db: AppDb, io: CliIo, cwd: string): Promise<void> {
  const c = choices(args, ['xlsx', 'csv'], cwd)
  if (typeof c.output === 'object') return writeFile(db, io, { report: list, asOf: c.asOf }, { ...c, output: c.output })
  const keys = LIST_COLUMNS[list].map((col) => col.key)
  const rows = listSource(list).rows(db, { asOf: c.asOf }, 0, -1)
  if (c.output === 'json') {
    io.out(JSON.stringify({ asOf: c.asOf, rows: rows.map((r) => Object.fromEntries(keys.map((k, i) => [k, r.cells[i] ?? null]))) }))
    return
  }
  io.out(keys.join('\t'))
  for (const r of rows) io.out(r.cells.map((v) => (v === null ? '' : String(v))).join('\t'))
}

function reportCommand(kind: Kind, summary: string, extra: CliCommand['options'] = {}): CliCommand {
  const pdf = kind === 'aging' || kind === 'kpi'
  return {
    path: ['report', kind],
    summary,
    usage: `--admin <name> [--as-of <date>] [--xlsx <file> | --csv <file>${pdf ? ' | --pdf <file>' : ''} | --json]`,
    options: { ...COMMON, ...(pdf ? { pdf: { type: 'string', description: 'write a PDF here' } } : {}), ...extra },
    async run(args, ctx) {
      // `npm run cli` runs in the project folder; a relative --xlsx path means the folder the user was in
      const cwd = ctx.env['INIT_CWD'] ?? process.cwd()
      const admin = await ctx.openAdministration(requireString(args, 'admin'))
      try {
        if (kind === 'aging') await runAging(args, admin.db, ctx.io, cwd)
        else if (kind === 'kpi') await runKpi(args, admin.db, ctx.io, cwd)
        else await runList(kind, args, admin.db, ctx.io, cwd)
      } finally {
        admin.close()
      }
    }
  }
}

export const reportCommands: readonly CliCommand[] = [
  reportCommand('aging', 'Aging of the open items per bucket and customer, as of a day', {
    basis: { type: 'string', description: 'age by due date (due, default) or invoice date (invoice)' },
    buckets: { type: 'string', description: 'upper bounds of the buckets in days, e.g. 30,60,90 (default: the saved setting)' }
  }),
  reportCommand('kpi', 'DSO (countback, simple, best possible), days delinquent, CEI, share over 90 days and disputed, with the 12-month trend', {
    from: { type: 'string', description: 'first day of the period (default: three months before --as-of)' }
  }),
  reportCommand('open-items', 'The open items as of a day (invoices and credit notes), with their aging bucket'),
  reportCommand('dunning-history', 'The reminders sent: date, customer, invoices, level, channel and amounts')
]
