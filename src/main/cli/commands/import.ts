import { readFile, writeFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { AppError } from '../../../shared/errors'
import { describeProblem } from '../../../shared/domains/imports/problems'
import { isPresetId, PRESET_IDS } from '../../../shared/domains/imports/presets'
import { rejectedRowsCsv } from '../../../shared/domains/imports/rejected-csv'
import { creditorDefaults } from '../../domains/imports/creditor-defaults'
import type { ImportSummary } from '../../domains/imports/import.service'
import { importFile } from '../../domains/imports/import-stream'
import { getMapping, saveMapping } from '../../domains/imports/mappings.repo'
import type { PreviewOptions } from '../../../shared/domains/imports/options'
import type { ImportPreview } from '../../domains/imports/preview'
import { type CliCommand, type CliIo, requireString, UsageError } from '../command'

const MAX_LISTED = 20

function listProblems(io: CliIo, preview: ImportPreview): void {
  const shown = preview.problems.slice(0, MAX_LISTED)
  for (const p of shown) io.err(`${p.severity === 'error' ? 'error' : 'warning'}: ${describeProblem(preview.fileName, p)}`)
  if (preview.problems.length > shown.length) io.err(`… and ${preview.problems.length - shown.length} more`)
}

function printSummary(io: CliIo, preview: ImportPreview, s: ImportSummary): void {
  io.out(`${s.fileName}: ${preview.format}${preview.format === 'ubl' ? '' : `, preset ${preview.preset}`}, ${preview.rowCount} row(s)`)
  io.out(`customers: ${s.customers.created} new, ${s.customers.updated} updated`)
  const i = s.invoices
  io.out(`open items: ${i.created} new, ${i.updated} updated, ${i.unchanged} unchanged, ${i.reopened} reopened, ${i.archived} archived`)
  for (const c of s.amountChanges.slice(0, MAX_LISTED)) io.out(`  changed ${c.customerCode}/${c.number}: open ${c.openCents[0] / 100} → ${c.openCents[1] / 100}`)
  if (s.missing > 0 && !s.full) io.out(`${s.missing} open item(s) of earlier imports are not in this file; import with --full to archive them as paid`)
  if (s.rejected.length > 0) io.out(`rejected: ${s.rejected.length} row(s)`)
  if (s.dryRun) io.out('dry run: nothing was written')
}

export const importCommand: CliCommand = {
  path: ['import'],
  summary:
    'Import open items or debtors from CSV, XLSX or a UBL e-invoice; matches on customer code + invoice number and keeps local state. ' +
    'Archiving items missing from the file needs --full (off by default, so a partial or filtered export never marks the rest paid).',
  usage: '<file> --admin <name> [--preset <p>] [--mapping <saved>] [--full] [--valid-rows] [--dry-run] [--rejected <out.csv>]',
  positionals: { min: 1, max: 1 },
  options: {
    admin: { type: 'string', description: 'the administration to import into' },
    preset: { type: 'string', description: `accounting package: ${PRESET_IDS.join(', ')} (default: detected)` },
    mapping: { type: 'string', description: 'use a saved custom mapping' },
    'save-mapping': { type: 'string', description: 'save the mapping used under this name' },
    full: { type: 'boolean', description: 'the file lists all open items: archive the ones missing from it as paid' },
    'valid-rows': { type: 'boolean', description: 'import the valid rows and skip (list) the rejected ones' },
    'dry-run': { type: 'boolean', description: 'show what would change, write nothing' },
    rejected: { type: 'string', description: 'write the rejected rows to this CSV file' },
    term: { type: 'string', description: 'payment term in days for items without a due date (default 30)' }
  },
  async run({ positionals: [file = ''], values }, ctx) {
    const adminRef = requireString({ positionals: [], values }, 'admin')
    const preset = values.preset
    if (preset !== undefined && (typeof preset !== 'string' || !isPresetId(preset))) throw new UsageError(`--preset must be one of ${PRESET_IDS.join(', ')}`)
    const term = values.term === undefined ? 30 : Number(values.term)
    if (!Number.isInteger(term) || term < 0 || term > 366) throw new UsageError('--term must be a number of days (0–366)')
    let bytes: Buffer
    try {
      bytes = await readFile(file)
    } catch (err) {
      throw new AppError('io', `cannot read ${file}: ${(err as Error).message}`)
    }
    const admin = await ctx.openAdministration(adminRef)
    try {
      let options: PreviewOptions = { ...creditorDefaults(admin.db), ...(preset === undefined ? {} : { preset }) }
      if (typeof values.mapping === 'string') {
        const saved = getMapping(admin.db, values.mapping)
        options = { ...creditorDefaults(admin.db), ...saved.options, preset: saved.preset }
      }
      const { summary, preview } = await importFile(
        admin.db,
        { bytes, fileName: basename(file) },
        options,
        { full: values.full === true, validRowsOnly: values['valid-rows'] === true, dryRun: values['dry-run'] === true, defaultTermDays: term },
        { onRead: (p) => listProblems(ctx.io, p) }
      )
      printSummary(ctx.io, preview, summary)
      if (typeof values.rejected === 'string' && summary.rejected.length > 0) {
        await writeFile(values.rejected, rejectedRowsCsv(preview.headers, summary.rejected))
        ctx.io.out(`rejected rows written to ${values.rejected}`)
      }
      if (typeof values['save-mapping'] === 'string' && !summary.dryRun && preview.format !== 'ubl') {
        saveMapping(admin.db, { name: values['save-mapping'], preset: preview.preset, options: { mapping: preview.mapping, target: preview.target } })
        ctx.io.out(`mapping saved as "${values['save-mapping']}"`)
      }
    } finally {
      admin.close()
    }
  }
}
