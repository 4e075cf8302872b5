// Which bank accounts are the administration's own: those it imported statements of before, and the
// IBAN on its letterhead. A statement of another account is probably another client's file: it is only
// imported when the user confirms adding the account. An administration that knows no account yet
// takes the accounts of its first statement as its own ('new'): there is nothing to compare with.
import { asc } from 'drizzle-orm'
import type { AppDb } from '../../db/connection'
import { administrationProfile, bankAccounts } from '../../db/schema'

export const ACCOUNT_STATUSES = ['known', 'new', 'foreign'] as const
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number]

const compact = (iban: string) => iban.replace(/\s+/g, '').toUpperCase()

export function classifyAccounts(db: AppDb, fileAccounts: readonly string[]): { accounts: { account: string; status: AccountStatus }[]; known: string[] } {
  const imported = db.select({ account: bankAccounts.account }).from(bankAccounts).orderBy(asc(bankAccounts.account)).all().map((r) => r.account)
  const letterhead = db.select({ iban: administrationProfile.iban }).from(administrationProfile).get()?.iban
  const known = [...new Set([...imported, ...(letterhead ? [compact(letterhead)] : [])])]
  const own = new Set(known.map(compact))
  const accounts = [...new Set(fileAccounts)].map((account) => ({
    account,
    status: own.has(compact(account)) ? ('known' as const) : known.length === 0 ? ('new' as const) : ('foreign' as const)
  }))
  return { accounts, known }
}
