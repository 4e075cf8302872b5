import { eq } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import type { ProfileDto, settingsContract } from '../../../shared/ipc/settings.contract'
import { type AppDb, withWrite } from '../../db/connection'
import { administrationProfile } from '../../db/schema'
import { appendAudit } from '../../domains/audit/audit.repo'
import type { AppServices } from '../../session/app-services'
import type { DomainHandlers } from '../handlers'

function readProfile(db: AppDb): ProfileDto {
  const row = db.select().from(administrationProfile).where(eq(administrationProfile.id, 1)).get()
  if (!row) throw new AppError('not-found', 'This administration has no profile yet.')
  const { id: _id, logo: _logo, updatedAt: _updatedAt, ...profile } = row
  return profile
}

export function settingsHandlers({ session, events }: AppServices): DomainHandlers<typeof settingsContract> {
  return {
    'settings:get-profile': () => readProfile(session.db()),
    'settings:update-profile': (input) => {
      const db = session.db()
      const profile = withWrite(db, (tx) => {
        tx.update(administrationProfile)
          .set({ ...input, updatedAt: new Date().toISOString() })
          .where(eq(administrationProfile.id, 1))
          .run()
        appendAudit(tx, { action: 'profile.update', entity: 'administration_profile', entityId: 1, data: input })
        return readProfile(tx)
      })
      events.dataChanged(['settings'])
      return profile
    }
  }
}
