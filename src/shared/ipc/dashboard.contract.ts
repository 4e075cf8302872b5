import { z } from 'zod'
import { AGING_BASES } from '../domains/reports/aging'
import { command } from './contract'
import { AgingCellSchema, OpenPositionSchema } from './reports.contract'
import { CentsSchema, IsoDateSchema } from './schemas'

export const DashboardSchema = z.object({
  asOf: IsoDateSchema,
  position: OpenPositionSchema,
  /** the aging buckets of the administration's aging setting; they add up to position.openCents */
  agingBasis: z.enum(AGING_BASES),
  aging: z.array(AgingCellSchema),
  openPromises: z.number().int(),
  activePlans: z.number().int(),
  /** past-due items by the reminder level they have reached (0 = not reminded yet); they add up to position.overdueCents */
  dunningLevels: z.array(z.object({ level: z.number().int(), cents: CentsSchema, count: z.number().int() }))
})
export type DashboardDto = z.infer<typeof DashboardSchema>

export const dashboardContract = {
  /** Real figures from the open items, as of `asOf` (today by default). */
  summary: command('dashboard:get-summary', z.object({ asOf: IsoDateSchema.optional() }).strict(), DashboardSchema)
} as const
