import { AppError } from '../../../shared/errors'
import type { administrationsContract } from '../../../shared/ipc/administrations.contract'
import type { Unlock } from '../../db/key-store'
import type { AppServices } from '../../session/app-services'
import type { DomainHandlers } from '../handlers'

type UnlockInput = { mode: 'passphrase'; passphrase: string } | { mode: 'device' }

export function toUnlock(input: UnlockInput, services: AppServices): Unlock {
  if (input.mode === 'passphrase') return { passphrase: input.passphrase }
  if (!services.safeStorage)
    throw new AppError('key-unavailable', 'The device key is only available in the desktop app; use a passphrase.', 'unlock')
  return { device: services.safeStorage }
}

export function administrationsHandlers(services: AppServices): DomainHandlers<typeof administrationsContract> {
  const { administrations, session, events } = services
  return {
    'administrations:list': ({ includeArchived }) => administrations.list({ includeArchived }),
    'administrations:create': async ({ name, country, unlock }) => {
      const created = await administrations.create({ name, country, unlock: toUnlock(unlock, services) })
      events.dataChanged(['administrations'])
      return created
    },
    'administrations:open': async ({ id, unlock }) => {
      const opened = await session.open(id, toUnlock(unlock, services))
      // unlocking is the user's doing: the idle time of the administration starts now
      services.idleLock.activity()
      events.dataChanged(['session'])
      return opened
    },
    'administrations:close': () => {
      session.close()
      events.dataChanged(['session'])
      return null
    },
    'administrations:current': () => session.current(),
    'administrations:rename': ({ id, name }) => {
      const renamed = administrations.rename(id, name)
      session.renamed(renamed.id, renamed.name)
      events.dataChanged(['administrations', 'session'])
      return renamed
    },
    'administrations:archive': ({ id, archived }) => {
      // an archived administration leaves the picker, so it may not stay open behind it
      if (archived && session.current()?.id === id) session.close()
      const changed = administrations.archive(id, archived)
      events.dataChanged(['administrations', 'session'])
      return changed
    }
  }
}
