import { z } from 'zod'
import { command } from './contract'
import { CentsSchema, CountrySchema, DebtorTypeSchema, IdSchema, IsoDateSchema, LanguageSchema, PageSchema, SearchSchema, SortDirectionSchema } from './schemas'

export const CUSTOMER_SORT_COLUMNS = ['code', 'name', 'openCents', 'overdueCents', 'oldestOverdueDays', 'creditUsePct'] as const

export const CustomerRowSchema = z.object({
  id: IdSchema,
  code: z.string(),
  name: z.string(),
  country: CountrySchema,
  language: LanguageSchema,
  debtorType: DebtorTypeSchema,
  openCents: CentsSchema,
  overdueCents: CentsSchema,
  /** days the oldest overdue item is past due; 0 when nothing is overdue */
  oldestOverdueDays: z.number().int(),
  creditLimitCents: CentsSchema.nullable(),
  /** open amount as a percentage of the credit limit; null without a limit */
  creditUsePct: z.number().int().nullable()
})
export type CustomerRowDto = z.infer<typeof CustomerRowSchema>

export const CustomerRiskSchema = CustomerRowSchema.extend({
  email: z.string().nullable(),
  city: z.string().nullable(),
  openCount: z.number().int(),
  overdueCount: z.number().int(),
  disputedCount: z.number().int(),
  /** the disputed part of openCents */
  disputedCents: CentsSchema,
  openPromises: z.number().int(),
  hasActivePlan: z.boolean(),
  onHold: z.boolean()
})
export type CustomerRiskDto = z.infer<typeof CustomerRiskSchema>

export const customersContract = {
  list: command(
    'customers:list',
    z
      .object({
        ...PageSchema,
        sort: z.enum(CUSTOMER_SORT_COLUMNS).default('overdueCents'),
        direction: SortDirectionSchema.default('desc'),
        search: SearchSchema,
        asOf: IsoDateSchema.optional()
      })
      .strict(),
    z.object({ rows: z.array(CustomerRowSchema), total: z.number().int() })
  ),
  /** The risk card of one customer. */
  risk: command('customers:get-risk', z.object({ customerId: IdSchema, asOf: IsoDateSchema.optional() }).strict(), CustomerRiskSchema)
} as const
