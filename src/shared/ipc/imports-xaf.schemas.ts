// What the import wizard shows of an auditfile (XAF) preview: its files, the receivable accounts to
// confirm, the as-of date and the totals.
import { z } from 'zod'
import { CentsSchema, IsoDateSchema } from './schemas'

export const XafAccountSchema = z.object({
  id: z.string(),
  description: z.string(),
  type: z.string().nullable(),
  customerLines: z.number().int(),
  bothLines: z.number().int(),
  otherLines: z.number().int(),
  plainLines: z.number().int(),
  balanceCents: CentsSchema,
  proposed: z.boolean(),
  doubtful: z.boolean(),
  chosen: z.boolean()
})

export const XafInfoSchema = z.object({
  version: z.enum(['3.1', '3.2']),
  files: z.array(z.object({ fileName: z.string(), fiscalYear: z.string(), startDate: IsoDateSchema, endDate: IsoDateSchema, software: z.string().nullable(), company: z.string().nullable() })),
  startDate: IsoDateSchema,
  endDate: IsoDateSchema,
  asOf: IsoDateSchema,
  accounts: z.array(XafAccountSchema),
  needsConfirmation: z.boolean(),
  openCount: z.number().int(),
  openTotalCents: CentsSchema,
  paidHistory: z.number().int()
})
export type XafInfoDto = z.infer<typeof XafInfoSchema>
