// Every contract in one place: the preload allowlist, the handler registry and the browser bridge
// derive their channel lists from here, so nothing is kept by hand.
import { administrationsContract } from './administrations.contract'
import { appContract } from './app.contract'
import { arrangementsContract } from './arrangements.contract'
import { backupsContract } from './backups.contract'
import type { Command } from './contract'
import { customersContract } from './customers.contract'
import { dashboardContract } from './dashboard.contract'
import { dunningContract } from './dunning.contract'
import { worklistContract } from './worklist.contract'
import { entryContract } from './entry.contract'
import { filesContract } from './files.contract'
import { importsContract } from './imports.contract'
import { appEvents } from './app-events'
import { invoicesContract } from './invoices.contract'
import { lettersContract } from './letters.contract'
import { paymentsContract } from './payments.contract'
import { reportsContract } from './reports.contract'
import { riskContract } from './risk.contract'
import { settingsContract } from './settings.contract'
import { sessionContract } from './session.contract'
import { updatesContract } from './updates.contract'

export const CONTRACTS = {
  app: appContract,
  administrations: administrationsContract,
  settings: settingsContract,
  dashboard: dashboardContract,
  invoices: invoicesContract,
  customers: customersContract,
  files: filesContract,
  imports: importsContract,
  payments: paymentsContract,
  entry: entryContract,
  reports: reportsContract,
  arrangements: arrangementsContract,
  backups: backupsContract,
  dunning: dunningContract,
  risk: riskContract,
  updates: updatesContract,
  worklist: worklistContract,
  letters: lettersContract,
  session: sessionContract
} as const

type Contracts = typeof CONTRACTS
/** Every command of every domain, as a union. */
export type AnyCommand = { [D in keyof Contracts]: Contracts[D][keyof Contracts[D]] }[keyof Contracts]
export type InvokeChannel = AnyCommand['channel']
export type CommandOf<C extends InvokeChannel> = Extract<AnyCommand, { channel: C }>

export const ALL_COMMANDS: readonly Command[] = Object.values(CONTRACTS).flatMap((c) => Object.values(c) as Command[])
export const INVOKE_CHANNELS: readonly string[] = ALL_COMMANDS.map((c) => c.channel)
export const EVENT_CHANNELS: readonly string[] = Object.values(appEvents).map((e) => e.channel)

const byChannel = new Map(ALL_COMMANDS.map((c) => [c.channel, c]))
export function findCommand(channel: string): Command | undefined {
  return byChannel.get(channel)
}
