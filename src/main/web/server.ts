// Browser mode's transport: the same contracts as Electron IPC, carried as HTTP POST /api/<channel>
// (answers are the usual envelope) and pushed events over one WebSocket at /events.
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { WebSocketServer, type WebSocket } from 'ws'
import type { Dispatch } from '../ipc/dispatch'
import { fail } from '../ipc/envelope'
import type { EventBus } from '../session/event-bus'
import { createGuard } from './guard'
import { serveStatic } from './static-files'

export const TOKEN_HEADER = 'x-debito-token'
const MAX_BODY = 1024 * 1024
/** Staging carries a whole file as base64: a 20 MB bank file, plus the JSON around it. */
const MAX_STAGE_BODY = 28 * 1024 * 1024
const STAGE_CHANNEL = 'files:stage'

export type WebServerOptions = { dispatch: Dispatch; events: EventBus; rendererDir: string; port?: number }
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

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://placeholder')
    if (!guard.hostOk(req)) return refuse(res, 'wrong host')
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return json(res, 405, fail('validation', 'use POST'))
      if (!guard.originOk(req, false)) return refuse(res, 'foreign origin')
      if (!guard.tokenOk(req.headers[TOKEN_HEADER] as string | undefined)) return refuse(res, 'missing or wrong token')
      const channel = decodeURIComponent(url.pathname.slice(5))
      readJson(req, channel === STAGE_CHANNEL ? MAX_STAGE_BODY : MAX_BODY)
        .then((raw) => opts.dispatch(channel, raw))
        .then((result) => json(res, 200, result))
        .catch(() => json(res, 400, fail('validation', 'the request body is not JSON')))
      return
    }
    if (req.method !== 'GET') return json(res, 405, fail('validation', 'method not allowed'))
    if (url.pathname === '/favicon.ico') return void res.writeHead(204).end()
    void serveStatic(opts.rendererDir, url.pathname, res)
  })

  const sockets = new Set<WebSocket>()
  const wss = new WebSocketServer({ noServer: true })
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://placeholder')
    // browsers cannot set headers on a WebSocket, so the token rides in the query; Origin is mandatory here
    if (url.pathname !== '/events' || !guard.hostOk(req) || !guard.originOk(req, true) || !guard.tokenOk(url.searchParams.get('token'))) {
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
