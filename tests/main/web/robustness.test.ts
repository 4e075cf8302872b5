// Browser mode must answer every request, however malformed, and keep running: one bad URL used to
// throw a URIError in an un-awaited handler and end the process.
import { spawnSync } from 'node:child_process'
import { request } from 'node:http'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebServer, TOKEN_HEADER, type WebServer } from '../../../src/main/web/server'
import { createTestServices, startTestWebServer, type TestServices } from '../ipc/services'

function send(port: number, method: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers: { host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      let body = ''
      res.on('data', (c: Buffer) => (body += c.toString()))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject)
    req.end(method === 'POST' ? '{}' : undefined)
  })
}

let t: TestServices
let server: WebServer
beforeAll(async () => {
  t = createTestServices()
  server = await startTestWebServer(t)
})
afterAll(async () => {
  await server.close()
  t.dispose()
})

describe('browser mode under malformed requests', () => {
  const auth = () => ({ 'content-type': 'application/json', [TOKEN_HEADER]: server.token, origin: `http://127.0.0.1:${server.port}` })

  it.each(['/%', '/%E0%A4%A', '/..%c0%af..', '/assets/%ff.js'])('GET %s without a token gets 400', async (path) => {
    const reply = await send(server.port, 'GET', path)
    expect(reply.status).toBe(400)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { kind: 'validation' } })
  })

  it('POST /api/% with the token gets 400, and the server still answers afterwards', async () => {
    expect((await send(server.port, 'POST', '/api/%', auth())).status).toBe(400)
    expect((await send(server.port, 'POST', '/api/%E0%A4%A', auth())).status).toBe(400)
    const ok = await send(server.port, 'POST', '/api/administrations:list', auth())
    expect(ok.status).toBe(200)
    expect(JSON.parse(ok.body)).toEqual({ ok: true, value: [] })
    expect((await send(server.port, 'GET', '/')).status).toBe(200)
  })

  it('a handler that throws outside the dispatch envelope becomes a 500 reply', async () => {
    const broken = await startWebServer({ dispatch: () => Promise.reject(new Error('boom')), events: t.services.events, rendererDir: join(t.dataDir, 'renderer') })
    try {
      const reply = await send(broken.port, 'POST', '/api/administrations:list', { ...auth(), origin: `http://127.0.0.1:${broken.port}`, [TOKEN_HEADER]: broken.token })
      expect(reply.status).toBe(500)
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { kind: 'internal' } })
    } finally {
      await broken.close()
    }
  })

  it('an unhandled rejection elsewhere does not end the browser-mode process', () => {
    const keepAlive = join(import.meta.dirname, '../../../src/main/web/keep-alive.ts')
    const script = `
      const { keepServingOnUnhandledRejection } = await import(${JSON.stringify(keepAlive)})
      keepServingOnUnhandledRejection((message) => console.log(message))
      Promise.reject(new Error('forgotten'))
      setTimeout(() => console.log('still serving'), 50)`
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 })
    expect(run.stdout).toContain('unhandled rejection; the server keeps running')
    expect(run.stdout).toContain('still serving')
    expect(run.status).toBe(0)
  })
})
