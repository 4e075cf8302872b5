// Builds the document of an export (title block, sheets, their rows) from the same queries the screens
// read. The summaries are read at once; the item lists, which can run to 100,000 rows, are read in
// keyset slices as the worker asks for them, so neither main nor the worker ever holds them all (an
// item booked while a large export runs may or may not be in it; the totals row adds up what was written).
import { eq } from 'drizzle-orm'
import type { IsoDate } from '../../../shared/dates'
import type { AgingBasis } from '../../../shared/domains/reports/aging'
import { type DocColumn, type DocSheet, exportLocale, type ReportDocument } from '../../../shared/domains/reports/document'
import { dateText } from '../../../shared/domains/reports/formats'
import { LIST_COLUMNS, type ReportList, type Cell, type ColumnSpec } from '../../../shared/domains/reports/tables'
import { bucketLabel, fill, reportTexts, type ReportTexts } from '../../../shared/domains/reports/texts'
import type { Language } from '../../../shared/domains/parties'
import type { AgingReportDto, KpiDto } from '../../../shared/ipc/reports.contract'
import type { AppDb } from '../../db/connection'
import { administrationProfile } from '../../db/schema'
import { agingReport } from './aging.queries'
import { agingSettings } from './aging-settings'
import { kpiReport, kpiTrend } from './kpi.queries'
import { type ListParams, listSlices, type ListSource } from './list-source'
import { listSource } from './lists'

export type ExportSpec = {
  report: 'aging' | 'kpis' | ReportList
  asOf: IsoDate
  basis?: AgingBasis | undefined
  bounds?: readonly number[] | undefined
  from?: IsoDate | undefined
  search?: string | undefined
}

/** Rows per slice read for the worker. */
export const SLICE_ROWS = 2_000

/** A sheet's rows in slices, read when the next one is asked for. */
export type SheetSlices = Iterable<Cell[][]>

/** A document and its rows, sheet by sheet. */
export type BuiltDocument = { doc: ReportDocument; rows: SheetSlices[] }

function* cellsOf(source: ListSource, db: AppDb, p: ListParams): Generator<Cell[][]> {
  for (const slice of listSlices(source, db, p, SLICE_ROWS)) yield slice.map((r) => r.cells)
}

const columnsOf = (texts: ReportTexts, specs: readonly ColumnSpec[]): DocColumn[] =>
  specs.map((c) => ({ label: texts.columns[c.key], type: c.type, ...(c.codes ? { codes: c.codes } : {}), ...(c.total ? { total: true } : {}) }))

const sheet = (name: string, columns: DocColumn[], rows: Cell[][] | number, extra: Partial<DocSheet> = {}): DocSheet => ({
  name,
  columns,
  rowCount: typeof rows === 'number' ? rows : rows.length,
  notes: [],
  frozenColumns: 0,
  printable: true,
  ...extra
})

function agingSheets(texts: ReportTexts, aging: AgingReportDto, items: SheetSlices, itemCount: number): { sheets: DocSheet[]; rows: SheetSlices[] } {
  const total = aging.totalCents
  const summaryRows: Cell[][] = aging.buckets.map((b) => [bucketLabel(texts, b), b.count, b.cents, total > 0 ? (10_000 * b.cents) / total / 100 : null])
  const summary = sheet(
    texts.sheets.summary,
    [
      { label: texts.bucketColumn, type: 'text' },
      { label: texts.columns.count, type: 'int', total: true },
      { label: texts.columns.openCents, type: 'money', total: true },
      { label: texts.columns.share, type: 'pct' }
    ],
    summaryRows,
    {
      notes: [
        { label: texts.ofWhichDisputed, cents: aging.disputedCents, count: aging.disputedCount },
        { label: texts.unapplied, cents: aging.unappliedCents, count: aging.unappliedCount }
      ]
    }
  )
  const customerColumns: DocColumn[] = [
    { label: texts.columns.customerCode, type: 'text' },
    { label: texts.columns.customerName, type: 'text' },
    ...aging.buckets.map((b): DocColumn => ({ label: bucketLabel(texts, b), type: 'money', total: true })),
    { label: texts.total, type: 'money', total: true },
    { label: texts.columns.disputedCents, type: 'money', total: true }
  ]
  const customerRows: Cell[][] = aging.customers.map((c) => [c.code, c.name, ...c.buckets.map((b) => b.cents), c.totalCents, c.disputedCents])
  const perCustomer = sheet(texts.sheets.customers, customerColumns, customerRows, { frozenColumns: 2 })
  const itemSheet = sheet(texts.sheets.items, columnsOf(texts, LIST_COLUMNS['open-items']), itemCount, { frozenColumns: 3, printable: false })
  return { sheets: [summary, perCustomer, itemSheet], rows: [[summaryRows], [customerRows], items] }
}

