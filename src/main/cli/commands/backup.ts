import { type CliCommand, requireString } from '../command'

export const backup: CliCommand = {
  path: ['backup'],
  summary: 'Write an encrypted, portable backup locked with a backup passphrase (DEBITO_BACKUP_PASSPHRASE)',
  usage: '<name-or-id> <backup-file>',
  positionals: { min: 2, max: 2 },
  async run({ positionals: [ref = '', target = ''] }, ctx) {
    const passphrase = await ctx.passphrase(`Passphrase for ${ref}: `)
    const backupPassphrase = await ctx.passphrase('Backup passphrase: ', 'DEBITO_BACKUP_PASSPHRASE', { confirm: true })
    await ctx.administrations.backup(ref, { passphrase }, target, backupPassphrase)
    ctx.io.out(`backup written to ${target}`)
  }
}

export const restore: CliCommand = {
  path: ['restore'],
  summary: 'Restore a backup as a new administration with a fresh key (DEBITO_BACKUP_PASSPHRASE, DEBITO_PASSPHRASE)',
  usage: '<backup-file> --name <name>',
  positionals: { min: 1, max: 1 },
  options: { name: { type: 'string', description: 'name of the restored administration' } },
  async run(args, ctx) {
    const name = requireString(args, 'name')
    const source = args.positionals[0] ?? ''
    const backupPassphrase = await ctx.passphrase('Backup passphrase: ', 'DEBITO_BACKUP_PASSPHRASE')
    const passphrase = await ctx.passphrase(`New passphrase for ${name}: `, undefined, { confirm: true })
    const a = await ctx.administrations.restore({ source, backupPassphrase, name, unlock: { passphrase } })
    ctx.io.out(`restored "${a.name}" (${a.id})`)
  }
}
