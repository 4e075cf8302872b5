// `dunning propose|save|execute|cancel|runs|forecast`: the dunning engine on the command line, over the same
// services as the app. `--json` prints the shapes other tools read (see issue #11); fields are only ever added.
import { type IsoDate, isIsoDate, localToday } from '../../../shared/dates'
import { type Proposal, type ProposedAction, renderDunningText } from '../../../shared/domains/dunning'
import { LANGUAGES, type Language } from '../../../shared/domains/parties'
import type { AppDb } from '../../db/connection'
import { administrationProfile } from '../../db/schema'
import { forecastDunning } from '../../domains/dunning/forecast.service'
import { executeWithLetters } from '../../domains/dunning/letter-step'
import { proposeDunning } from '../../domains/dunning/proposal.service'
import { listRuns } from '../../domains/dunning/runs.queries'
import { cancelRun, saveRun } from '../../domains/dunning/runs.service'
import { type CliCommand, type CliContext, type ParsedArgs, UsageError, requireString } from '../command'

const ADMIN = { admin: { type: 'string', description: 'the administration (name or id)' } } as const
const JSON_FLAG = { json: { type: 'boolean', description: 'print JSON for other tools' } } as const
const LANG = { lang: { type: 'string', description: 'language of the explanations: nl, fr or en (default: the administration’s)' } } as const

function asOfOption(args: ParsedArgs, required: boolean): IsoDate {
  const value = args.values['as-of']
  if (value === undefined && !required) return localToday()
  if (typeof value !== 'string' || !isIsoDate(value)) throw new UsageError('--as-of must be a date YYYY-MM-DD')
  return value
}

export function runOption(args: ParsedArgs): number {
  const value = requireString(args, 'run')
  if (!/^\d+$/.test(value)) throw new UsageError('--run must be a run number')
  return Number(value)
}

function language(args: ParsedArgs, db: AppDb): Language {
  const lang = args.values.lang
  if (lang === undefined) return db.select({ l: administrationProfile.defaultLanguage }).from(administrationProfile).get()?.l ?? 'nl'
  if (typeof lang !== 'string' || !(LANGUAGES as readonly string[]).includes(lang)) throw new UsageError('--lang must be nl, fr or en')
  return lang as Language
}

export async function withAdmin<T>(args: ParsedArgs, ctx: CliContext, work: (db: AppDb) => Promise<T> | T): Promise<T> {
  const admin = await ctx.openAdministration(requireString(args, 'admin'))
  try {
    return await work(admin.db)
  } finally {
    admin.close()
  }
}

function actionJson(a: ProposedAction, lang: Language) {
  return {
    customerCode: a.customerCode,
    level: a.level,
    channel: a.channel,
    invoices: a.lines.map((l) => ({
      number: l.number,
      openCents: l.openCents,
      dueDate: l.dueDate,
      daysOverdue: l.daysOverdue,
      legal: { interestCents: l.legal.interestCents, interestFrom: l.legal.interestFrom, compensationCents: l.legal.compensationCents, costsCents: l.legal.costsCents }
    })),
    principalCents: a.principalCents,
    feeCents: a.feeCents,
    costsCents: a.costsCents,
    interestCents: a.interestCents,
    totalCents: a.totalCents,
    explanation: renderDunningText(a.explanation, lang)
  }
}

/** The proposal in the shape of the issue's contract. */
export function proposalJson(p: Proposal, lang: Language) {
  return {
    asOf: p.asOf,
    actions: p.actions.map((a) => actionJson(a, lang)),
    excluded: p.excluded.map((e) => ({ customerCode: e.customerCode, reason: e.reason, explanation: renderDunningText(e.explanation, lang) })),
    freshness: p.freshness
  }
}

const euros = (cents: number) => (cents / 100).toFixed(2)

export const dunningPropose: CliCommand = {
  path: ['dunning', 'propose'],
  summary: 'Propose the reminders due on a date (a dry run: nothing is written)',
  usage: '--admin <name> --as-of <date> [--json] [--lang nl|fr|en]',
  options: { ...ADMIN, 'as-of': { type: 'string', description: 'the day to propose for, YYYY-MM-DD' }, ...JSON_FLAG, ...LANG },
  async run(args, ctx) {
    const asOf = asOfOption(args, true)
    await withAdmin(args, ctx, (db) => {
      const lang = language(args, db)
      const p = proposeDunning(db, asOf)
      if (args.values.json) return ctx.io.out(JSON.stringify(proposalJson(p, lang)))
      if (p.freshness !== 'ok') ctx.io.out(`warning: bank data is out of date (${p.freshness})`)
      for (const a of p.actions) ctx.io.out(`${a.customerCode}\tlevel ${a.level}\t${a.channel}\t${a.lines.length} invoice(s)\t${euros(a.totalCents)}\t${renderDunningText(a.explanation, lang)}`)
      for (const e of p.excluded) ctx.io.out(`${e.customerCode}\texcluded: ${e.reason}\t${renderDunningText(e.explanation, lang)}`)
      ctx.io.out(`${p.actions.length} reminder(s), ${p.excluded.length} excluded, as of ${p.asOf}`)
    })
  }
}

