// Shared start of the boot scripts: imports the BUILT main bundle from the working folder under the
// electron stub and returns what the stub recorded, plus a way to call IPC as the app page does.
import { join } from 'node:path'
import process from 'node:process'
import { setTimeout } from 'node:timers/promises'
import { pathToFileURL } from 'node:url'

export const appPage = { senderFrame: { url: 'app://debito/index.html#/dashboard', parent: null } }

export async function bootMain() {
  const root = process.cwd()
  await import(pathToFileURL(join(root, 'out/main/index.js')).href)
  await setTimeout(100)
  const s = globalThis.__electronStub
  const call = (event, channel, input) => s.ipc.get(channel)(event, input)
  return { root, s, win: s.windows[0], call }
}
