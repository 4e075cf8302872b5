// `npm run web -- --demo`: an administration full of realistic data so every screen has something to show.
import { localToday } from '../../shared/dates'
import type { Administrations } from '../domains/administrations/administrations.service'
import { seedDemoData } from './seed-demo'

export const DEMO_NAME = 'Demo Installatietechniek B.V.'
export const DEMO_PASSPHRASE = 'demo'

/** Creates the demo administration once; later calls find it and leave it as it is. */
export async function createDemoAdministration(
  administrations: Administrations,
  opts: { name?: string; passphrase?: string; seed?: number } = {}
): Promise<{ name: string; passphrase: string }> {
  const name = opts.name ?? DEMO_NAME
  const passphrase = opts.passphrase ?? DEMO_PASSPHRASE
  if (administrations.list({ includeArchived: true }).some((a) => a.name === name)) return { name, passphrase }
  const created = await administrations.create({ name, country: 'NL', unlock: { passphrase } })
  const admin = await administrations.open(created.id, { passphrase })
  try {
    seedDemoData(admin.db, { today: localToday(), ...(opts.seed === undefined ? {} : { seed: opts.seed }) })
  } finally {
    admin.close()
  }
  return { name, passphrase }
}
