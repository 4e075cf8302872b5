// `risk`, `forecast` and `risk import-scores`: the risk scores with their reasons, the cash-in forecast with
// its backtest, and credit bureau scores from a CSV. The --json shapes are read by other tools (issue #15).
import { readFile } from 'node:fs/promises'
import { isIsoDate, localToday } from '../../../shared/dates'
import { LANGUAGES, type Language } from '../../../shared/domains/parties'
import { assessAll } from '../../../shared/domains/risk/batch'
import { FORECAST_WEEKS } from '../../../shared/domains/risk/forecast'
import { renderRiskLine, renderRiskLines } from '../../../shared/domains/risk/lines'
import { AppError } from '../../../shared/errors'
import { assessBatch } from '../../domains/risk/assess.queries'
import { importScores } from '../../domains/risk/external-scores.service'
import { cashInForecast, refreshScores } from '../../domains/risk/risk.service'
import { type CliCommand, type ParsedArgs, requireString, UsageError } from '../command'

const LANGUAGE_OPTION = { type: 'string', description: 'language of reasons and explanations: nl (default), fr or en' } as const
const ADMIN_OPTION = { type: 'string', description: 'the administration (name or id)' } as const

function languageOf(args: ParsedArgs): Language {
  const v = args.values.language ?? 'nl'
  if (!(LANGUAGES as readonly unknown[]).includes(v)) throw new UsageError('--language must be nl, fr or en')
  return v as Language
}

const euros = (cents: number) => (cents / 100).toFixed(2)

export const riskCommand: CliCommand = {
  path: ['risk'],
  summary: 'Risk score (0–100) and class (A–E) per customer, with each reason and its points',
  usage: '--admin <name> [--customer <code>] [--json] [--language nl|fr|en]',
  options: { admin: ADMIN_OPTION, customer: { type: 'string', description: 'only this customer (its code)' }, json: { type: 'boolean', description: 'print JSON' }, language: LANGUAGE_OPTION },
  async run(args, ctx) {
    const language = languageOf(args)
    const code = args.values.customer
    const admin = await ctx.openAdministration(requireString(args, 'admin'))
    try {
      const asOf = localToday()
      let customerId: number | undefined
      if (typeof code === 'string') {
        const found = admin.db.$client.prepare('SELECT id FROM customers WHERE code = ?').get(code) as { id: number } | undefined
        if (!found) throw new AppError('not-found', `no customer with code "${code}"`, 'customer')
        customerId = found.id
      }
      const codes = new Map((admin.db.$client.prepare('SELECT id, code, name FROM customers').all() as { id: number; code: string; name: string }[]).map((c) => [c.id, c]))
      const rows = assessAll(assessBatch(admin.db, asOf, customerId)).map(({ customerId: id, assessment: a }) => ({
        customerCode: codes.get(id)?.code ?? String(id),
        name: codes.get(id)?.name ?? '',
        score: a.score,
        class: a.riskClass,
        avgDaysLate: a.behaviour.avgDaysLate,
        reasons: a.reasons.map((r) => ({ text: renderRiskLine(r, language), points: r.points })),
        segment: a.segment?.name ?? null,
        creditUsePct: a.creditUse.pct,
        suggestedLimitCents: a.suggestedLimit.cents
      }))
      rows.sort((a, b) => a.customerCode.localeCompare(b.customerCode))
      if (args.values.json) return ctx.io.out(JSON.stringify(rows))
      for (const r of [...rows].sort((a, b) => a.score - b.score || a.customerCode.localeCompare(b.customerCode))) {
        ctx.io.out(`${r.customerCode}\t${r.score}\t${r.class}\t${r.name}`)
        for (const reason of r.reasons) ctx.io.out(`\t${reason.points > 0 ? '+' : ''}${reason.points}\t${reason.text}`)
      }
    } finally {
      admin.close()
    }
  }
}

