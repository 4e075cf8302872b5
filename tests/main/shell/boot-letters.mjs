// Runs under plain Node with the electron stub: boots the BUILT main bundle, executes a dunning run
// through IPC and prints it on the "desktop": the PDF goes from memory to a print window (in-memory
// session, app://pdf/… served by that session only) and nothing lands in the data folder.
import console from 'node:console'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { appPage, bootMain } from './boot-prelude.mjs'

const { s, call } = await bootMain()
const ask = async (channel, input = {}) => {
  const r = await call(appPage, channel, input)
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`)
  return r.value
}
const today = new Date()
const iso = (d) => d.toISOString().slice(0, 10)
const daysAgo = (n) => iso(new Date(today.getTime() - n * 86_400_000))

const passphrase = { mode: 'passphrase', passphrase: 'print test passphrase' }
const created = await ask('administrations:create', { name: 'Print B.V.', unlock: passphrase })
await ask('administrations:open', { id: created.id, unlock: passphrase })
const profile = await ask('settings:get-profile')
await ask('settings:update-profile', { ...profile, addressLine: 'Dorpsstraat 1', postalCode: '1234 AB', city: 'Amsterdam', iban: 'NL91ABNA0417164300', bic: 'ABNANL2A' })
const customer = await ask('customers:create', { code: 'K1', name: 'Geheimzinnig Bouwbedrijf', debtorType: 'b2b', country: 'NL', language: 'nl', addressLine: 'Kade 2', postalCode: '1011 AA', city: 'Amsterdam' })
await ask('invoices:create', { customerId: customer.id, number: 'F-1', invoiceDate: daysAgo(70), dueDate: daysAgo(40), amountCents: 123_456 })
const saved = await ask('dunning:save-run', { asOf: iso(today) })
await ask('dunning:execute-run', { runId: saved.runId })
const printed = await ask('letters:print-run', { runId: saved.runId, how: 'print' })
const again = await call(appPage, 'letters:print-run', { runId: saved.runId, how: 'print' })

const pdfWindow = s.windows.find((w) => w.opts.webPreferences?.plugins === true)
const partition = s.partitions.get('debito-pdf')
// after printing, the window is closed and its address serves nothing any more
const after = partition && pdfWindow ? await partition.handlers.get('app')(new globalThis.Request(pdfWindow.loaded)) : null
const files = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]))
const dataDir = join(process.env.XDG_CONFIG_HOME, 'Debito')
const plaintext = files(dataDir).filter((f) => {
  const b = readFileSync(f)
  return b.includes('%PDF') || b.includes('Geheimzinnig')
})

console.log(
  JSON.stringify({
    printed,
    again: again.ok ? again.value : again.error,
    printCalls: s.printed,
    pdfWindow: pdfWindow ? { loaded: pdfWindow.loaded, fetched: pdfWindow.fetched, show: pdfWindow.opts.show, webPreferences: { ...pdfWindow.opts.webPreferences, session: undefined }, closed: pdfWindow.closed === true } : null,
    afterClose: after?.status ?? null,
    deniesPermissions: await new Promise((resolve) => partition?.permissionRequest?.(null, 'media', (ok) => resolve(ok === false))),
    plaintext
  })
)
process.exit(0)
