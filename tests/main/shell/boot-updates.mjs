// Boots the built main bundle as an installed app with the real electron-updater (through the stub's net
// module) and a generic update server on this computer, then walks through Settings → Updates as the
// renderer would. BOOT_UPDATES={"serverDir", "phase"}: "first" has no consent to check at start yet;
// "restart" starts with that consent saved. Prints one JSON line.
import console from 'node:console'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import { join } from 'node:path'
import process from 'node:process'
import { setTimeout } from 'node:timers/promises'
import { URL } from 'node:url'
import { appPage, bootMain } from './boot-prelude.mjs'

const { serverDir, phase } = JSON.parse(process.env.BOOT_UPDATES ?? '{}')
const served = []
const server = http.createServer((req, res) => {
  const file = join(serverDir, req.url.split('?')[0])
  served.push(req.url.split('?')[0])
  if (existsSync(file)) res.end(readFileSync(file))
  else res.writeHead(404).end('not here')
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const feedUrl = `http://127.0.0.1:${server.address().port}/updates`

if (phase === 'restart') {
  const dataDir = join(process.env.XDG_CONFIG_HOME, 'Debito')
  mkdirSync(dataDir, { recursive: true })
  writeFileSync(join(dataDir, 'update-settings.json'), JSON.stringify({ enabled: true, feedUrl, checkOnStart: true }))
}
const { s, win, call } = await bootMain()
const updates = (channel, input = {}) => call(appPage, `updates:${channel}`, input)
const readyToShow = () => (win.listeners.get('ready-to-show') ?? []).forEach((listener) => listener())
const result = { phase, beforeWindow: s.requests.length }

if (phase === 'first') {
  readyToShow()
  await setTimeout(200)
  Object.assign(result, {
    afterWindow: s.requests.length,
    initial: await updates('get-status'),
    noAddress: await updates('check'),
    badAddress: await updates('save-settings', { enabled: true, feedUrl: 'ftp://updates.example.nl/', checkOnStart: false }),
    saved: await updates('save-settings', { enabled: true, feedUrl, checkOnStart: false }),
    downloadTooSoon: await updates('download')
  })
  result.checked = await updates('check')
  const sentBefore = s.sent.length
  result.downloaded = await updates('download')
  result.progress = s.sent.slice(sentBefore).filter((m) => m.channel === 'event:job-progress').map((m) => [m.payload.done, m.payload.finished])
  result.switchedOff = await updates('save-settings', { enabled: false, feedUrl, checkOnStart: false })
  const requestsBefore = s.requests.length
  result.checkWhenOff = await updates('check')
  result.requestsWhenOff = s.requests.length - requestsBefore
  result.wrongFolder = (await updates('save-settings', { enabled: true, feedUrl: feedUrl.replace('/updates', '/elsewhere'), checkOnStart: false }), await updates('check'))
} else {
  readyToShow()
  for (let i = 0; i < 50 && (await updates('get-status')).value.state.status !== 'available'; i++) await setTimeout(100)
  result.atStart = await updates('get-status')
}
result.requests = s.requests.map((url) => new URL(url).pathname)
result.served = served
server.close()
console.log(JSON.stringify(result))
process.exit(0)
