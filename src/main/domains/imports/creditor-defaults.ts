// A debtor without a country or language most likely shares the creditor's: a Belgian administration's
// customers are Belgian unless the file says otherwise.
import { eq } from 'drizzle-orm'
import type { Jurisdiction, Language } from '../../../shared/domains/parties'
import type { AppDb } from '../../db/connection'
import { administrationProfile } from '../../db/schema'

export function creditorDefaults(db: AppDb): { defaultCountry: Jurisdiction; defaultLanguage: Language } {
  const profile = db.select({ country: administrationProfile.country, language: administrationProfile.defaultLanguage }).from(administrationProfile).where(eq(administrationProfile.id, 1)).get()
  return { defaultCountry: profile?.country ?? 'NL', defaultLanguage: profile?.language ?? 'nl' }
}
