// The session's own signals and settings: the idle lock that closes an unlocked administration after a
// while without the user doing anything (browser mode and the desktop app alike).
import { z } from 'zod'
import { command } from './contract'

export const IDLE_LOCK_MAX_MINUTES = 480
const IdleLockSchema = z.object({ minutes: z.number().int().min(0).max(IDLE_LOCK_MAX_MINUTES) })

export const sessionContract = {
  /** The user typed, clicked or scrolled: the idle time starts again. Screens report it at most every 30 s. */
  activity: command('session:report-activity', z.object({}).strict(), z.null()),
  /** Minutes without activity before the open administration is locked; 0 = never. */
  idleLock: command('session:get-idle-lock', z.object({}).strict(), IdleLockSchema),
  setIdleLock: command('session:set-idle-lock', IdleLockSchema.strict(), IdleLockSchema)
} as const
