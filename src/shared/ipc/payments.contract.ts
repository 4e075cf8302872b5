// The bank screens: read a staged bank file, import it, work through the entries and their proposed
// matches, and keep an eye on how fresh each account's statements are.
import { z } from 'zod'
import { BANK_FILE_FORMATS } from '../domains/payments/bank-model'
import { BANK_WARNING_CODES } from '../domains/payments/warnings/render'
import { command } from './contract'
import { FileIdSchema } from './files.contract'
import { CentsSchema, IdSchema, IsoDateSchema, PageSchema, SearchSchema } from './schemas'

export const ENTRY_STATUS_VALUES = ['unmatched', 'partial', 'matched', 'ignored'] as const
export const MATCH_RULES = ['issued-reference', 'reference', 'invoice-number', 'amount-iban', 'iban-total', 'iban-oldest-first', 'amount-name', 'amount-only'] as const
export const FRESHNESS_MODE_VALUES = ['warn', 'block'] as const

const BalanceSchema = z.object({ date: z.string(), amountCents: CentsSchema })

/** A warning as a code with typed values: the screen words it and formats amounts and dates in its language. */
export const BankWarningSchema = z.object({
  code: z.enum(BANK_WARNING_CODES),
  values: z.record(z.string(), z.union([z.object({ money: CentsSchema }), z.object({ date: z.string() }), z.object({ count: z.number() }), z.object({ text: z.string() })]))
})

export const ACCOUNT_STATUS_VALUES = ['known', 'new', 'foreign'] as const
/** known: one of the administration's accounts; new: its first; foreign: not its own, added only when confirmed */
const AccountStatusSchema = z.object({ account: z.string(), status: z.enum(ACCOUNT_STATUS_VALUES) })

export const ParsedBankFileSchema = z.object({
  fileName: z.string(),
  format: z.enum(BANK_FILE_FORMATS),
  statements: z.array(
    z.object({ account: z.string(), currency: z.string(), opening: BalanceSchema, closing: BalanceSchema, entryCount: z.number().int(), creditCents: CentsSchema, debitCents: CentsSchema })
  ),
  warnings: z.array(BankWarningSchema),
  accounts: z.array(AccountStatusSchema),
  /** what importing would do now: new entries, duplicates, matches (nothing was written) */
  newEntries: z.number().int(),
  duplicates: z.number().int(),
  autoMatched: z.number().int()
})
export type ParsedBankFileDto = z.infer<typeof ParsedBankFileSchema>

export const BankImportSummarySchema = z.object({
  file: z.string(),
  format: z.enum(BANK_FILE_FORMATS),
  statements: z.number().int(),
  newEntries: z.number().int(),
  duplicates: z.number().int(),
  autoMatched: z.number().int(),
  returns: z.number().int(),
  proposals: z.number().int(),
  unmatched: z.number().int(),
  warnings: z.array(BankWarningSchema),
  accounts: z.array(AccountStatusSchema)
})
export type BankImportSummaryDto = z.infer<typeof BankImportSummarySchema>

export const BankEntryRowSchema = z.object({
  id: IdSchema,
  account: z.string(),
  bookingDate: z.string(),
  amountCents: CentsSchema,
  counterpartyName: z.string().nullable(),
  counterpartyAccount: z.string().nullable(),
  structuredReference: z.string().nullable(),
  remittance: z.string().nullable(),
  status: z.enum(ENTRY_STATUS_VALUES),
  unappliedCents: CentsSchema,
  /** numbers of the invoices the entry is (still) applied to */
  invoiceNumbers: z.array(z.string())
})
export type BankEntryRowDto = z.infer<typeof BankEntryRowSchema>

export const ProposalSchema = z.object({
  rule: z.enum(MATCH_RULES),
  confidence: z.number(),
  reason: z.string(),
  unappliedCents: CentsSchema,
  allocations: z.array(z.object({ invoiceId: IdSchema, number: z.string(), customerName: z.string(), amountCents: CentsSchema }))
})
export type ProposalDto = z.infer<typeof ProposalSchema>

