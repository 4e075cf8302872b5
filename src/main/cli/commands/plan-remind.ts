// `plan remind`: the reminder letter before one instalment of a payment plan, written where asked and
// archived; the instalment then counts as reminded. A second time only with --resend, as a copy.
import { resolve } from 'node:path'
import { localToday } from '../../../shared/dates'
import { AppError } from '../../../shared/errors'
import { centsToDecimal } from '../../../shared/money'
import { instalmentOfPlan } from '../../domains/arrangements/plans.service'
import { planReminder } from '../../domains/letters/plan-reminder.service'
import { type CliCommand, requireString } from '../command'
import { intOption } from './arrangement-args'
import { withAdmin } from './dunning'
import { languageOption, writeAll } from './letters'

export const planRemind: CliCommand = {
  path: ['plan', 'remind'],
  summary: 'Write the reminder letter before a plan instalment (its amount, due date, own payment reference and QR code, and the instalments still to come) and archive it',
  usage: '--admin <name> --plan <id> --instalment <n> --out <f.pdf> [--eml] [--lang nl|fr|en] [--resend] [--json]',
  options: {
    admin: { type: 'string', description: 'the administration (name or id)' },
    plan: { type: 'string', description: 'the payment plan number (see plan create)' },
    instalment: { type: 'string', description: 'the instalment number (0 is the down payment)' },
    out: { type: 'string', description: 'the PDF file to write' },
    eml: { type: 'boolean', description: 'also write an e-mail (.eml, the PDF attached) beside it, to open in your mail program' },
    lang: { type: 'string', description: 'the letter language (default: the customer’s)' },
    resend: { type: 'boolean', description: 'confirm sending it again: a copy marked "kopie" is made and archived' },
    json: { type: 'boolean', description: 'print the result as JSON' }
  },
  async run(args, ctx) {
    requireString(args, 'plan')
    requireString(args, 'instalment')
    const planId = intOption(args, 'plan', 0, Number.MAX_SAFE_INTEGER)
    const seq = intOption(args, 'instalment', 0, 1000)
    const out = resolve(requireString(args, 'out'))
    const language = languageOption(args)
    const eml = args.values.eml === true
    await withAdmin(args, ctx, async (db) => {
      const inst = instalmentOfPlan(db, planId, seq)
      const output = await planReminder(db, { instalmentId: inst.id, today: localToday(), eml, resend: args.values.resend === true, ...(language ? { language } : {}) })
      const pdf = output.files.find((f) => f.mime === 'application/pdf')!
      const mail = output.files.find((f) => f.mime === 'message/rfc822')
      const emlPath = eml ? out.replace(/(\.pdf)?$/i, '.eml') : null
      if (eml && !mail) throw new AppError('validation', 'no e-mail can be made: the customer has no e-mail address; nothing was written', 'email')
      writeAll([{ path: out, file: pdf }, ...(emlPath && mail ? [{ path: emlPath, file: mail }] : [])])
      output.commit(`saved to ${out}${emlPath ? ` and ${emlPath}` : ''}`)
      if (args.values.json)
        return ctx.io.out(JSON.stringify({ planId, instalment: seq, dueDate: inst.dueDate, file: out, eml: emlPath, pages: output.pages, copies: output.copies }))
      ctx.io.out(`wrote ${out}${emlPath ? ` and ${emlPath}` : ''}: reminder of instalment ${seq} of plan ${planId} (${centsToDecimal(inst.amountCents)} due ${inst.dueDate})${output.copies ? ' as a copy marked "kopie"' : ''}`)
    })
  }
}
