import { AppError } from '../../../shared/errors'
import { ANCHOR_STATEMENT, type AnchorCheck } from '../../domains/audit/anchor'
import { ADMIN_OPTION, adminArgs, type CliCommand } from '../command'

const head = (hash: string) => `${hash.slice(0, 16)}…`

/** One line per anchor compared; a broken anchor is an error naming what is missing or altered. */
function anchorLine(where: string, check: AnchorCheck): string {
  switch (check.status) {
    case 'none':
      return `${where}: no anchor recorded yet (Debito records it on its next write)`
    case 'match':
      return `${where} (${check.anchor.at}): ${check.anchor.count} entries, head ${head(check.anchor.headHash)} — matches${check.newer > 0 ? `; ${check.newer} newer entries follow it` : ''}`
    case 'entries-removed':
      throw new AppError('conflict', `audit log does not match ${where}: it recorded ${check.anchor.count} entries, the log has ${check.count} (the newest entries were removed)`)
    case 'rewritten':
      throw new AppError('conflict', `audit log does not match ${where}: entry ${check.anchor.count} is not the one recorded (it, or an entry before it, was altered and the chain re-hashed)`)
  }
}

export const verifyAuditCommand: CliCommand = {
  path: ['verify-audit'],
  summary: 'Check the hash chain of the audit log, name the first broken entry, and compare it with its anchor (registry, and backups given with --backup)',
  usage: '--admin <name> [--backup <file>]   (or: verify-audit <name>)',
  positionals: { min: 0, max: 1 },
  options: { ...ADMIN_OPTION, backup: { type: 'string', description: "also compare with the anchor in this backup (its passphrase: DEBITO_BACKUP_PASSPHRASE)" } },
  async run(args, ctx) {
    const { ref } = adminArgs(args)
    const backupFile = typeof args.values.backup === 'string' ? args.values.backup : undefined
    const backupPassphrase = backupFile === undefined ? undefined : await ctx.passphrase('Backup passphrase: ', 'DEBITO_BACKUP_PASSPHRASE')
    const admin = await ctx.openAdministration(ref)
    try {
      const report = ctx.administrations.verifyAudit(admin.id, admin.db)
      if (!report.chain.ok) throw new AppError('conflict', `audit log broken at entry ${report.chain.brokenAt}: ${report.chain.reason}`)
      ctx.io.out(`audit log intact: ${report.chain.count} entries, head ${head(report.chain.headHash)}`)
      ctx.io.out(anchorLine('the anchor in administrations.json', report.anchor))
      if (backupFile !== undefined && backupPassphrase !== undefined) {
        const anchor = ctx.administrations.backupAnchor(backupFile, backupPassphrase)
        if (anchor === null) throw new AppError('validation', `${backupFile} carries no audit anchor (it was made by an older Debito)`)
        if (anchor.administrationId !== admin.id) ctx.io.out(`note: ${backupFile} is a backup of "${anchor.name}", not of this administration`)
        ctx.io.out(anchorLine(`the anchor in ${backupFile}`, ctx.administrations.checkAnchor(admin.db, anchor)))
      }
      ctx.io.out(ANCHOR_STATEMENT)
    } finally {
      admin.close()
    }
  }
}