export const AllocationRowSchema = z.object({
  id: IdSchema,
  invoiceId: IdSchema,
  number: z.string(),
  customerName: z.string(),
  amountCents: CentsSchema,
  kind: z.enum(['auto', 'manual', 'return']),
  confidence: z.number().nullable(),
  reason: z.string(),
  createdAt: z.string(),
  undoneAt: z.string().nullable()
})
export type AllocationRowDto = z.infer<typeof AllocationRowSchema>

export const FreshnessSchema = z.object({
  level: z.enum(['ok', 'warn', 'block']),
  settings: z.object({ maxAgeDays: z.number().int(), mode: z.enum(FRESHNESS_MODE_VALUES) }),
  accounts: z.array(z.object({ account: z.string(), lastStatementDate: z.string().nullable(), ageDays: z.number().int().nullable(), stale: z.boolean() }))
})
export type FreshnessDto = z.infer<typeof FreshnessSchema>

export const BankAccountSchema = z.object({
  account: z.string(),
  name: z.string().nullable(),
  currency: z.string(),
  lastStatementDate: z.string().nullable(),
  /** imported statements and entries of the account: while any exist it cannot be removed */
  statements: z.number().int(),
  entries: z.number().int(),
  /** the IBAN on the letterhead, changed in the profile */
  letterhead: z.boolean()
})
export type BankAccountDto = z.infer<typeof BankAccountSchema>

const AccountInputSchema = z.object({ account: z.string().trim().min(1).max(64), name: z.string().trim().max(120).nullable().default(null), currency: z.string().length(3).default('EUR') }).strict()

const entryId = { entryId: IdSchema }

export const paymentsContract = {
  /** Reads a staged bank file without writing anything. */
  parse: command('payments:parse', z.object({ fileId: FileIdSchema }).strict(), ParsedBankFileSchema),
  /** `addAccounts`: the user confirmed adding the file's accounts that are not the administration's own */
  import: command('payments:import', z.object({ fileId: FileIdSchema, addAccounts: z.boolean().default(false) }).strict(), BankImportSummarySchema),
  entries: command(
    'payments:list-entries',
    z.object({ ...PageSchema, status: z.enum([...ENTRY_STATUS_VALUES, 'all', 'open']).default('all'), search: SearchSchema, entryId: IdSchema.optional() }).strict(),
    z.object({ rows: z.array(BankEntryRowSchema), total: z.number().int() })
  ),
  proposals: command('payments:proposals', z.object(entryId).strict(), z.array(ProposalSchema)),
  accept: command('payments:accept', z.object({ ...entryId, rule: z.enum(MATCH_RULES) }).strict(), z.array(IdSchema)),
  allocate: command(
    'payments:allocate',
    z.object({ ...entryId, parts: z.array(z.object({ invoiceId: IdSchema, amountCents: CentsSchema.positive() })).min(1).max(100) }).strict(),
    z.array(IdSchema)
  ),
  allocations: command('payments:allocations', z.object(entryId).strict(), z.array(AllocationRowSchema)),
  undo: command('payments:undo', z.object({ allocationId: IdSchema }).strict(), z.null()),
  accounts: command('payments:accounts', z.object({}).strict(), z.array(BankAccountSchema)),
  /** adds an own account by hand (also the undo of a removal) */
  addAccount: command('payments:add-account', AccountInputSchema, BankAccountSchema),
  /** removes an account no imported statement uses; returns what is needed to add it back */
  removeAccount: command('payments:remove-account', z.object({ account: z.string().trim().min(1).max(64) }).strict(), AccountInputSchema),
  freshness: command('payments:freshness', z.object({ asOf: IsoDateSchema.optional() }).strict(), FreshnessSchema),
  setFreshness: command(
    'payments:set-freshness',
    z.object({ maxAgeDays: z.number().int().min(0).max(365), mode: z.enum(FRESHNESS_MODE_VALUES) }).strict(),
    FreshnessSchema.shape.settings
  )
} as const
