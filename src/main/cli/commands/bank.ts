import { readFileSync } from 'node:fs'
import { toPrintedModel } from '../../../shared/domains/payments/bank-model'
import { AppError } from '../../../shared/errors'
import { parseBankFile } from '../../domains/payments/parsers/parse-bank-file'
import type { CliCommand } from '../command'

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
