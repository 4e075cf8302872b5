// CLI: holds and snoozes, and the hand-over to a collection agency, bailiff or lawyer with its dossier.
import { existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { localToday } from '../../../shared/dates'
import { AppError } from '../../../shared/errors'
import { HANDOVER_KINDS, type HandoverKind } from '../../../shared/domains/arrangements/vocabulary'
import { LANGUAGES, type Language } from '../../../shared/domains/parties'
import { centsToDecimal } from '../../../shared/money'
import { buildDossier, saveDossier } from '../../domains/arrangements/dossier/dossier'
import { handOver, handoverInvoiceIds } from '../../domains/arrangements/handovers.service'
import { placeHold } from '../../domains/arrangements/holds.service'
import { type CliCommand, UsageError, requireString } from '../command'
import { dateOption, findCustomer, findInvoices, listOption } from './arrangement-args'

const admin = { type: 'string', description: 'the administration (name or id)' } as const
const json = { type: 'boolean', description: 'print the result as JSON' } as const

export const holdCommand: CliCommand = {
  path: ['hold'],
  summary: 'Stop reminders for a customer (or some of its invoices) until a date, or until released',
  usage: '--admin <name> --customer <code> [--until <YYYY-MM-DD>] [--reason <text>] [--invoices <n1,n2>] [--snooze] [--json]',
  options: {
    admin,
    customer: { type: 'string', description: 'the customer (code, name or id)' },
    until: { type: 'string', description: 'the last day of the hold (a snooze needs one)' },
    reason: { type: 'string', description: 'why (default: "on hold")' },
    invoices: { type: 'string', description: 'only these invoice numbers, comma-separated' },
    snooze: { type: 'boolean', description: 'a snooze (pause until the date) instead of a hold' },
    json
  },
  async run(args, ctx) {
    const customerRef = requireString(args, 'customer')
    const until = dateOption(args, 'until', false) ?? null
    const kind = args.values.snooze === true ? 'snooze' : 'hold'
    if (kind === 'snooze' && until === null) throw new UsageError('--snooze needs --until')
    const numbers = listOption(args, 'invoices')
    const reason = typeof args.values.reason === 'string' && args.values.reason.trim() !== '' ? args.values.reason : kind === 'hold' ? 'on hold' : 'snoozed'
    const a = await ctx.openAdministration(requireString(args, 'admin'))
    try {
      const customer = findCustomer(a.db, customerRef)
      const invoiceIds = numbers && findInvoices(a.db, customer.id, numbers).map((i) => i.id)
      const placed = placeHold(a.db, { customerId: customer.id, kind, reason, until, ...(invoiceIds ? { invoiceIds } : {}) }, localToday())
      if (args.values.json) ctx.io.out(JSON.stringify({ ids: placed.map((h) => h.id), customer: customer.code, kind, reason, until, invoices: numbers ?? null }))
      else ctx.io.out(`${kind} ${placed.map((h) => h.id).join(', ')}: ${customer.name}${numbers ? ` (${numbers.join(', ')})` : ''} ${until ? `until ${until}` : 'until released'}: ${reason}`)
    } finally {
      a.close()
    }
  }
}

export const handoverCommand: CliCommand = {
  path: ['handover'],
  summary: 'Hand a customer’s open items over to a collection agency, bailiff or lawyer (reminders stop for good), and write the dossier ZIP',
  usage: '--admin <name> --customer <code> --to <who> [--kind agency|bailiff|lawyer] [--date <YYYY-MM-DD>] [--reference <their ref>] [--dossier <out.zip>] [--lang nl|fr|en] [--json]',
  options: {
    admin,
    customer: { type: 'string', description: 'the customer (code, name or id)' },
    to: { type: 'string', description: 'who takes the claim over' },
    kind: { type: 'string', description: `${HANDOVER_KINDS.join(', ')} (default agency)` },
    date: { type: 'string', description: 'the day of the hand-over (default today)' },
    reference: { type: 'string', description: 'their case number' },
    dossier: { type: 'string', description: 'write the dossier ZIP (claim, invoices, timeline, letters) to this file' },
    lang: { type: 'string', description: 'language of the dossier: nl, fr or en (default: the customer’s)' },
    json
  },
  async run(args, ctx) {
    const customerRef = requireString(args, 'customer')
    const party = requireString(args, 'to')
    const kind = typeof args.values.kind === 'string' ? args.values.kind : 'agency'
    if (!(HANDOVER_KINDS as readonly string[]).includes(kind)) throw new UsageError(`--kind must be one of ${HANDOVER_KINDS.join(', ')}`)
    const lang = args.values.lang
    if (lang !== undefined && !(LANGUAGES as readonly unknown[]).includes(lang)) throw new UsageError(`--lang must be one of ${LANGUAGES.join(', ')}`)
    const today = localToday()
    const on = dateOption(args, 'date', false) ?? today
    const out = typeof args.values.dossier === 'string' ? args.values.dossier : null
    // refuse a dossier path that cannot be written before anything is recorded
    if (out !== null && !existsSync(dirname(resolve(out)))) throw new AppError('io', `${out}: the folder does not exist; nothing was recorded`, 'dossier')
    const a = await ctx.openAdministration(requireString(args, 'admin'))
    try {
      const customer = findCustomer(a.db, customerRef)
      const h = handOver(a.db, { customerId: customer.id, kind: kind as HandoverKind, party, handedOverOn: on, reference: typeof args.values.reference === 'string' ? args.values.reference : null }, today)
      const items = handoverInvoiceIds(a.db, h.id)
      const openCents = items.reduce((s, i) => s + i.openCents, 0)
      let dossier = null
      if (out !== null) {
        dossier = await buildDossier(a.db, { customerId: customer.id, asOf: today, language: (lang as Language | undefined) ?? customer.language, today })
        await saveDossier(a.db, dossier, customer.id, out)
      }
      if (args.values.json) {
        ctx.io.out(JSON.stringify({ id: h.id, customer: customer.code, kind: h.kind, party: h.party, handedOverOn: h.handedOverOn, invoices: items.length, openCents, dossier: out && { file: out, totalCents: dossier?.totalCents } }))
        return
      }
      ctx.io.out(`hand-over ${h.id}: ${customer.name} to ${party} (${kind}) on ${on}: ${items.length} invoice(s), ${centsToDecimal(openCents)} open; reminders stop`)
      if (dossier) ctx.io.out(`dossier written to ${out}: claim ${centsToDecimal(dossier.totalCents)} as of ${today}`)
    } finally {
      a.close()
    }
  }
}
