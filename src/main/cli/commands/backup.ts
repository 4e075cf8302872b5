import { ADMIN_OPTION, adminArgs, type CliCommand, requireString } from '../command'

export const backup: CliCommand = {
  path: ['backup'],
  summary: 'Write an encrypted, portable backup locked with a backup passphrase (DEBITO_BACKUP_PASSPHRASE); it carries the audit anchor',
  usage: '--admin <name> <backup-file>   (or: backup <name> <backup-file>)',
  positionals: { min: 1, max: 2 },
  options: ADMIN_OPTION,
  async run(args, ctx) {
    const { ref, rest: [target = ''] } = adminArgs(args, 1)
    const passphrase = await ctx.passphrase(`Passphrase for ${ref}: `)
    const backupPassphrase = await ctx.passphrase('Backup passphrase: ', 'DEBITO_BACKUP_PASSPHRASE', { confirm: true })
    const anchor = await ctx.administrations.backup(ref, { passphrase }, target, backupPassphrase)
    ctx.io.out(`backup written to ${target} (audit anchor: ${anchor.count} entries, head ${anchor.headHash.slice(0, 16)}…)`)
  }
}

export const restore: CliCommand = {
  path: ['restore'],
  summary: 'Restore a backup as a new administration with a fresh key (DEBITO_BACKUP_PASSPHRASE, DEBITO_PASSPHRASE), or into a damaged one with --into',
  usage: '<backup-file> --name <name> | <backup-file> --into <damaged administration>',
  positionals: { min: 1, max: 1 },
  options: {
    name: { type: 'string', description: 'name of the restored administration' },
    into: { type: 'string', description: 'restore into this administration, whose file is missing or damaged (its passphrase: DEBITO_PASSPHRASE)' }
  },
  async run(args, ctx) {
    const source = { path: args.positionals[0] ?? '' }
    if (typeof args.values.into === 'string') {
      const ref = args.values.into
      const backupPassphrase = await ctx.passphrase('Backup passphrase: ', 'DEBITO_BACKUP_PASSPHRASE')
      const passphrase = await ctx.passphrase(`Passphrase for ${ref}: `)
      const a = await ctx.administrations.restoreInto(ref, { source, backupPassphrase, unlock: { passphrase } })
      ctx.io.out(`restored "${a.name}" (${a.id}) from ${source.path}; the damaged file was kept beside it`)
      return
    }
    const name = requireString(args, 'name')
    const backupPassphrase = await ctx.passphrase('Backup passphrase: ', 'DEBITO_BACKUP_PASSPHRASE')
    const passphrase = await ctx.passphrase(`New passphrase for ${name}: `, undefined, { confirm: true })
    const a = await ctx.administrations.restore({ source, backupPassphrase, name, unlock: { passphrase } })
    ctx.io.out(`restored "${a.name}" (${a.id})`)
  }
}
