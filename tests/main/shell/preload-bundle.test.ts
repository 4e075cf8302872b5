// The built sandboxed preload (out/preload/index.cjs) is one CJS file that may only require('electron').
// It is evaluated here with a recording `electron`, as Chromium's sandbox would run it.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../../src/shared/ipc/channels'

const file = join(import.meta.dirname, '../../../out/preload/index.cjs')
if (!existsSync(file) && process.env.CI) throw new Error('out/ is missing: CI must run `npm run build` before the tests')

type Bridge = { invoke(channel: string, input: unknown): Promise<unknown>; on(channel: string, fn: (p: unknown) => void): () => void }

function loadPreload() {
  const exposed: Record<string, unknown> = {}
  const invoked: unknown[][] = []
  const listeners = new Map<string, (event: unknown, payload: unknown) => void>()
  const required: string[] = []
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
    ipcRenderer: {
      invoke: (...args: unknown[]) => (invoked.push(args), Promise.resolve({ ok: true, value: 'from main' })),
      on: (channel: string, fn: (event: unknown, payload: unknown) => void) => listeners.set(channel, fn),
      removeListener: (channel: string) => listeners.delete(channel)
    }
  }
  const module = { exports: {} }
  const require = (name: string) => {
    required.push(name)
    if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`)
    return electron
  }
  runInNewContext(readFileSync(file, 'utf8'), { require, module, exports: module.exports, console })
  return { bridge: exposed.api as Bridge, exposed, invoked, listeners, required }
}

describe.skipIf(!existsSync(file))('built preload bridge', () => {
  it('requires nothing but electron and exposes only invoke and on', () => {
    const { exposed, bridge, required } = loadPreload()
    expect(Object.keys(exposed)).toEqual(['api'])
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on'])
    expect(new Set(required)).toEqual(new Set(['electron']))
  })

  it('forwards contract channels and blocks every other one', async () => {
    const { bridge, invoked } = loadPreload()
    const channel = INVOKE_CHANNELS[0] ?? ''
    await expect(bridge.invoke(channel, { a: 1 })).resolves.toEqual({ ok: true, value: 'from main' })
    await expect(bridge.invoke('fs:read-file', { path: '/etc/passwd' })).rejects.toThrow(/blocked channel/)
    expect(invoked).toEqual([[channel, { a: 1 }]])
  })

  it('delivers events without the IpcRendererEvent and can unsubscribe', () => {
    const { bridge, listeners } = loadPreload()
    const channel = EVENT_CHANNELS[0] ?? ''
    const seen: unknown[] = []
    const off = bridge.on(channel, (...args) => seen.push(args))
    listeners.get(channel)?.({ sender: 'secret ipc object' }, { scopes: ['invoices'] })
    expect(seen).toEqual([[{ scopes: ['invoices'] }]])
    off()
    expect(listeners.has(channel)).toBe(false)
    expect(() => bridge.on('event:anything', () => undefined)).toThrow(/blocked event/)
  })
})
