// Push events from main to the renderer (ARCHITECTURE C5): one typed contract for all of them.
import { z } from 'zod'
import { event } from './contract'

/** Query-key roots the renderer invalidates when main reports a committed change. */
export const SCOPES = ['administrations', 'session', 'settings', 'dashboard', 'invoices', 'customers', 'dunning', 'payments', 'reports', 'backups', 'updates', 'risk', 'letters'] as const
export const ScopeSchema = z.enum(SCOPES)
export type Scope = z.infer<typeof ScopeSchema>

export const DataChangedSchema = z.object({ scopes: z.array(ScopeSchema).min(1) })
export const JobProgressSchema = z.object({
  jobId: z.string(),
  /** i18n key of what is running, e.g. "jobs.import" */
  label: z.string(),
  done: z.number().int().min(0),
  total: z.number().int().min(0),
  finished: z.boolean()
})
export type JobProgress = z.infer<typeof JobProgressSchema>
/** The open administration was locked by main (after `minutes` without activity): the unlock screen says why. */
export const SessionLockedSchema = z.object({ reason: z.literal('idle'), minutes: z.number().int().min(1), id: z.string(), name: z.string() })

export const appEvents = {
  dataChanged: event('event:data-changed', DataChangedSchema),
  jobProgress: event('event:job-progress', JobProgressSchema),
  sessionLocked: event('event:session-locked', SessionLockedSchema)
} as const

export type EventChannel = (typeof appEvents)[keyof typeof appEvents]['channel']
export type EventPayload<C extends EventChannel> = z.output<Extract<(typeof appEvents)[keyof typeof appEvents], { channel: C }>['payload']>
