import type { updatesContract } from '../../../shared/ipc/updates.contract'
import type { AppServices } from '../../session/app-services'
import type { DomainHandlers } from '../handlers'

export function updatesHandlers({ updates }: AppServices): DomainHandlers<typeof updatesContract> {
  return {
    'updates:get-status': () => updates.status(),
    'updates:save-settings': (settings) => updates.saveSettings(settings),
    'updates:check': () => updates.check(),
    'updates:download': () => updates.download(),
    'updates:install': () => {
      updates.install()
      return null
    }
  }
}
