// Runs under plain Node with the electron stub: boots the BUILT main bundle and drives it through the
// IPC handlers it registered, as the preload would. Prints one JSON line for the test to check.
import { Buffer } from 'node:buffer'
import console from 'node:console'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'
import { appPage, bootMain } from './boot-prelude.mjs'

const { root, s, win, call } = await bootMain()
const evil = { senderFrame: { url: 'https://evil.example/', parent: null } }

const result = { handlers: [...s.ipc.keys()].sort(), quit: s.quit, windows: s.windows.length, dataDir: s.paths.get('userData') }
if (win) {
  const created = await call(appPage, 'administrations:create', { name: 'Smoke B.V.', unlock: { mode: 'passphrase', passphrase: 'smoke test passphrase' } })
  const opened = await call(appPage, 'administrations:open', { id: created.value.id, unlock: { mode: 'passphrase', passphrase: 'smoke test passphrase' } })
  const contents = win.webContents
  const navigate = { prevented: false, preventDefault() { this.prevented = true } }
  contents.listeners.get('will-navigate')?.[0]?.(navigate, 'https://evil.example/')
  const serve = async (url) => {
    const res = await s.protocolHandlers.get('app')(new globalThis.Request(url))
    return { status: res.status, html: (await res.text()).includes('<div id="root">') }
  }
  const verdict = (url) => new Promise((resolve) => s.beforeRequest({ url }, (r) => resolve(r.cancel)))
  Object.assign(result, {
    created: created.ok,
    opened,
    dashboard: await call(appPage, 'dashboard:get-summary', {}),
    untrusted: await call(evil, 'administrations:list', {}),
    iframe: await call({ senderFrame: { ...appPage.senderFrame, parent: {} } }, 'administrations:list', {}),
    invalid: await call(appPage, 'administrations:rename', { id: created.value.id, name: '' }),
    deviceKey: await call(appPage, 'app:get-info', {}),
    pushed: s.sent.filter((m) => m.channel).map((m) => m.channel),
    webPreferences: win.opts.webPreferences,
    preloadExists: existsSync(win.opts.webPreferences.preload),
    loaded: win.loaded,
    schemes: s.schemes,
    served: await serve('app://debito/index.html'),
    servedOutside: await serve('app://debito/..%2f..%2fpackage.json'),
    servedOtherHost: await serve('app://elsewhere/index.html'),
    menuLabels: s.menus.at(-1).template.map((m) => m.label),
    navigationPrevented: navigate.prevented,
    windowOpen: contents.windowOpenHandler({ url: 'https://example.com/' }),
    blocksRemote: await verdict('https://example.com/tracker.js'),
    allowsBundle: !(await verdict('app://debito/assets/index.js')),
    blocksFile: await verdict(pathToFileURL(join(root, 'package.json')).href),
    permission: await new Promise((resolve) => s.permissionRequest({}, 'media', resolve))
  })
  await call(appPage, 'app:set-language', { language: 'fr' })
  result.menuLabelsFr = s.menus.at(-1).template.map((m) => m.label)
  // a file large enough for the import worker, which the built bundle starts from out/main/import-worker.js
  const rows = Array.from({ length: 15_000 }, (_, i) => `K${i % 100};Klant ${i % 100};F${i};01-03-2026;${i + 1},00`)
  const csv = ['Klantnummer;Naam;Factuurnummer;Factuurdatum;Bedrag', ...rows].join('\n')
  const staged = await call(appPage, 'files:stage', { name: 'groot.csv', dataBase64: Buffer.from(csv).toString('base64') })
  const sentBefore = s.sent.length
  result.largeImport = await call(appPage, 'imports:commit', { fileId: staged.value.fileId })
  result.importProgress = s.sent.slice(sentBefore).filter((m) => m.channel === 'event:job-progress').map((m) => m.payload.done)
  // a PDF needs the shipped fonts: from node_modules in development, from resources/fonts when packaged
  if (process.env.STUB_SAVE_DIR) result.agingPdf = await call(appPage, 'reports:export', { report: 'aging', format: 'pdf', language: 'nl' })
}
console.log(JSON.stringify(result))
process.exit(0)