export const dunningSave: CliCommand = {
  path: ['dunning', 'save'],
  summary: 'Save the proposal of a date as a draft run to review (saving again that day gives the same run)',
  usage: '--admin <name> --as-of <date> [--json]',
  options: { ...ADMIN, 'as-of': { type: 'string', description: 'the day of the run, YYYY-MM-DD' }, ...JSON_FLAG },
  async run(args, ctx) {
    const asOf = asOfOption(args, true)
    await withAdmin(args, ctx, (db) => {
      const r = saveRun(db, asOf)
      if (args.values.json) return ctx.io.out(JSON.stringify({ runId: r.runId, created: r.created, status: r.status, actions: r.actions }))
      if (r.runId === null) return ctx.io.out(`nothing to remind on ${asOf}; no run saved`)
      ctx.io.out(r.created ? `saved draft run ${r.runId} of ${asOf}: ${r.actions} reminder(s), ${r.excluded} excluded` : `run ${r.runId} of ${asOf} already exists (${r.status}); nothing changed`)
    })
  }
}

export const dunningExecute: CliCommand = {
  path: ['dunning', 'execute'],
  summary: 'Execute a reviewed draft run: its approved reminders are sent on the run date (once)',
  usage: '--admin <name> --run <id> [--json]',
  options: { ...ADMIN, run: { type: 'string', description: 'the run number (see dunning runs)' }, ...JSON_FLAG },
  async run(args, ctx) {
    const runId = runOption(args)
    await withAdmin(args, ctx, async (db) => {
      const r = await executeWithLetters(db, runId)
      if (args.values.json) return ctx.io.out(JSON.stringify(r))
      if (r.alreadyExecuted) return ctx.io.out(`run ${runId} was already executed; nothing changed (${r.sent} sent, ${r.skipped} skipped)`)
      ctx.io.out(`run ${runId} executed: ${r.sent} sent, ${r.skipped} skipped${r.superseded > 0 ? ` (${r.superseded} already sent by another run)` : ''}`)
    })
  }
}

export const dunningCancel: CliCommand = {
  path: ['dunning', 'cancel'],
  summary: 'Cancel a draft run before it is executed',
  usage: '--admin <name> --run <id> [--reason <text>]',
  options: { ...ADMIN, run: { type: 'string', description: 'the run number' }, reason: { type: 'string', description: 'why (kept in the audit log)' } },
  async run(args, ctx) {
    const runId = runOption(args)
    await withAdmin(args, ctx, (db) => {
      const reason = typeof args.values.reason === 'string' ? args.values.reason : null
      ctx.io.out(cancelRun(db, runId, reason).changed ? `run ${runId} cancelled` : `run ${runId} was already cancelled; nothing changed`)
    })
  }
}

export const dunningRuns: CliCommand = {
  path: ['dunning', 'runs'],
  summary: 'List the dunning runs, newest first',
  usage: '--admin <name> [--json]',
  options: { ...ADMIN, ...JSON_FLAG },
  async run(args, ctx) {
    await withAdmin(args, ctx, (db) => {
      const rows = []
      for (let offset = 0; ; offset += 500) {
        const page = listRuns(db, { offset, limit: 500 }).rows
        rows.push(...page)
        if (page.length < 500) break
      }
      if (args.values.json) return ctx.io.out(JSON.stringify(rows))
      for (const r of rows) ctx.io.out(`${r.id}\t${r.runDate}\t${r.status}\t${r.kind}\t${r.actions} action(s)\t${r.sent} sent\t${r.skipped} skipped\t${euros(r.totalCents)}`)
      if (rows.length === 0) ctx.io.out('no runs yet')
    })
  }
}

export const dunningForecast: CliCommand = {
  path: ['dunning', 'forecast'],
  summary: 'What happens next: the reminders of the coming days if nobody pays',
  usage: '--admin <name> [--as-of <date>] [--days <n>] [--json]',
  options: { ...ADMIN, 'as-of': { type: 'string', description: 'the first day (default: today)' }, days: { type: 'string', description: 'how many days ahead (default 30)' }, ...JSON_FLAG, ...LANG },
  async run(args, ctx) {
    const asOf = asOfOption(args, false)
    const days = args.values.days === undefined ? 30 : Number(args.values.days)
    if (!Number.isInteger(days) || days < 0 || days > 365) throw new UsageError('--days must be a whole number from 0 to 365')
    await withAdmin(args, ctx, (db) => {
      const lang = language(args, db)
      const out = forecastDunning(db, asOf, days)
      if (args.values.json) return ctx.io.out(JSON.stringify(out.map((d) => ({ date: d.date, ...proposalJson(d.proposal, lang) }))))
      for (const d of out) for (const a of d.proposal.actions) ctx.io.out(`${d.date}\t${a.customerCode}\tlevel ${a.level}\t${a.channel}\t${euros(a.totalCents)}`)
    })
  }
}
