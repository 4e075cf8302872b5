import { AppError } from '../../../shared/errors'
import { verifyAudit } from '../../domains/audit/audit.repo'
import type { CliCommand } from '../command'

export const verifyAuditCommand: CliCommand = {
  path: ['verify-audit'],
  summary: 'Check the hash chain of the audit log and name the first broken entry',
  usage: '<name-or-id>',
  positionals: { min: 1, max: 1 },
  async run({ positionals: [ref = ''] }, ctx) {
    const admin = await ctx.openAdministration(ref)
    try {
      const verdict = verifyAudit(admin.db)
      if (!verdict.ok) throw new AppError('conflict', `audit log broken at entry ${verdict.brokenAt}: ${verdict.reason}`)
      ctx.io.out(`audit log intact: ${verdict.count} entries, head ${verdict.headHash.slice(0, 16)}…`)
    } finally {
      admin.close()
    }
  }
}
