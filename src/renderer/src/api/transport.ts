// How the renderer reaches main: the preload bridge in the desktop app, or HTTP + WebSocket to the
// loopback server in browser mode. Both carry the same contracts and the same envelopes.
import type { IpcResult } from '../../../shared/ipc/contract'

export type Transport = {
  mode: 'desktop' | 'browser'
  invoke(channel: string, input: unknown): Promise<IpcResult<unknown>>
  on(channel: string, listener: (payload: unknown) => void): () => void
}

const TOKEN_KEY = 'debito.token'

export function desktopTransport(bridge: DesktopBridge): Transport {
  return {
    mode: 'desktop',
    invoke: (channel, input) => bridge.invoke(channel, input) as Promise<IpcResult<unknown>>,
    on: (channel, listener) => bridge.on(channel, listener)
  }
}

/** Takes the token from the address once, keeps it for this tab only, and removes it from the address bar. */
export function takeBrowserToken(): string | null {
  const url = new URL(window.location.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl)
    url.searchParams.delete('token')
    window.history.replaceState(null, '', url.pathname + url.search + url.hash)
  }
  return sessionStorage.getItem(TOKEN_KEY)
}

export function browserTransport(token: string): Transport {
  const listeners = new Map<string, Set<(payload: unknown) => void>>()
  let retry = 500

  const connect = () => {
    const ws = new WebSocket(`ws://${window.location.host}/events?token=${encodeURIComponent(token)}`)
    ws.addEventListener('open', () => (retry = 500))
    ws.addEventListener('message', (e) => {
      const { channel, payload } = JSON.parse(String(e.data)) as { channel: string; payload: unknown }
      for (const l of listeners.get(channel) ?? []) l(payload)
    })
    // the server may restart; reconnect quietly with a growing delay
    ws.addEventListener('close', () => {
      setTimeout(connect, retry)
      retry = Math.min(retry * 2, 10_000)
    })
  }
  connect()

  return {
    mode: 'browser',
    async invoke(channel, input) {
      try {
        const res = await fetch(`/api/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-debito-token': token },
          body: JSON.stringify(input ?? {})
        })
        return (await res.json()) as IpcResult<unknown>
      } catch {
        return { ok: false, error: { kind: 'io', message: 'Debito is not reachable; is `npm run web` still running?' } }
      }
    },
    on(channel, listener) {
      const set = listeners.get(channel) ?? new Set()
      set.add(listener)
      listeners.set(channel, set)
      return () => set.delete(listener)
    }
  }
}

/** Desktop when the preload bridge exists; browser mode otherwise (null without a token). */
export function detectTransport(): Transport | null {
  if (window.api) return desktopTransport(window.api)
  const token = takeBrowserToken()
  return token ? browserTransport(token) : null
}