export const forecastCommand: CliCommand = {
  path: ['forecast'],
  summary: 'Predicted payment date per open invoice and the expected cash-in per week, with the backtest against "paid on the due date"',
  usage: '--admin <name> [--weeks 13] [--as-of <date>] [--json] [--language nl|fr|en]',
  options: {
    admin: ADMIN_OPTION,
    weeks: { type: 'string', description: 'weeks ahead (1–52, default 13)' },
    'as-of': { type: 'string', description: 'forecast as of this day, YYYY-MM-DD (default: today)' },
    json: { type: 'boolean', description: 'print JSON' },
    language: LANGUAGE_OPTION
  },
  async run(args, ctx) {
    const language = languageOf(args)
    const weeks = args.values.weeks === undefined ? FORECAST_WEEKS : Number(args.values.weeks)
    if (!Number.isInteger(weeks) || weeks < 1 || weeks > 52) throw new UsageError('--weeks must be a whole number from 1 to 52')
    const asOf = typeof args.values['as-of'] === 'string' ? args.values['as-of'] : localToday()
    if (!isIsoDate(asOf)) throw new UsageError('--as-of must be a date YYYY-MM-DD')
    const admin = await ctx.openAdministration(requireString(args, 'admin'))
    try {
      const f = await cashInForecast(admin.db, asOf, weeks)
      const codes = new Map((admin.db.$client.prepare('SELECT id, code FROM customers').all() as { id: number; code: string }[]).map((c) => [c.id, c.code]))
      const out = {
        asOf,
        invoices: f.predictions.map((p) => ({ number: p.number, customerCode: codes.get(p.customerId) ?? null, openCents: p.openCents, predictedDate: p.predictedDate, reason: renderRiskLines(p.lines, language) })),
        weeks: f.weeks.map((w) => ({ weekStart: w.weekStart, expectedCents: w.expectedCents, lowCents: w.lowCents, highCents: w.highCents })),
        laterCents: f.laterCents,
        backtest: { maeDays: f.backtest?.maeDays ?? null, naiveMaeDays: f.backtest?.naiveMaeDays ?? null, samples: f.backtest?.samples ?? 0 }
      }
      if (args.values.json) return ctx.io.out(JSON.stringify(out))
      ctx.io.out(`cash-in forecast as of ${asOf} (${out.invoices.length} open invoice(s))`)
      for (const w of out.weeks) ctx.io.out(`${w.weekStart}\t${euros(w.expectedCents)}\t(${euros(w.lowCents)} – ${euros(w.highCents)})`)
      ctx.io.out(`later\t${euros(out.laterCents)}`)
      ctx.io.out(`backtest: mean absolute error ${out.backtest.maeDays ?? '-'} days, naive "paid on the due date" ${out.backtest.naiveMaeDays ?? '-'} days (${out.backtest.samples} invoices)`)
    } finally {
      admin.close()
    }
  }
}

export const riskImportScores: CliCommand = {
  path: ['risk', 'import-scores'],
  summary: 'Import credit bureau scores (Graydon, Creditsafe, Companyweb, D&B) from a CSV: customer code, bureau, score 0–100, date',
  usage: '<file.csv> --admin <name> [--dry-run]',
  positionals: { min: 1, max: 1 },
  options: { admin: ADMIN_OPTION, 'dry-run': { type: 'boolean', description: 'check the file, write nothing' } },
  async run(args, ctx) {
    const file = args.positionals[0] ?? ''
    const bytes = await readFile(file).catch((err: NodeJS.ErrnoException) => {
      throw new AppError('io', `${file}: cannot read the file: ${err.code ?? err.message}`)
    })
    const admin = await ctx.openAdministration(requireString(args, 'admin'))
    try {
      const r = importScores(admin.db, bytes, file, { dryRun: args.values['dry-run'] === true })
      for (const p of r.problems) ctx.io.err(`${file}:${p.line}: ${p.code} "${p.value}"`)
      if (r.problems.length > 0) throw new AppError('validation', `${file}: ${r.problems.length} line(s) with problems; nothing was written`)
      ctx.io.out(`${file}: ${r.rows} line(s), ${r.imported} score(s) ${r.written ? 'imported' : 'to import (dry run)'}, ${r.duplicates} already known`)
      if (r.written) ctx.io.out(`risk scores recomputed for ${await refreshScores(admin.db, localToday())} customer(s)`)
    } finally {
      admin.close()
    }
  }
}
