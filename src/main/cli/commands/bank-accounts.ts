// The administration's own bank accounts from the command line: list, add by hand, remove one added by
// mistake (refused while imported statements use it).
import { addBankAccount, listBankAccounts, removeBankAccount } from '../../domains/payments/bank-accounts.service'
import type { AppDb } from '../../db/connection'
import { ADMIN_OPTION, type CliCommand, type CliContext, type ParsedArgs, requireString } from '../command'

const JSON_FLAG = { json: { type: 'boolean', description: 'print JSON for other tools' } } as const

/** Opens the --admin administration, prints what `work` returns, and closes it again. */
async function inAdmin(args: ParsedArgs, ctx: CliContext, work: (db: AppDb) => string): Promise<void> {
  const admin = await ctx.openAdministration(requireString(args, 'admin'))
  try {
    ctx.io.out(work(admin.db))
  } finally {
    admin.close()
  }
}

export const bankAccountList: CliCommand = {
  path: ['bank', 'account', 'list'],
  summary: 'List the administration\'s own bank accounts and how many imported statements use each',
  usage: '--admin <name> [--json]',
  options: { ...ADMIN_OPTION, ...JSON_FLAG },
  run: (args, ctx) =>
    inAdmin(args, ctx, (db) => {
      const rows = listBankAccounts(db)
      if (args.values.json) return JSON.stringify(rows)
      if (rows.length === 0) return 'no bank accounts yet: import a statement, or add one with bank account add'
      return rows.map((r) => [r.account, r.name ?? '-', `${r.statements} statement(s)`, `${r.entries} entries`, ...(r.letterhead ? ['letterhead'] : [])].join('\t')).join('\n')
    })
}

export const bankAccountAdd: CliCommand = {
  path: ['bank', 'account', 'add'],
  summary: 'Add a bank account to the administration\'s own accounts (before its first statement is imported)',
  usage: '<iban> --admin <name> [--name <text>] [--json]',
  positionals: { min: 1, max: 1 },
  options: { ...ADMIN_OPTION, name: { type: 'string', description: 'a name for the account, e.g. "Zakelijke rekening"' }, ...JSON_FLAG },
  run: (args, ctx) =>
    inAdmin(args, ctx, (db) => {
      const added = addBankAccount(db, { account: args.positionals[0] ?? '', name: typeof args.values.name === 'string' ? args.values.name : null })
      return args.values.json ? JSON.stringify({ added }) : `added bank account ${added.account}`
    })
}

export const bankAccountRemove: CliCommand = {
  path: ['bank', 'account', 'remove'],
  summary: 'Remove a bank account added by mistake (refused while imported statements use it)',
  usage: '<iban> --admin <name> [--json]',
  positionals: { min: 1, max: 1 },
  options: { ...ADMIN_OPTION, ...JSON_FLAG },
  run: (args, ctx) =>
    inAdmin(args, ctx, (db) => {
      const removed = removeBankAccount(db, args.positionals[0] ?? '')
      return args.values.json ? JSON.stringify({ removed }) : `removed bank account ${removed.account}`
    })
}
