import { readFileSync } from 'node:fs'
import { toPrintedModel } from '../../../shared/domains/payments/bank-model'
import { isIsoDate, localToday } from '../../../shared/dates'
import { AppError } from '../../../shared/errors'
import { evaluateArrangements } from '../../domains/arrangements/evaluate'
import { importBankFile, warningTexts } from '../../domains/payments/bank-import.service'
import { FRESHNESS_MODES, type FreshnessMode, freshnessGuard, setFreshnessSettings } from '../../domains/payments/freshness.service'
import { parseBankFile } from '../../domains/payments/parsers/parse-bank-file'
import { refreshScores } from '../../domains/risk/risk.service'
import { type CliCommand, UsageError, requireString } from '../command'

function readBankFile(path: string): Uint8Array {
  try {
    return readFileSync(path)
  } catch (err) {
    throw new AppError('io', `${path}: cannot read the file: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`)
  }
}

export const bankParse: CliCommand = {
  path: ['bank', 'parse'],
  summary: 'Parse a CAMT.053, MT940 or CODA bank file and print the normalized statements as JSON',
  usage: '<file>',
  positionals: { min: 1, max: 1 },
  async run({ positionals: [file = ''] }, ctx) {
    ctx.io.out(JSON.stringify(toPrintedModel(parseBankFile(readBankFile(file), file))))
  }
}

export const bankImport: CliCommand = {
  path: ['bank', 'import'],
  summary: 'Import a bank file into an administration and match its payments to invoices',
  usage: '<file> --admin <name> [--add-account] [--dry-run]',
  positionals: { min: 1, max: 1 },
  options: {
    admin: { type: 'string', description: 'the administration (name or id)' },
    'add-account': { type: 'boolean', description: 'add the statement\'s accounts that are not yet the administration\'s own (refused without it)' },
    'dry-run': { type: 'boolean', description: 'show what the import would do (accounts, warnings, matches) and write nothing' }
  },
  async run(args, ctx) {
    const file = args.positionals[0] ?? ''
    const ref = requireString(args, 'admin')
    const bytes = readBankFile(file)
    const admin = await ctx.openAdministration(ref)
    try {
      const dryRun = args.values['dry-run'] === true
      const add = args.values['add-account'] === true
      // a dry run shows a foreign account's statement as it would import once confirmed
      const s = importBankFile(admin.db, bytes, file, { addAccounts: add || dryRun, dryRun })
      if (!dryRun) evaluateArrangements(admin.db, localToday())
      ctx.io.out(`${s.file}: ${s.format}, ${s.statements} statement(s)`)
      for (const a of s.accounts.filter((a) => a.status === 'foreign'))
        ctx.io.out(`account ${a.account}: ${dryRun && !add ? 'not one of the administration\'s accounts; importing needs --add-account' : dryRun ? 'would be added to the administration' : 'added to the administration'}`)
      ctx.io.out(`new entries: ${s.newEntries}, duplicates skipped: ${s.duplicates}`)
      ctx.io.out(`auto-matched: ${s.autoMatched}, returns re-opened: ${s.returns}, proposals: ${s.proposals}, unmatched: ${s.unmatched}`)
      for (const w of warningTexts(s)) ctx.io.out(`warning: ${w}`)
      if (dryRun) ctx.io.out('dry run: nothing was written')
      else ctx.io.out(`risk scores recomputed for ${await refreshScores(admin.db, localToday())} customer(s)`)
    } finally {
      admin.close()
    }
  }
}

export const bankFreshnessCommand: CliCommand = {
  path: ['bank', 'freshness'],
  summary: 'Show per bank account the last statement date, and set when bank data counts as stale',
  usage: '--admin <name> [--as-of <date>] [--max-age <days>] [--mode warn|block]',
  options: {
    admin: { type: 'string', description: 'the administration (name or id)' },
    'as-of': { type: 'string', description: 'the day to judge on, YYYY-MM-DD (default: today)' },
    'max-age': { type: 'string', description: 'set: bank data older than this many days is stale' },
    mode: { type: 'string', description: 'set: warn, or block the dunning proposal, on stale bank data' }
  },
  async run(args, ctx) {
    const asOf = typeof args.values['as-of'] === 'string' ? args.values['as-of'] : localToday()
    if (!isIsoDate(asOf)) throw new UsageError('--as-of must be a date YYYY-MM-DD')
    const maxAge = args.values['max-age']
    const mode = args.values.mode
    if (maxAge !== undefined && !/^\d+$/.test(String(maxAge))) throw new UsageError('--max-age must be a whole number of days')
    if (mode !== undefined && !(FRESHNESS_MODES as readonly unknown[]).includes(mode)) throw new UsageError('--mode must be warn or block')
    const admin = await ctx.openAdministration(requireString(args, 'admin'))
    try {
      if (maxAge !== undefined || mode !== undefined) {
        setFreshnessSettings(admin.db, {
          ...(maxAge === undefined ? {} : { maxAgeDays: Number(maxAge) }),
          ...(mode === undefined ? {} : { mode: mode as FreshnessMode })
        })
      }
      const verdict = freshnessGuard(admin.db, asOf)
      for (const a of verdict.accounts) {
        ctx.io.out(`${a.account}\t${a.lastStatementDate ?? 'never'}\t${a.ageDays === null ? '-' : `${a.ageDays} days`}${a.stale ? '\tstale' : ''}`)
      }
      ctx.io.out(`${verdict.level} (stale after ${verdict.settings.maxAgeDays} days, mode ${verdict.settings.mode})${verdict.message ? `: ${verdict.message}` : ''}`)
    } finally {
      admin.close()
    }
  }
}
