import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type IpcEventLike, type IpcMainLike, registerIpc } from '../../../src/main/ipc/register'
import { appUrlPredicate, isTrustedFrame } from '../../../src/main/ipc/trusted-sender'
import type { IpcResult } from '../../../src/shared/ipc/contract'
import { INVOKE_CHANNELS } from '../../../src/shared/ipc/channels'
import { createTestServices, type TestServices } from './services'

const INDEX = new URL('app://debito/index.html')
const trusted = appUrlPredicate(INDEX)

function fakeIpcMain() {
  const handlers = new Map<string, (event: IpcEventLike, raw: unknown) => Promise<IpcResult<unknown>>>()
  const ipcMain: IpcMainLike = { handle: (channel, listener) => void handlers.set(channel, listener) }
  const invoke = (url: string, channel: string, raw: unknown, parent: unknown = null) => {
    const handler = handlers.get(channel)
    if (!handler) throw new Error(`no handler for ${channel}`)
    return handler({ senderFrame: { url, parent } }, raw)
  }
  return { ipcMain, handlers, invoke }
}

let t: TestServices
beforeEach(() => {
  t = createTestServices()
})
afterEach(() => t.dispose())

describe('registerIpc', () => {
  it('registers exactly the contract channels', () => {
    const fake = fakeIpcMain()
    registerIpc(fake.ipcMain, t.dispatch, trusted)
    expect([...fake.handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort())
  })

  it('answers the app page and refuses an untrusted sender frame', async () => {
    const fake = fakeIpcMain()
    registerIpc(fake.ipcMain, t.dispatch, trusted)
    expect(await fake.invoke(INDEX.href, 'administrations:list', {})).toEqual({ ok: true, value: [] })
    const refused = { ok: false, error: { kind: 'forbidden', message: 'untrusted sender' } }
    expect(await fake.invoke('https://evil.example/', 'administrations:list', {})).toEqual(refused)
    expect(await fake.invoke('file:///tmp/index.html', 'administrations:list', {})).toEqual(refused)
    // an iframe inside the app page is not the app
    expect(await fake.invoke(INDEX.href, 'administrations:list', {}, { url: INDEX.href })).toEqual(refused)
  })
})

describe('trusted sender predicate', () => {
  it.each([
    ['https://evil.example/?next=app://debito/index.html', false],
    ['app://debito.evil/index.html', false],
    ['app://user@debito/index.html', false],
    ['app://debito:8080/index.html', false],
    ['file:///debito/index.html', false],
    ['app://debito/index.html#/invoices', true],
    ['not a url', false]
  ])('%s → %s', (url, expected) => {
    expect(isTrustedFrame({ url, parent: null }, trusted)).toBe(expected)
  })

  it('trusts only the exact dev-server origin in development', () => {
    const dev = appUrlPredicate(new URL('http://localhost:5173/'))
    expect(isTrustedFrame({ url: 'http://localhost:5173/#/x', parent: null }, dev)).toBe(true)
    expect(isTrustedFrame({ url: 'http://localhost:5174/', parent: null }, dev)).toBe(false)
    expect(isTrustedFrame({ url: 'http://user@localhost:5173/', parent: null }, dev)).toBe(false)
    expect(isTrustedFrame(null, dev)).toBe(false)
  })
})
