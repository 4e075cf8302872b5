// The bank screens over the payments services; every write tells the grids what changed.
import { localToday } from '../../../shared/dates'
import type { FreshnessDto, paymentsContract } from '../../../shared/ipc/payments.contract'
import type { Scope } from '../../../shared/ipc/app-events'
import type { AppDb } from '../../db/connection'
import { evaluateArrangements } from '../../domains/arrangements/evaluate'
import { acceptProposal, allocateManually, allocationsOfEntry, proposeMatches, undoAllocation } from '../../domains/payments/allocations.service'
import { addBankAccount, listBankAccounts, removeBankAccount } from '../../domains/payments/bank-accounts.service'
import { importBankFile, previewBankFile } from '../../domains/payments/bank-import.service'
import { freshnessGuard, setFreshnessSettings } from '../../domains/payments/freshness.service'
import { describeAllocations, describeProposals, listEntries } from '../../domains/payments/payments.queries'
import type { AppServices } from '../../session/app-services'
import { stagedFiles } from '../../session/staged-files'
import type { DomainHandlers } from '../handlers'

/** Money applied to invoices changes every figure built on open amounts. */
const MONEY_SCOPES: Scope[] = ['payments', 'invoices', 'customers', 'dashboard', 'dunning', 'reports']

function freshness(db: AppDb, asOf: string): FreshnessDto {
  const { level, settings, accounts } = freshnessGuard(db, asOf)
  return { level, settings, accounts }
}

export function paymentsHandlers({ session, events }: AppServices): DomainHandlers<typeof paymentsContract> {
  const staged = stagedFiles(session)
  const write = <T>(run: (db: AppDb) => T): T => {
    const result = run(session.db())
    // money that came in may keep a promise or a plan (or a late statement may show one was kept)
    evaluateArrangements(session.db(), localToday())
    events.dataChanged(MONEY_SCOPES)
    return result
  }
  return {
    'payments:parse': ({ fileId }) => {
      const db = session.db()
      const file = staged.get(fileId)
      const { parsed, summary } = previewBankFile(db, file.bytes, file.name)
      return {
        fileName: file.name,
        format: parsed.format,
        warnings: summary.warnings,
        accounts: summary.accounts,
        newEntries: summary.newEntries,
        duplicates: summary.duplicates,
        autoMatched: summary.autoMatched,
        statements: parsed.statements.map((s) => ({
          account: s.account,
          currency: s.currency,
          opening: s.opening,
          closing: s.closing,
          entryCount: s.entries.length,
          creditCents: s.entries.reduce((sum, e) => sum + Math.max(e.amountCents, 0), 0),
          debitCents: s.entries.reduce((sum, e) => sum + Math.min(e.amountCents, 0), 0)
        }))
      }
    },
    'payments:import': ({ fileId, addAccounts }) => {
      const file = staged.get(fileId)
      const { dryRun: _dryRun, ...summary } = write((db) => importBankFile(db, file.bytes, file.name, { addAccounts }))
      return summary
    },
    'payments:list-entries': (query) => listEntries(session.db(), query),
    'payments:proposals': ({ entryId }) => describeProposals(session.db(), proposeMatches(session.db(), entryId)),
    'payments:accept': ({ entryId, rule }) => write((db) => acceptProposal(db, entryId, rule)),
    'payments:allocate': ({ entryId, parts }) => write((db) => allocateManually(db, entryId, parts)),
    'payments:allocations': ({ entryId }) => describeAllocations(session.db(), allocationsOfEntry(session.db(), entryId)),
    'payments:undo': ({ allocationId }) => {
      write((db) => undoAllocation(db, allocationId))
      return null
    },
    'payments:accounts': () => listBankAccounts(session.db()),
    'payments:add-account': (input) => {
      const added = addBankAccount(session.db(), input)
      events.dataChanged(['payments', 'dunning'])
      return added
    },
    'payments:remove-account': ({ account }) => {
      const removed = removeBankAccount(session.db(), account)
      events.dataChanged(['payments', 'dunning'])
      return removed
    },
    'payments:freshness': ({ asOf }) => freshness(session.db(), asOf ?? localToday()),
    'payments:set-freshness': (next) => {
      const saved = setFreshnessSettings(session.db(), next)
      events.dataChanged(['payments', 'dunning'])
      return saved
    }
  }
}
