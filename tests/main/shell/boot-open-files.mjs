// Boots the built main bundle as Windows does for a double-clicked .debito-backup (its path on the command
// line), hands it two more the way macOS (`open-file`) and a second start (its argv) do, then restores the
// first and dismisses the rest. Prints one JSON line for the test to check.
import console from 'node:console'
import process from 'node:process'
import { appPage, bootMain } from './boot-prelude.mjs'

const { files, backupPassphrase } = JSON.parse(process.env.BOOT_BACKUPS ?? '{}')
const [first, second, third] = files
process.argv.push('--a-chromium-switch', first, 'notes.txt')
const { s, call } = await bootMain()
const status = async () => (await call(appPage, 'backups:get-status', {})).value
const waiting = async () => {
  const names = []
  for (let next = await status(); next.pending; next = await status()) {
    names.push(next.pending.fileName)
    await call(appPage, 'backups:dismiss', { token: next.pending.token })
  }
  return names
}

const atStart = await status()
const openFile = { prevented: false, preventDefault() { this.prevented = true } }
for (const listener of s.appListeners.get('open-file') ?? []) listener(openFile, second)
for (const listener of s.appListeners.get('second-instance') ?? []) listener({}, ['Debito.exe', third, '--another-switch'], '/')
const pushed = s.sent.filter((m) => m.channel === 'event:data-changed').map((m) => m.payload.scopes.join(','))
const wrong = await call(appPage, 'backups:restore', { token: atStart.pending.token, backupPassphrase: 'not it', name: 'Hersteld', unlock: { mode: 'passphrase', passphrase: 'nieuwe wachtwoordzin' } })
const restored = await call(appPage, 'backups:restore', { token: atStart.pending.token, backupPassphrase, name: 'Hersteld', unlock: { mode: 'passphrase', passphrase: 'nieuwe wachtwoordzin' } })
const opened = await call(appPage, 'administrations:open', { id: restored.value.id, unlock: { mode: 'passphrase', passphrase: 'nieuwe wachtwoordzin' } })
const customers = await call(appPage, 'customers:list', {})
console.log(JSON.stringify({ atStart, prevented: openFile.prevented, pushed, focused: s.focused, wrong, restored, opened, customers, later: await waiting() }))
process.exit(0)
