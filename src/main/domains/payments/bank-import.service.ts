// Importing a bank file into an administration: one transaction, overlapping files stored once,
// balance continuity checked per account, exact matches booked on the way in. A statement of an account
// the administration does not know is only imported when the user confirms adding that account; the
// preview is the same import, rolled back.
import { createHash } from 'node:crypto'
import { and, desc, eq, lte } from 'drizzle-orm'
import type { BankEntry, BankFileFormat, BankStatement, ParsedBankFile } from '../../../shared/domains/payments/bank-model'
import { type BankWarning, renderBankWarning } from '../../../shared/domains/payments/warnings/render'
import { AppError } from '../../../shared/errors'
import { type AppDb, withWrite } from '../../db/connection'
import { bankAccounts, bankEntries, bankStatements } from '../../db/schema'
import { type AccountStatus, classifyAccounts } from './known-accounts'
import { appendAudit } from '../audit/audit.repo'
import { type AutoOutcome, autoAllocate } from './auto-allocate'
import { openInvoices } from './open-invoices'
import { parseBankFile } from './parsers/parse-bank-file'

export type BankImportSummary = {
  file: string
  format: BankFileFormat
  statements: number
  newEntries: number
  duplicates: number
  autoMatched: number
  returns: number
  proposals: number
  unmatched: number
  warnings: BankWarning[]
  /** every account of the file: known, the administration's first ('new'), or not its own ('foreign') */
  accounts: { account: string; status: AccountStatus }[]
  dryRun: boolean
}

export type BankImportOptions = {
  /** add accounts the administration does not know (the user confirmed them); refused otherwise */
  addAccounts?: boolean
  /** do everything, report it, and roll it all back: the preview */
  dryRun?: boolean
}

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex')

/**
 * The same movement in two overlapping files gets the same key: the bank's reference (with date and amount,
 * as some banks reuse a reference) when there is one, else a hash of the entry. The rank among identical
 * keys of the statement keeps two equal movements apart.
 */
export function dedupKeys(entries: readonly BankEntry[]): string[] {
  const seen = new Map<string, number>()
  return entries.map((e) => {
    const body =
      e.bankReference !== null
        ? `ref:${e.bankReference}|${e.bookingDate}|${e.amountCents}`
        : `hash:${sha256([e.bookingDate, e.valueDate, e.amountCents, e.counterpartyAccount, e.counterpartyName, e.structuredReference, e.remittance].join('|'))}`
    const rank = (seen.get(body) ?? 0) + 1
    seen.set(body, rank)
    return rank === 1 ? body : `${body}#${rank}`
  })
}

function accountId(tx: AppDb, s: BankStatement): number {
  const found = tx.select().from(bankAccounts).where(eq(bankAccounts.account, s.account)).get()
  if (found) return found.id
  return tx.insert(bankAccounts).values({ account: s.account, currency: s.currency }).returning({ id: bankAccounts.id }).get().id
}

/** The newest earlier statement of the account must close on this one's opening balance. */
function continuityWarning(tx: AppDb, bankAccountId: number, s: BankStatement): BankWarning | null {
  const prev = tx
    .select()
    .from(bankStatements)
    .where(and(eq(bankStatements.bankAccountId, bankAccountId), lte(bankStatements.closingDate, s.opening.date)))
    .orderBy(desc(bankStatements.closingDate), desc(bankStatements.id))
    .get()
  if (!prev || prev.closingCents === s.opening.amountCents) return null
  return {
    code: 'continuity-gap',
    values: {
      account: { text: s.account },
      opening: { money: s.opening.amountCents },
      openingDate: { date: s.opening.date },
      previous: { money: prev.closingCents },
      previousDate: { date: prev.closingDate },
      previousFile: { text: prev.sourceFile }
    }
  }
}

class DryRun extends Error {
  constructor(readonly summary: BankImportSummary) {
    super('dry run')
  }
}

/** Parses and imports a bank file; a file that cannot be read throws before anything is written. */
export function importBankFile(db: AppDb, bytes: Uint8Array, file: string, options: BankImportOptions = {}): BankImportSummary {
  return importParsed(db, parseBankFile(bytes, file), sha256(bytes), file, options)
}

/** What importing the file would do (accounts, warnings, matches), with nothing written. */
export function previewBankFile(db: AppDb, bytes: Uint8Array, file: string): { parsed: ParsedBankFile; summary: BankImportSummary } {
  const parsed = parseBankFile(bytes, file)
  return { parsed, summary: importParsed(db, parsed, sha256(bytes), file, { dryRun: true, addAccounts: true }) }
}

function refuseForeign(file: string, accounts: BankImportSummary['accounts'], known: readonly string[]): never {
  const foreign = accounts.filter((a) => a.status === 'foreign').map((a) => a.account)
  throw new AppError(
    'conflict',
    `${file}: ${foreign.join(', ')} ${foreign.length === 1 ? 'is' : 'are'} not among the bank accounts of this administration (${known.join(', ')}); nothing was imported. ` +
      'Check that the statement belongs to this administration, or confirm adding the account (--add-account).',
    'addAccounts'
  )
}

