// `npm run web [-- --demo] [--port N] [--data-dir DIR] [backup.debito-backup]`: Debito in a browser on this
// machine; a backup file named on the command line waits in the restore dialog, as a double-click does.
import { parseArgs } from 'node:util'
import { defaultDataDir } from '../db/paths'
import { startBrowserMode } from './browser-mode'
import { keepServingOnUnhandledRejection } from './keep-alive'

const { values, positionals } = parseArgs({
  options: { port: { type: 'string' }, demo: { type: 'boolean' }, 'data-dir': { type: 'string' } },
  allowPositionals: true,
  strict: true
})
const port = values.port === undefined ? undefined : Number(values.port)
if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536)) {
  console.error(`error: --port must be a number from 0 to 65535, not "${values.port}"`)
  process.exit(2)
}

keepServingOnUnhandledRejection()
const mode = await startBrowserMode({
  dataDir: values['data-dir'] ?? defaultDataDir(),
  demo: values.demo ?? false,
  openFiles: positionals,
  ...(port === undefined ? {} : { port })
})
for (const file of mode.refusedFiles) console.error(`warning: ${file} is not a Debito backup (.debito-backup); ignored`)
if (mode.demo) console.log(`Demo administration "${mode.demo.name}", passphrase: ${mode.demo.passphrase}`)
console.log(`Debito runs at ${mode.url}`)
console.log('Only this computer can reach it; the address holds a one-time key. Press Ctrl+C to stop.')

const stop = () => void mode.close().then(() => process.exit(0))
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
