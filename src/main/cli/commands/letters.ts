// `letters print|export|verify` and `statement`: the letters on the command line. Files are written only
// where asked (--out, --dir), never over an existing file, and letters count as sent once they are written.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { localToday } from '../../../shared/dates'
import { LANGUAGES, type Language } from '../../../shared/domains/parties'
import { AppError } from '../../../shared/errors'
import type { OutputFile, PendingOutput } from '../../domains/letters/output.service'
import { exportRun, printRun } from '../../domains/letters/output.service'
import { createStatement } from '../../domains/letters/records.service'
import { verifyArchive } from '../../domains/letters/letters.repo'
import { type CliCommand, type ParsedArgs, UsageError, requireString } from '../command'
import { dateOption, findCustomer } from './arrangement-args'
import { runOption, withAdmin } from './dunning'

const ADMIN = { admin: { type: 'string', description: 'the administration (name or id)' } } as const
const JSON_FLAG = { json: { type: 'boolean', description: 'print the result as JSON' } } as const
const RESEND = { resend: { type: 'boolean', description: 'confirm sending letters again: copies marked "kopie" are made and archived' } } as const

/** Writes every file or none: all targets are checked first, and nothing is ever overwritten. */
export function writeAll(files: readonly { path: string; file: OutputFile }[]): void {
  const taken = files.find((f) => existsSync(f.path))
  if (taken) throw new AppError('io', `${taken.path} already exists; nothing was written`, 'out')
  for (const f of files) writeFileSync(f.path, f.file.bytes, { flag: 'wx' })
}

export function languageOption(args: ParsedArgs): Language | undefined {
  const lang = args.values.lang
  if (lang === undefined) return undefined
  if (typeof lang !== 'string' || !(LANGUAGES as readonly string[]).includes(lang)) throw new UsageError('--lang must be nl, fr or en')
  return lang as Language
}

function describe(o: PendingOutput): string {
  return `${o.letters} letter(s)${o.copies ? ' as copies marked "kopie"' : ''}, ${o.pages} page(s)`
}

export const lettersPrint: CliCommand = {
  path: ['letters', 'print'],
  summary: 'Write the print PDF of an executed run: every paper letter, each starting on an odd page',
  usage: '--admin <name> --run <id> --out <run.pdf> [--resend] [--json]',
  options: { ...ADMIN, run: { type: 'string', description: 'the run number (see dunning runs)' }, out: { type: 'string', description: 'the PDF file to write' }, ...RESEND, ...JSON_FLAG },
  async run(args, ctx) {
    const runId = runOption(args)
    const out = resolve(requireString(args, 'out'))
    await withAdmin(args, ctx, async (db) => {
      const output = await printRun(db, runId, { resend: args.values.resend === true })
      writeAll([{ path: out, file: output.files[0]! }])
      output.commit(`saved to ${out}`)
      if (args.values.json) return ctx.io.out(JSON.stringify({ runId, file: out, letters: output.letters, pages: output.pages, copies: output.copies }))
      ctx.io.out(`wrote ${out}: ${describe(output)}`)
    })
  }
}

export const lettersExport: CliCommand = {
  path: ['letters', 'export'],
  summary: 'Write one PDF per letter of an executed run into a folder, and with --eml an e-mail (.eml) per letter to open in your mail program',
  usage: '--admin <name> --run <id> --dir <folder> [--eml] [--resend] [--json]',
  options: {
    ...ADMIN,
    run: { type: 'string', description: 'the run number (see dunning runs)' },
    dir: { type: 'string', description: 'the folder to write into (created when missing)' },
    eml: { type: 'boolean', description: 'also write an .eml per letter whose customer has an e-mail address' },
    ...RESEND,
    ...JSON_FLAG
  },
  async run(args, ctx) {
    const runId = runOption(args)
    const dir = resolve(requireString(args, 'dir'))
    await withAdmin(args, ctx, async (db) => {
      const output = await exportRun(db, runId, { resend: args.values.resend === true, eml: args.values.eml === true })
      mkdirSync(dir, { recursive: true })
      writeAll(output.files.map((file) => ({ path: join(dir, file.name), file })))
      output.commit(`exported to ${dir}`)
      if (args.values.json) return ctx.io.out(JSON.stringify({ runId, dir, files: output.files.map((f) => f.name), letters: output.letters, copies: output.copies, skipped: output.skipped }))
      ctx.io.out(`wrote ${output.files.length} file(s) to ${dir}: ${describe(output)}`)
      for (const s of output.skipped) ctx.io.out(`no e-mail for ${s.customerCode}: the customer has no e-mail address`)
    })
  }
}

export const lettersVerify: CliCommand = {
  path: ['letters', 'verify'],
  summary: 'Check every archived letter and print PDF against its stored SHA-256 (exit 1 when one differs)',
  usage: '--admin <name> [--json]',
  options: { ...ADMIN, ...JSON_FLAG },
  async run(args, ctx) {
    await withAdmin(args, ctx, (db) => {
      const r = verifyArchive(db)
      if (args.values.json) ctx.io.out(JSON.stringify(r))
      else ctx.io.out(`checked ${r.letters} letter(s) and ${r.batches} print PDF(s): ${r.failures.length === 0 ? 'all unchanged' : `${r.failures.length} altered`}`)
      const first = r.failures[0]
      if (first) throw new AppError('conflict', `${first.kind} ${first.id}${first.customerCode ? ` (${first.customerCode}, ${first.letterDate})` : ''} does not match its stored SHA-256`)
    })
  }
}

export const statementCommand: CliCommand = {
  path: ['statement'],
  summary: 'Write the statement of account of a customer as of a date (open items, age, recent payments) and archive it',
  usage: '--admin <name> --customer <code> --as-of <YYYY-MM-DD> --out <s.pdf> [--lang nl|fr|en] [--json]',
  options: {
    ...ADMIN,
    customer: { type: 'string', description: 'the customer (code, name or id)' },
    'as-of': { type: 'string', description: 'the day the statement shows, YYYY-MM-DD' },
    out: { type: 'string', description: 'the PDF file to write' },
    lang: { type: 'string', description: 'the letter language (default: the customer’s)' },
    ...JSON_FLAG
  },
  async run(args, ctx) {
    const asOf = dateOption(args, 'as-of')!
    const out = resolve(requireString(args, 'out'))
    const language = languageOption(args)
    const customerRef = requireString(args, 'customer')
    await withAdmin(args, ctx, async (db) => {
      const customer = findCustomer(db, customerRef)
      const output = await createStatement(db, { customerId: customer.id, asOf, today: localToday(), ...(language ? { language } : {}) })
      writeAll([{ path: out, file: output.files[0]! }])
      output.commit(`saved to ${out}`)
      if (args.values.json) return ctx.io.out(JSON.stringify({ customer: customer.code, asOf, file: out, pages: output.pages, letterId: output.letterId() }))
      ctx.io.out(`wrote ${out}: statement of ${customer.name} as of ${asOf}, ${output.pages} page(s)`)
    })
  }
}
