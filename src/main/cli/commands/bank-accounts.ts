// The administration's own bank accounts from the command line: list, add by hand, remove one added by
// mistake (refused while imported statements use it).
import { addBankAccount, listBankAccounts, removeBankAccount } from '../../domains/payments/bank-accounts.service'
import { ADMIN_OPTION, type CliCommand, requireString } from '../command'

const JSON_FLAG = { json: { type: 'boolean', description: 'print JSON for other tools' } } as const

export const bankAccountList: CliCommand = {
  path: ['bank', 'account', 'list'],
  summary: 'List the administration\'s own bank accounts and how many imported statements use each',
  usage: '--admin <name> [--json]',
  options: { ...ADMIN_OPTION, ...JSON_FLAG },
  async run(args, ctx) {
    const admin = await ctx.openAdministration(requireString(args, 'admin'))
    try {
      const rows = listBankAccounts(admin.db)
      if (args.values.json) return ctx.io.out(JSON.stringify(rows))
      if (rows.length === 0) return ctx.io.out('no bank accounts yet: import a statement, or add one with bank account add')
      for (const r of rows) ctx.io.out([r.account, r.name ?? '-', `${r.statements} statement(s)`, `${r.entries} entries`, ...(r.letterhead ? ['letterhead'] : [])].join('\t'))
    } finally {
      admin.close()
    }
  }
}

export const bankAccountAdd: CliCommand = {
  path: ['bank', 'account', 'add'],
  summary: 'Add a bank account to the administration\'s own accounts (before its first statement is imported)',
  usage: '<iban> --admin <name> [--name <text>] [--json]',
  positionals: { min: 1, max: 1 },
  options: { ...ADMIN_OPTION, name: { type: 'string', description: 'a name for the account, e.g. "Zakelijke rekening"' }, ...JSON_FLAG },
  async run(args, ctx) {
    const admin = await ctx.openAdministration(requireString(args, 'admin'))
    try {
      const name = typeof args.values.name === 'string' ? args.values.name : null
      const added = addBankAccount(admin.db, { account: args.positionals[0] ?? '', name })
      ctx.io.out(args.values.json ? JSON.stringify({ added }) : `added bank account ${added.account}`)
    } finally {
      admin.close()
    }
  }
}

export const bankAccountRemove: CliCommand = {
  path: ['bank', 'account', 'remove'],
  summary: 'Remove a bank account added by mistake (refused while imported statements use it)',
  usage: '<iban> --admin <name> [--json]',
  positionals: { min: 1, max: 1 },
  options: { ...ADMIN_OPTION, ...JSON_FLAG },
  async run(args, ctx) {
    const admin = await ctx.openAdministration(requireString(args, 'admin'))
    try {
      const removed = removeBankAccount(admin.db, args.positionals[0] ?? '')
      ctx.io.out(args.values.json ? JSON.stringify({ removed }) : `removed bank account ${removed.account}`)
    } finally {
      admin.close()
    }
  }
}
