import { z } from 'zod'
import { command } from './contract'
import { CentsSchema, IsoDateSchema } from './schemas'

export const AGING_BUCKETS = ['notDue', 'd1to30', 'd31to60', 'd61to90', 'over90'] as const

export const DashboardSchema = z.object({
  asOf: IsoDateSchema,
  openCents: CentsSchema,
  overdueCents: CentsSchema,
  openCount: z.number().int(),
  overdueCount: z.number().int(),
  customersOverdue: z.number().int(),
  disputedCount: z.number().int(),
  openPromises: z.number().int(),
  activePlans: z.number().int(),
  aging: z.array(z.object({ bucket: z.enum(AGING_BUCKETS), cents: CentsSchema, count: z.number().int() })),
  /** overdue items by the reminder level they have reached (0 = not reminded yet) */
  dunningLevels: z.array(z.object({ level: z.number().int(), cents: CentsSchema, count: z.number().int() }))
})
export type DashboardDto = z.infer<typeof DashboardSchema>

export const dashboardContract = {
  /** Real figures from the open items, as of `asOf` (today by default). */
  summary: command('dashboard:get-summary', z.object({ asOf: IsoDateSchema.optional() }).strict(), DashboardSchema)
} as const
