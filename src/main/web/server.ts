// Browser mode's transport: the same contracts as Electron IPC, carried as HTTP POST /api/<channel>
// (answers are the usual envelope) and pushed events over one WebSocket at /events.
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { WebSocketServer, type WebSocket } from 'ws'
import type { Dispatch } from '../ipc/dispatch'
import { fail } from '../ipc/envelope'
import type { Downloads } from '../session/downloads'
import type { EventBus } from '../session/event-bus'
import { DOWNLOAD_PATH, serveDownload } from './download-route'
import { createGuard } from './guard'
import { serveStatic } from './static-files'

export const TOKEN_HEADER = 'x-debito-token'
const MAX_BODY = 1024 * 1024
/** Staging carries a whole file as base64: a 20 MB bank file, plus the JSON around it. */
const MAX_STAGE_BODY = 28 * 1024 * 1024
/** Channels that carry a whole file as base64 (staging, a backup uploaded to restore). */
const FILE_CHANNELS: ReadonlySet<string> = new Set(['files:stage', 'backups:upload'])

export type WebServerOptions = { dispatch: Dispatch; events: EventBus; rendererDir: string; port?: number; downloads?: Downloads }
export type WebServer = { url: string; port: number; token: string; close(): Promise<void> }

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(body))
}

async function readJson(req: IncomingMessage, maxBody: number): Promise<unknown> {
  let size = 0
  const chunks: Buffer[] = []
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > maxBody) throw new Error('body too large')
    chunks.push(chunk)
  }
  const text = Buffer.concat(chunks).toString('utf8')
  return text.length === 0 ? {} : JSON.parse(text)
}

/** The request's decoded path and query, or null for a malformed target or escape ("/%", "/%E0%A4%A"). */
function parseTarget(target: string | undefined): { path: string; query: URLSearchParams } | null {
  try {
    const url = new URL(target ?? '/', 'http://placeholder')
    return { path: decodeURIComponent(url.pathname), query: url.searchParams }
  } catch {
    return null
  }
}

export async function startWebServer(opts: WebServerOptions): Promise<WebServer> {
  const token = randomBytes(24).toString('base64url')
  const server = createServer()
  // the guard needs the real port, known only after listen(): install it before serving anything
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port ?? 0, '127.0.0.1', resolve)
  })
  const { port } = server.address() as AddressInfo
  const guard = createGuard(port, token)
  const refuse = (res: ServerResponse, why: string) => json(res, 403, fail('forbidden', why))

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!guard.hostOk(req)) return refuse(res, 'wrong host')
    const target = parseTarget(req.url)
    if (target === null) return json(res, 400, fail('validation', 'the address is not valid'))
    const { path } = target
    if (path.startsWith('/api/')) {
      if (req.method !== 'POST') return json(res, 405, fail('validation', 'use POST'))
      if (!guard.originOk(req, false)) return refuse(res, 'foreign origin')
      if (!guard.tokenOk(req.headers[TOKEN_HEADER] as string | undefined)) return refuse(res, 'missing or wrong token')
      const channel = path.slice(5)
      let raw: unknown
      try {
        raw = await readJson(req, FILE_CHANNELS.has(channel) ? MAX_STAGE_BODY : MAX_BODY)
      } catch {
        return json(res, 400, fail('validation', 'the request body is not JSON'))
      }
      return json(res, 200, await opts.dispatch(channel, raw))
    }
    if (req.method !== 'GET') return json(res, 405, fail('validation', 'method not allowed'))
    if (path === '/favicon.ico') return void res.writeHead(204).end()
    if (opts.downloads && path.startsWith(DOWNLOAD_PATH)) return serveDownload(opts.downloads, req, res, path.slice(DOWNLOAD_PATH.length))
    await serveStatic(opts.rendererDir, path, res)
  }

  // every request ends in a reply: a failure anywhere becomes a 500, never an unhandled rejection
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((err: unknown) => {
      console.error('[web] request failed', err)
      if (!res.headersSent) json(res, 500, fail('internal', 'An unexpected error occurred; see the application log.'))
      else res.destroy()
    })
  })

  const sockets = new Set<WebSocket>()
  const wss = new WebSocketServer({ noServer: true })
  server.on('upgrade', (req, socket, head) => {
    const target = parseTarget(req.url)
    // browsers cannot set headers on a WebSocket, so the token rides in the query; Origin is mandatory here
    if (target?.path !== '/events' || !guard.hostOk(req) || !guard.originOk(req, true) || !guard.tokenOk(target.query.get('token'))) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n')
      return
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws)
      ws.on('close', () => sockets.delete(ws))
    })
  })
  const unsubscribe = opts.events.subscribe((channel, payload) => {
    const message = JSON.stringify({ channel, payload })
    for (const ws of sockets) ws.send(message)
  })

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: async () => {
      unsubscribe()
      for (const ws of sockets) ws.terminate()
      wss.close()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}
