// Test wiring: the real services and handlers on a temporary data folder, with no Electron.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createAppDispatch, type Dispatch } from '../../../src/main/ipc/dispatch'
import { type AppServices, type AppServicesOptions, createAppServices, type Platform } from '../../../src/main/session/app-services'
import { startWebServer, type WebServer } from '../../../src/main/web/server'
import { customers, invoices } from '../../../src/main/db/schema'
import { tempDir } from '../../helpers/db'

export type TestServices = { services: AppServices; dispatch: Dispatch; dataDir: string; dispose(): void }

export function createTestServices(platform: Platform = { mode: 'browser', version: '0.0.0-test' }, options: Pick<AppServicesOptions, 'idleClock'> = {}): TestServices {
  const dataDir = tempDir('debito-ipc-')
  const services = createAppServices({ dataDir, platform, ...options })
  return {
    services,
    dispatch: createAppDispatch(services),
    dataDir,
    dispose() {
      services.dispose()
      rmSync(dataDir, { recursive: true, force: true })
    }
  }
}

/** Calls a channel and returns the value, failing the test with the typed error otherwise. */
export async function call(dispatch: Dispatch, channel: string, input: unknown = {}): Promise<unknown> {
  const result = await dispatch(channel, input)
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.kind} ${result.error.message}`)
  return result.value
}

/** Browser mode on a random loopback port over these services, serving a one-page stand-in renderer. */
export function startTestWebServer(t: TestServices): Promise<WebServer> {
  const rendererDir = join(t.dataDir, 'renderer')
  mkdirSync(rendererDir)
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Debito</title>')
  return startWebServer({ dispatch: t.dispatch, events: t.services.events, rendererDir })
}

export const TEST_UNLOCK = { mode: 'passphrase', passphrase: 'passphrase for tests' } as const

/** Creates an administration through the real channels and opens it, as the picker does. */
export async function openNewAdministration(t: TestServices, name: string, unlock: { mode: 'passphrase'; passphrase: string } = TEST_UNLOCK): Promise<string> {
  const created = (await call(t.dispatch, 'administrations:create', { name, unlock })) as { id: string }
  await call(t.dispatch, 'administrations:open', { id: created.id, unlock })
  return created.id
}

/** Two customers and a handful of invoices with known figures as of 2026-06-30. */
export function seedSmallLedger(s: AppServices): void {
  const db = s.session.db()
  const [acme, bakker] = db
    .insert(customers)
    .values([
      { code: 'C001', name: 'Acme Installaties B.V.', country: 'NL', language: 'nl', creditLimitCents: 100_000 },
      { code: 'C002', name: 'Boulangerie Dupont', country: 'BE', language: 'fr', debtorType: 'b2c' }
    ])
    .returning({ id: customers.id })
    .all()
  if (!acme || !bakker) throw new Error('seed failed')
  const inv = (customerId: number, number: string, dueDate: string, amountCents: number, openCents: number, extra: object = {}) => ({
    customerId,
    number,
    invoiceDate: '2026-01-01',
    dueDate,
    amountCents,
    openCents,
    ...extra
  })
  db.insert(invoices)
    .values([
      inv(acme.id, 'F-001', '2026-07-15', 10_000, 10_000), // not due
      inv(acme.id, 'F-002', '2026-06-10', 20_000, 15_000), // 20 days overdue, partly paid
      inv(acme.id, 'F-003', '2026-03-01', 50_000, 50_000, { disputed: true }), // 121 days overdue
      inv(bakker.id, 'F-004', '2026-05-15', 7_500, 7_500), // 46 days overdue
      inv(bakker.id, 'C-005', '2026-05-20', -2_500, -2_500), // credit note
      inv(bakker.id, 'F-006', '2026-04-01', 9_900, 0, { status: 'paid' })
    ])
    .run()
}
