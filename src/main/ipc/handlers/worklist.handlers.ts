// "Vandaag" over the worklist service: the open administration plus the device-key ones.
import { localToday } from '../../../shared/dates'
import type { worklistContract } from '../../../shared/ipc/worklist.contract'
import { todayWorklist } from '../../domains/worklist/worklist.service'
import type { AppServices } from '../../session/app-services'
import type { DomainHandlers } from '../handlers'

export function worklistHandlers({ administrations, session, safeStorage }: AppServices): DomainHandlers<typeof worklistContract> {
  return {
    'worklist:today': async () => {
      const today = localToday()
      const open = session.current()
      const current = open ? { id: open.id, db: session.db() } : null
      return { date: today, administrations: await todayWorklist({ administrations, current, ...(safeStorage ? { safeStorage } : {}) }, today) }
    }
  }
}
