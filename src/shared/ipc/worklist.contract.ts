// "Vandaag": today's work across administrations (drafts to review, calls to make, broken promises…).
import { z } from 'zod'
import { WORKLIST_KINDS } from '../domains/worklist/vocabulary'
import { command } from './contract'

export const WorklistItemSchema = z.object({
  kind: z.enum(WORKLIST_KINDS),
  ref: z.number().int(),
  customerCode: z.string().nullable(),
  customerName: z.string().nullable(),
  date: z.string().nullable(),
  amountCents: z.number().int().nullable(),
  count: z.number().int().nullable(),
  level: z.number().int().nullable()
})
export type WorklistItemDto = z.infer<typeof WorklistItemSchema>

export const WorklistSchema = z.object({
  date: z.string(),
  administrations: z.array(z.object({ id: z.string(), name: z.string(), current: z.boolean(), reachable: z.boolean(), items: z.array(WorklistItemSchema) }))
})
export type WorklistDto = z.infer<typeof WorklistSchema>

export const worklistContract = {
  today: command('worklist:today', z.object({}).strict(), WorklistSchema)
} as const
