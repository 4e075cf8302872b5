// The administration's own bank accounts: listed with what uses them, added by hand (so a first statement
// of another client's account is caught), and removed when added by mistake. An account that imported
// statements use stays: removing it would orphan entries and the allocations booked from them.
import { asc, count, eq } from 'drizzle-orm'
import { isValidIban, normalizeIban } from '../../../shared/domains/legal/references/iban'
import { AppError } from '../../../shared/errors'
import { type AppDb, withWrite } from '../../db/connection'
import { administrationProfile, bankAccounts, bankEntries, bankStatements } from '../../db/schema'
import { appendAudit } from '../audit/audit.repo'

export type BankAccountRow = {
  account: string
  name: string | null
  currency: string
  lastStatementDate: string | null
  /** imported statements and entries of the account: while any exist it cannot be removed */
  statements: number
  entries: number
  /** the IBAN on the letterhead: changed in the profile, not here */
  letterhead: boolean
}

export type NewBankAccount = { account: string; name?: string | null; currency?: string }

const compact = (account: string) => account.replace(/\s+/g, '').toUpperCase()

/** Two letters and two digits open an IBAN; anything else is a bank's own account id, kept as typed. */
function normalizeAccount(text: string): string {
  const account = compact(text)
  if (account === '') throw new AppError('validation', 'the account number is empty', 'account')
  if (/^[A-Z]{2}\d{2}/.test(account) && !isValidIban(account)) throw new AppError('validation', `${account} is not a valid IBAN`, 'account')
  return /^[A-Z]{2}\d{2}/.test(account) ? normalizeIban(account) : account
}

function usage(db: AppDb, bankAccountId: number): { statements: number; entries: number } {
  const statements = db.select({ n: count() }).from(bankStatements).where(eq(bankStatements.bankAccountId, bankAccountId)).get()?.n ?? 0
  const entries = db.select({ n: count() }).from(bankEntries).where(eq(bankEntries.bankAccountId, bankAccountId)).get()?.n ?? 0
  return { statements, entries }
}

/** The accounts, by number; the letterhead IBAN is listed too (it counts as the administration's own). */
export function listBankAccounts(db: AppDb): BankAccountRow[] {
  const letterhead = db.select({ iban: administrationProfile.iban }).from(administrationProfile).get()?.iban
  const own = letterhead ? compact(letterhead) : null
  const rows: BankAccountRow[] = db
    .select()
    .from(bankAccounts)
    .orderBy(asc(bankAccounts.account))
    .all()
    .map((a) => ({ account: a.account, name: a.name, currency: a.currency, lastStatementDate: a.lastStatementDate, ...usage(db, a.id), letterhead: a.account === own }))
  if (own !== null && !rows.some((r) => r.letterhead)) rows.push({ account: own, name: null, currency: 'EUR', lastStatementDate: null, statements: 0, entries: 0, letterhead: true })
  return rows
}

export function addBankAccount(db: AppDb, input: NewBankAccount): BankAccountRow {
  const account = normalizeAccount(input.account)
  const name = input.name?.trim() || null
  const currency = input.currency ?? 'EUR'
  return withWrite(db, (tx) => {
    if (tx.select({ id: bankAccounts.id }).from(bankAccounts).where(eq(bankAccounts.account, account)).get()) {
      throw new AppError('conflict', `${account} is already one of the bank accounts of this administration`, 'account')
    }
    tx.insert(bankAccounts).values({ account, name, currency }).run()
    appendAudit(tx, { action: 'bank.account.add', entity: 'bank_account', entityId: account, data: { account, name, currency } })
    const added = listBankAccounts(tx).find((r) => r.account === account)
    if (!added) throw new AppError('internal', `${account} was not stored`)
    return added
  })
}

/** Removes an account no imported statement uses; refused, with nothing changed, when one does. */
export function removeBankAccount(db: AppDb, accountText: string): { account: string; name: string | null; currency: string } {
  const account = compact(accountText)
  return withWrite(db, (tx) => {
    const row = tx.select().from(bankAccounts).where(eq(bankAccounts.account, account)).get()
    if (!row && listBankAccounts(tx).some((r) => r.letterhead && r.account === account)) {
      throw new AppError('conflict', `${account} is the IBAN on the letterhead: change it in the administration's profile`, 'letterhead')
    }
    if (!row) throw new AppError('not-found', `${account} is not one of the bank accounts of this administration`, 'account')
    const used = usage(tx, row.id)
    if (used.statements > 0 || used.entries > 0) {
      throw new AppError(
        'conflict',
        `${account} cannot be removed: ${used.statements} imported statement(s) with ${used.entries} entr${used.entries === 1 ? 'y' : 'ies'} use it; nothing was changed`,
        'statements'
      )
    }
    tx.delete(bankAccounts).where(eq(bankAccounts.id, row.id)).run()
    const removed = { account: row.account, name: row.name, currency: row.currency }
    appendAudit(tx, { action: 'bank.account.remove', entity: 'bank_account', entityId: row.account, data: removed })
    return removed
  })
}
