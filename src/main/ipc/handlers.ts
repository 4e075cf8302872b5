// The handler registry: one typed function per contract channel. TypeScript proves every channel has
// exactly one handler whose input and output match its contract.
import type { Contract, OutputOf, ParsedInputOf } from '../../shared/ipc/contract'
import type { CommandOf, InvokeChannel } from '../../shared/ipc/channels'
import type { AppServices } from '../session/app-services'
import { administrationsHandlers } from './handlers/administrations.handlers'
import { appHandlers } from './handlers/app.handlers'
import { dunningHandlers } from './handlers/dunning.handlers'
import { worklistHandlers } from './handlers/worklist.handlers'
import { arrangementsHandlers } from './handlers/arrangements.handlers'
import { backupsHandlers } from './handlers/backups.handlers'
import { entryHandlers } from './handlers/entry.handlers'
import { filesHandlers } from './handlers/files.handlers'
import { importsHandlers } from './handlers/imports.handlers'
import { sessionHandlers } from './handlers/session.handlers'
import { lettersHandlers } from './handlers/letters.handlers'
import { paymentsHandlers } from './handlers/payments.handlers'
import { customersHandlers, dashboardHandlers, invoicesHandlers } from './handlers/read.handlers'
import { reportsHandlers } from './handlers/reports.handlers'
import { riskHandlers } from './handlers/risk.handlers'
import { settingsHandlers } from './handlers/settings.handlers'
import { updatesHandlers } from './handlers/updates.handlers'

type Handler<C extends Contract[string]> = (input: ParsedInputOf<C>) => OutputOf<C> | Promise<OutputOf<C>>

/** The handlers of one domain contract, keyed by channel. */
export type DomainHandlers<T extends Contract> = { [K in keyof T as T[K]['channel']]: Handler<T[K]> }

export type Handlers = { [C in InvokeChannel]: Handler<CommandOf<C>> }

export function createHandlers(services: AppServices): Handlers {
  return {
    ...appHandlers(services),
    ...administrationsHandlers(services),
    ...settingsHandlers(services),
    ...dashboardHandlers(services),
    ...invoicesHandlers(services),
    ...customersHandlers(services),
    ...filesHandlers(services),
    ...importsHandlers(services),
    ...paymentsHandlers(services),
    ...entryHandlers(services),
    ...reportsHandlers(services),
    ...arrangementsHandlers(services),
    ...backupsHandlers(services),
    ...dunningHandlers(services),
    ...riskHandlers(services),
    ...updatesHandlers(services),
    ...worklistHandlers(services),
    ...lettersHandlers(services),
    ...sessionHandlers(services)
  }
}
