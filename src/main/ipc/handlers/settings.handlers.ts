import type { settingsContract } from '../../../shared/ipc/settings.contract'
import { readProfile, updateProfile } from '../../domains/letters/letterhead.service'
import type { AppServices } from '../../session/app-services'
import type { DomainHandlers } from '../handlers'

export function settingsHandlers({ session, events }: AppServices): DomainHandlers<typeof settingsContract> {
  return {
    'settings:get-profile': () => readProfile(session.db()),
    'settings:update-profile': (input) => {
      const profile = updateProfile(session.db(), input)
      events.dataChanged(['settings'])
      return profile
    }
  }
}