function importParsed(db: AppDb, parsed: ParsedBankFile, fileSha256: string, file: string, options: BankImportOptions): BankImportSummary {
  try {
    return withWrite(db, (tx) => {
      const summary = importInto(tx, parsed, fileSha256, file, options)
      if (options.dryRun) throw new DryRun(summary)
      return summary
    })
  } catch (err) {
    if (err instanceof DryRun) return err.summary
    throw err
  }
}

function importInto(tx: AppDb, parsed: ParsedBankFile, fileSha256: string, file: string, options: BankImportOptions): BankImportSummary {
  const { accounts, known } = classifyAccounts(tx, parsed.statements.map((s) => s.account))
  if (accounts.some((a) => a.status === 'foreign') && !options.addAccounts) refuseForeign(file, accounts, known)
  const summary: BankImportSummary = {
    file,
    format: parsed.format,
    statements: parsed.statements.length,
    newEntries: 0,
    duplicates: 0,
    autoMatched: 0,
    returns: 0,
    proposals: 0,
    unmatched: 0,
    warnings: [
      ...accounts.filter((a) => a.status === 'foreign').map((a): BankWarning => ({ code: 'foreign-account', values: { account: { text: a.account }, known: { text: known.join(', ') } } })),
      ...parsed.warnings
    ],
    accounts,
    dryRun: options.dryRun === true
  }
  const fresh: { id: number; moneyIn: boolean }[] = []
  for (const s of parsed.statements) {
    const bankAccountId = accountId(tx, s)
    const same = tx
      .select({ id: bankStatements.id })
      .from(bankStatements)
      .where(and(eq(bankStatements.bankAccountId, bankAccountId), eq(bankStatements.openingDate, s.opening.date), eq(bankStatements.closingDate, s.closing.date), eq(bankStatements.openingCents, s.opening.amountCents), eq(bankStatements.closingCents, s.closing.amountCents)))
      .get()
    // a statement imported before needs no continuity check and no second row
    const warning = same ? null : continuityWarning(tx, bankAccountId, s)
    if (warning !== null) summary.warnings.push(warning)
    const statementId =
      same?.id ??
      tx
        .insert(bankStatements)
        .values({ bankAccountId, format: parsed.format, sourceFile: file, fileSha256, openingDate: s.opening.date, openingCents: s.opening.amountCents, closingDate: s.closing.date, closingCents: s.closing.amountCents })
        .returning({ id: bankStatements.id })
        .get().id
    const keys = dedupKeys(s.entries)
    s.entries.forEach((e, i) => {
      const row = tx
        .insert(bankEntries)
        .values({ ...e, statementId, bankAccountId, dedupKey: keys[i] as string, unappliedCents: Math.max(e.amountCents, 0), status: e.amountCents > 0 ? 'unmatched' : 'ignored' })
        .onConflictDoNothing()
        .returning({ id: bankEntries.id })
        .get()
      if (row) fresh.push({ id: row.id, moneyIn: e.amountCents > 0 })
      else summary.duplicates++
    })
    const account = tx.select().from(bankAccounts).where(eq(bankAccounts.id, bankAccountId)).get()
    if (account && (account.lastStatementDate === null || account.lastStatementDate < s.closing.date)) {
      tx.update(bankAccounts).set({ lastStatementDate: s.closing.date }).where(eq(bankAccounts.id, bankAccountId)).run()
    }
  }
  summary.newEntries = fresh.length
  const tally: Record<AutoOutcome, number> = { auto: 0, return: 0, proposal: 0, none: 0 }
  let open = openInvoices(tx)
  for (const { id, moneyIn } of fresh) {
    const outcome = autoAllocate(tx, id, open)
    tally[outcome]++
    if (outcome === 'none' && moneyIn) summary.unmatched++
    // a booked allocation changes what is open for the next entry
    if (outcome === 'auto' || outcome === 'return') open = openInvoices(tx)
  }
  summary.autoMatched = tally.auto
  summary.returns = tally.return
  summary.proposals = tally.proposal
  appendAudit(tx, {
    action: 'bank.import',
    entity: 'bank_file',
    entityId: fileSha256,
    data: { file, format: parsed.format, addedAccounts: accounts.filter((a) => a.status !== 'known').map((a) => a.account), statements: summary.statements, newEntries: summary.newEntries, duplicates: summary.duplicates, autoMatched: summary.autoMatched, returns: summary.returns }
  })
  return summary
}

/** The summary's warnings in English, for logs and the CLI. */
export const warningTexts = (summary: Pick<BankImportSummary, 'warnings'>): string[] => summary.warnings.map((w) => renderBankWarning(w, 'en'))
