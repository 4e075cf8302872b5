// Who may talk to browser mode: only pages this server served itself (Host and Origin of the loopback
// address it listens on, which defeats DNS rebinding and other sites) that also hold the per-start token.
import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

export type Guard = {
  /** Host header names this server (static files and API). */
  hostOk(req: IncomingMessage): boolean
  /** Origin, when the browser sends one, is this server's own. */
  originOk(req: IncomingMessage, required: boolean): boolean
  tokenOk(candidate: string | null | undefined): boolean
}

export function createGuard(port: number, token: string): Guard {
  const hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`])
  const origins = new Set([...hosts].map((h) => `http://${h}`))
  const expected = Buffer.from(token)
  return {
    hostOk: (req) => hosts.has(req.headers.host ?? ''),
    originOk: (req, required) => {
      const origin = req.headers.origin
      return origin === undefined ? !required : origins.has(origin)
    },
    tokenOk: (candidate) => {
      if (typeof candidate !== 'string') return false
      const given = Buffer.from(candidate)
      return given.length === expected.length && timingSafeEqual(given, expected)
    }
  }
}
