// The administration's aging choice (basis and bucket bounds): the dashboard, the report and the
// exports use it unless a caller asks for something else.
import { eq } from 'drizzle-orm'
import { AGING_BASES, type AgingBasis, DEFAULT_AGING_BOUNDS, parseAgingBounds } from '../../../shared/domains/reports/aging'
import type { AgingSettingsDto } from '../../../shared/ipc/reports.contract'
import { type AppDb, withWrite } from '../../db/connection'
import { settings } from '../../db/schema'
import { appendAudit } from '../audit/audit.repo'

export const AGING_SETTINGS_KEY = 'reports.aging'

const DEFAULTS: AgingSettingsDto = { basis: 'due', bounds: [...DEFAULT_AGING_BOUNDS] }

export function agingSettings(db: AppDb): AgingSettingsDto {
  const value = db.select().from(settings).where(eq(settings.key, AGING_SETTINGS_KEY)).get()?.value
  if (value === undefined) return DEFAULTS
  try {
    const saved = JSON.parse(value) as { basis?: unknown; bounds?: unknown }
    const basis = (AGING_BASES as readonly unknown[]).includes(saved.basis) ? (saved.basis as AgingBasis) : DEFAULTS.basis
    const bounds = Array.isArray(saved.bounds) ? parseAgingBounds(saved.bounds.join(',')) : DEFAULTS.bounds
    return { basis, bounds }
  } catch {
    // a damaged setting falls back to the defaults rather than breaking every report
    return DEFAULTS
  }
}

export function setAgingSettings(db: AppDb, next: AgingSettingsDto): AgingSettingsDto {
  const checked = { basis: next.basis, bounds: parseAgingBounds(next.bounds.join(',')) }
  return withWrite(db, (tx) => {
    const value = JSON.stringify(checked)
    const updatedAt = new Date().toISOString()
    tx.insert(settings).values({ key: AGING_SETTINGS_KEY, value, updatedAt }).onConflictDoUpdate({ target: settings.key, set: { value, updatedAt } }).run()
    appendAudit(tx, { action: 'settings.update', entity: 'settings', entityId: AGING_SETTINGS_KEY, data: checked })
    return checked
  })
}