const KPI_FIGURES = ['dsoCountback', 'dsoSimple', 'bestPossibleDso', 'averageDaysDelinquent', 'cei', 'over90Pct', 'disputedPct', 'beginningCents', 'receivablesCents', 'creditSalesCents'] as const

function kpiColumns(texts: ReportTexts, first: string): DocColumn[] {
  return [
    { label: first, type: 'text' },
    ...KPI_FIGURES.map((f): DocColumn => ({ label: texts.kpi[f], type: f.endsWith('Cents') ? 'money' : f.endsWith('Pct') || f === 'cei' ? 'pct' : 'decimal' }))
  ]
}

const kpiRow = (label: string, k: KpiDto): Cell[] => [label, ...KPI_FIGURES.map((f) => k[f])]

/** The document of one export, in the user's language, with the administration's name in the title. */
export function buildDocument(db: AppDb, spec: ExportSpec, language: Language): BuiltDocument {
  const texts = reportTexts(language)
  const profile = db.select({ name: administrationProfile.name, country: administrationProfile.country }).from(administrationProfile).where(eq(administrationProfile.id, 1)).get()
  const locale = exportLocale(language, profile?.country ?? 'NL')
  const title = fill(texts.heading, { title: texts.titles[spec.report], admin: profile?.name ?? '' })
  const asOfLine = fill(texts.asOf, { date: dateText(spec.asOf, locale) })
  const base = { title, language, locale }
  const params = { asOf: spec.asOf, search: spec.search }

  if (spec.report === 'aging') {
    const setting = agingSettings(db)
    const aging = agingReport(db, { asOf: spec.asOf, basis: spec.basis ?? setting.basis, bounds: spec.bounds ?? setting.bounds })
    const items = listSource('open-items')
    const { sheets, rows } = agingSheets(texts, aging, cellsOf(items, db, params), items.count(db, params))
    return { doc: { ...base, subtitle: [asOfLine, texts.basis[aging.basis]], sheets, csvSheet: 1 }, rows }
  }
  if (spec.report === 'kpis') {
    const from = spec.from ?? spec.asOf
    const period = kpiReport(db, from, spec.asOf)
    const trend = kpiTrend(db, spec.asOf, 12)
    const periodLabel = fill(texts.period, { from: dateText(from, locale), to: dateText(spec.asOf, locale) })
    const periodRows = [kpiRow(periodLabel, period)]
    const trendRows = trend.map((m) => kpiRow(m.month, m))
    return {
      doc: {
        ...base,
        subtitle: [periodLabel],
        sheets: [sheet(texts.titles.kpis, kpiColumns(texts, texts.kpi.metric), periodRows), sheet(texts.sheets.trend, kpiColumns(texts, texts.kpi.month), trendRows)],
        csvSheet: 1
      },
      rows: [[periodRows], [trendRows]]
    }
  }
  const source = listSource(spec.report)
  const frozen = LIST_COLUMNS[spec.report][0]?.key === 'customerCode' ? 2 : 0
  const list = sheet(texts.titles[spec.report], columnsOf(texts, LIST_COLUMNS[spec.report]), source.count(db, params), { frozenColumns: frozen })
  return { doc: { ...base, subtitle: [asOfLine], sheets: [list], csvSheet: 0 }, rows: [cellsOf(source, db, params)] }
}
