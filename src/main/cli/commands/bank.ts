import { readFileSync } from 'node:fs'
import { toPrintedModel } from '../../../shared/domains/payments/bank-model'
import { AppError } from '../../../shared/errors'
import { importBankFile } from '../../domains/payments/bank-import.service'
import { parseBankFile } from '../../domains/payments/parsers/parse-bank-file'
import { type CliCommand, requireString } from '../command'

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
  usage: '<file> --admin <name>',
  positionals: { min: 1, max: 1 },
  options: { admin: { type: 'string', description: 'the administration (name or id)' } },
  async run(args, ctx) {
    const file = args.positionals[0] ?? ''
    const ref = requireString(args, 'admin')
    const bytes = readBankFile(file)
    const admin = await ctx.openAdministration(ref)
    try {
      const s = importBankFile(admin.db, bytes, file)
      ctx.io.out(`${s.file}: ${s.format}, ${s.statements} statement(s)`)
      ctx.io.out(`new entries: ${s.newEntries}, duplicates skipped: ${s.duplicates}`)
      ctx.io.out(`auto-matched: ${s.autoMatched}, returns re-opened: ${s.returns}, proposals: ${s.proposals}, unmatched: ${s.unmatched}`)
      for (const w of s.warnings) ctx.io.out(`warning: ${w}`)
    } finally {
      admin.close()
    }
  }
}
