// The idle lock's channels: activity reports from the screens and the setting of the open administration.
import type { sessionContract } from '../../../shared/ipc/session.contract'
import type { AppServices } from '../../session/app-services'
import { idleLockMinutes, setIdleLockMinutes } from '../../session/idle-lock'
import type { DomainHandlers } from '../handlers'

export function sessionHandlers({ session, events, idleLock }: AppServices): DomainHandlers<typeof sessionContract> {
  return {
    'session:report-activity': () => {
      idleLock.activity()
      return null
    },
    'session:get-idle-lock': () => ({ minutes: idleLockMinutes(session.db()) }),
    'session:set-idle-lock': ({ minutes }) => {
      const saved = setIdleLockMinutes(session.db(), minutes)
      events.dataChanged(['settings'])
      return { minutes: saved }
    }
  }
}
