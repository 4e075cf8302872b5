// Freshness guard: no reminder goes out on stale bank data. Per bank account the date of the newest
// imported statement; the dunning proposal warns, or is blocked, when it is older than N days.
import { asc, inArray } from 'drizzle-orm'
import { daysBetween, type IsoDate } from '../../../shared/dates'
import { AppError } from '../../../shared/errors'
import { type AppDb, withWrite } from '../../db/connection'
import { bankAccounts, settings } from '../../db/schema'
import { appendAudit } from '../audit/audit.repo'

export const FRESHNESS_MAX_AGE_KEY = 'bank.freshness.max_age_days'
export const FRESHNESS_MODE_KEY = 'bank.freshness.mode'
export const FRESHNESS_MODES = ['warn', 'block'] as const
export type FreshnessMode = (typeof FRESHNESS_MODES)[number]
export type FreshnessSettings = { maxAgeDays: number; mode: FreshnessMode }

const DEFAULTS: FreshnessSettings = { maxAgeDays: 7, mode: 'warn' }

export type AccountFreshness = { account: string; lastStatementDate: IsoDate | null; ageDays: number | null; stale: boolean }

export function freshnessSettings(db: AppDb): FreshnessSettings {
  const rows = db.select().from(settings).where(inArray(settings.key, [FRESHNESS_MAX_AGE_KEY, FRESHNESS_MODE_KEY])).all()
  const value = (key: string) => rows.find((r) => r.key === key)?.value
  const days = Number(value(FRESHNESS_MAX_AGE_KEY))
  const mode = value(FRESHNESS_MODE_KEY)
  return {
    maxAgeDays: Number.isInteger(days) && days >= 0 ? days : DEFAULTS.maxAgeDays,
    mode: (FRESHNESS_MODES as readonly string[]).includes(mode ?? '') ? (mode as FreshnessMode) : DEFAULTS.mode
  }
}

export function setFreshnessSettings(db: AppDb, next: Partial<FreshnessSettings>): FreshnessSettings {
  if (next.maxAgeDays !== undefined && (!Number.isInteger(next.maxAgeDays) || next.maxAgeDays < 0)) {
    throw new AppError('validation', 'the maximum age is a whole number of days, 0 or more', 'maxAgeDays')
  }
  if (next.mode !== undefined && !FRESHNESS_MODES.includes(next.mode)) throw new AppError('validation', 'mode is warn or block', 'mode')
  return withWrite(db, (tx) => {
    const merged = { ...freshnessSettings(tx), ...next }
    const updatedAt = new Date().toISOString()
    for (const [key, value] of [[FRESHNESS_MAX_AGE_KEY, String(merged.maxAgeDays)], [FRESHNESS_MODE_KEY, merged.mode]] as const) {
      tx.insert(settings).values({ key, value, updatedAt }).onConflictDoUpdate({ target: settings.key, set: { value, updatedAt } }).run()
    }
    appendAudit(tx, { action: 'settings.update', entity: 'settings', entityId: 'bank.freshness', data: merged })
    return merged
  })
}

/** Per bank account: the last statement date, its age on `asOf` and whether it is older than `maxAgeDays`. */
export function bankFreshness(db: AppDb, asOf: IsoDate, maxAgeDays: number = freshnessSettings(db).maxAgeDays): AccountFreshness[] {
  return db
    .select({ account: bankAccounts.account, lastStatementDate: bankAccounts.lastStatementDate })
    .from(bankAccounts)
    .orderBy(asc(bankAccounts.account))
    .all()
    .map(({ account, lastStatementDate }) => {
      const ageDays = lastStatementDate === null ? null : daysBetween(lastStatementDate, asOf)
      return { account, lastStatementDate, ageDays, stale: ageDays === null || ageDays > maxAgeDays }
    })
}

export type FreshnessVerdict = {
  level: 'ok' | 'warn' | 'block'
  /** English text for logs and the CLI; the screens word it themselves from the fields */
  message: string | null
  settings: FreshnessSettings
  accounts: AccountFreshness[]
}

/** What the dunning proposal asks before it proposes reminders on `asOf`. */
export function freshnessGuard(db: AppDb, asOf: IsoDate): FreshnessVerdict {
  const s = freshnessSettings(db)
  const accounts = bankFreshness(db, asOf, s.maxAgeDays)
  const stale = accounts.filter((a) => a.stale)
  if (accounts.length > 0 && stale.length === 0) return { level: 'ok', message: null, settings: s, accounts }
  const message =
    accounts.length === 0
      ? 'no bank statement has been imported yet: payments may be missing'
      : `bank data older than ${s.maxAgeDays} days: ${stale.map((a) => `${a.account} (last statement ${a.lastStatementDate ?? 'never'})`).join(', ')}`
  return { level: s.mode, message, settings: s, accounts }
}

/** The bank account rows, for a screen that lists them. */
export function bankAccountList(db: AppDb): (typeof bankAccounts.$inferSelect)[] {
  return db.select().from(bankAccounts).orderBy(asc(bankAccounts.account)).all()
}

