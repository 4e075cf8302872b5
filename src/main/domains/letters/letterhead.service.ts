// The letterhead is the administration's profile: name, address, bank, registrations and a logo. The
// settings screen, the CLI (`admin profile`) and the letters read and write it here.
import { eq } from 'drizzle-orm'
import { logoInfo, LOGO_MAX_BYTES } from '../../../shared/domains/letters/logo'
import { AppError } from '../../../shared/errors'
import { type ProfileDto, ProfileUpdateSchema } from '../../../shared/ipc/settings.contract'
import { type AppDb, withWrite } from '../../db/connection'
import { administrationProfile } from '../../db/schema'
import { appendAudit } from '../audit/audit.repo'

export function readProfile(db: AppDb): ProfileDto {
  const row = db.select().from(administrationProfile).where(eq(administrationProfile.id, 1)).get()
  if (!row) throw new AppError('not-found', 'This administration has no profile yet.')
  const { id: _id, logo: _logo, updatedAt: _updatedAt, ...profile } = row
  return profile
}

/** Changes some fields of the profile; the result is checked as a whole (IBAN, BIC, e-mail…). */
export function updateProfile(db: AppDb, patch: Partial<ProfileDto>): ProfileDto {
  const parsed = ProfileUpdateSchema.safeParse({ ...readProfile(db), ...patch })
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const field = String(issue?.path[0] ?? 'profile')
    throw new AppError('validation', `${field}: ${issue?.message ?? 'invalid'}`, field)
  }
  return withWrite(db, (tx) => {
    tx.update(administrationProfile)
      .set({ ...parsed.data, updatedAt: new Date().toISOString() })
      .where(eq(administrationProfile.id, 1))
      .run()
    appendAudit(tx, { action: 'profile.update', entity: 'administration_profile', entityId: 1, data: parsed.data })
    return readProfile(tx)
  })
}

/** Sets (or with null removes) the logo: a PNG or JPEG of at most 1 MB, stored inside the database. */
export function setLogo(db: AppDb, bytes: Uint8Array | null, fileName = 'logo'): { format: string; width: number; height: number } | null {
  const info = bytes ? logoInfo(bytes) : null
  if (bytes && !info) throw new AppError('validation', `${fileName} is not a PNG or JPEG image.`, 'logo')
  if (bytes && bytes.length > LOGO_MAX_BYTES) throw new AppError('validation', `${fileName} is larger than 1 MB; save a smaller logo.`, 'logo')
  withWrite(db, (tx) => {
    tx.update(administrationProfile)
      .set({ logo: bytes ? Buffer.from(bytes) : null, updatedAt: new Date().toISOString() })
      .where(eq(administrationProfile.id, 1))
      .run()
    appendAudit(tx, { action: bytes ? 'profile.logo' : 'profile.logo.remove', entity: 'administration_profile', entityId: 1, data: info ?? {} })
  })
  return info
}

export function readLogo(db: AppDb): Uint8Array | null {
  const row = db.select({ logo: administrationProfile.logo }).from(administrationProfile).where(eq(administrationProfile.id, 1)).get()
  return row?.logo ? new Uint8Array(row.logo) : null
}
