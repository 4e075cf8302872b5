// "Vandaag": the work of today across the bookkeeper's administrations, per client. The open administration
// is read as it is; in the desktop app administrations locked with this device's key are opened briefly
// (no passphrase needed); others are listed as locked.
import type { IsoDate } from '../../../shared/dates'
import type { SafeStorageLike } from '../../db/key-store'
import type { AppDb } from '../../db/connection'
import type { Administrations } from '../administrations/administrations.service'
import { WORKLIST_PROVIDERS, type WorklistItem } from './providers'

export type AdministrationWork = { id: string; name: string; current: boolean; reachable: boolean; items: WorklistItem[] }

export function worklistOf(db: AppDb, today: IsoDate): WorklistItem[] {
  return WORKLIST_PROVIDERS.flatMap((provide) => provide(db, today))
}

export type WorklistDeps = { administrations: Administrations; current: { id: string; db: AppDb } | null; safeStorage?: SafeStorageLike }

export async function todayWorklist(deps: WorklistDeps, today: IsoDate): Promise<AdministrationWork[]> {
  const out: AdministrationWork[] = []
  for (const admin of deps.administrations.list()) {
    const base = { id: admin.id, name: admin.name }
    if (deps.current?.id === admin.id) {
      out.push({ ...base, current: true, reachable: true, items: worklistOf(deps.current.db, today) })
      continue
    }
    if (admin.keyMode !== 'device' || !deps.safeStorage) {
      out.push({ ...base, current: false, reachable: false, items: [] })
      continue
    }
    try {
      const opened = await deps.administrations.open(admin.id, { device: deps.safeStorage })
      try {
        out.push({ ...base, current: false, reachable: true, items: worklistOf(opened.db, today) })
      } finally {
        opened.close()
      }
    } catch {
      out.push({ ...base, current: false, reachable: false, items: [] })
    }
  }
  // the open administration first, then those with work, then the rest
  return out.sort((a, b) => Number(b.current) - Number(a.current) || Number(b.items.length > 0) - Number(a.items.length > 0) || a.name.localeCompare(b.name))
}
