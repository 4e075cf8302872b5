// Browser mode's gate: loopback only, the per-start token on every call, and no foreign Host or Origin.
import { writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { networkInterfaces } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { TOKEN_HEADER, type WebServer } from '../../../src/main/web/server'
import { createTestServices, startTestWebServer, type TestServices } from '../ipc/services'

type Reply = { status: number; body: string }

function send(port: number, opts: { method?: string; path: string; headers?: Record<string, string>; body?: string; host?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: opts.host ?? '127.0.0.1', port, method: opts.method ?? 'POST', path: opts.path, headers: opts.headers }, (res) => {
      let body = ''
      res.on('data', (c: Buffer) => (body += c.toString()))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject)
    req.end(opts.body)
  })
}

let t: TestServices
let server: WebServer
let origin: string
beforeAll(async () => {
  t = createTestServices()
  server = await startTestWebServer(t)
  origin = `http://127.0.0.1:${server.port}`
})
afterAll(async () => {
  await server.close()
  t.dispose()
})

const api = (headers: Record<string, string>) =>
  send(server.port, { path: '/api/administrations:list', headers: { 'content-type': 'application/json', ...headers }, body: '{}' })

describe('browser mode server', () => {
  it('prints a loopback URL with the token and listens on 127.0.0.1 only', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`)
    expect(server.token.length).toBeGreaterThanOrEqual(32)
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal)
    if (external) await expect(send(server.port, { host: external.address, path: '/' })).rejects.toThrow(/ECONNREFUSED/)
  })

  it('answers a call with the token and a matching origin', async () => {
    const reply = await api({ [TOKEN_HEADER]: server.token, origin })
    expect(reply.status).toBe(200)
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: [] })
  })

  it('refuses a call without the token or with a wrong one', async () => {
    const attempts: Record<string, string>[] = [{ origin }, { origin, [TOKEN_HEADER]: 'x'.repeat(server.token.length) }, { origin, [TOKEN_HEADER]: '' }]
    for (const headers of attempts) {
      const reply = await api(headers)
      expect(reply.status).toBe(403)
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { kind: 'forbidden' } })
    }
  })

  it('refuses a foreign Origin even with the right token', async () => {
    for (const foreign of ['http://evil.example', `http://127.0.0.1:${server.port + 1}`, 'null']) {
      expect((await api({ [TOKEN_HEADER]: server.token, origin: foreign })).status).toBe(403)
    }
  })

  it('refuses a wrong Host header (DNS rebinding), for pages and calls alike', async () => {
    const rebinding = { host: `attacker.example:${server.port}` }
    expect((await send(server.port, { method: 'GET', path: '/', headers: rebinding })).status).toBe(403)
    expect((await api({ ...rebinding, [TOKEN_HEADER]: server.token })).status).toBe(403)
  })

  it('serves the renderer but nothing outside it', async () => {
    expect((await send(server.port, { method: 'GET', path: '/' })).body).toContain('<title>Debito</title>')
    writeFileSync(join(t.dataDir, 'secret.txt'), 'not for the browser')
    for (const path of ['/..%2fsecret.txt', '/../secret.txt', '/%2e%2e/secret.txt']) {
      const reply = await send(server.port, { method: 'GET', path })
      expect(reply.status).toBe(404)
      expect(reply.body).not.toContain('not for the browser')
    }
  })

  it('pushes events over the WebSocket only to a caller with token and origin', async () => {
    const refused = new WebSocket(`ws://127.0.0.1:${server.port}/events?token=wrong`, { origin })
    await expect(new Promise((resolve, reject) => (refused.on('open', resolve), refused.on('error', reject)))).rejects.toThrow(/403/)
    const foreign = new WebSocket(`ws://127.0.0.1:${server.port}/events?token=${server.token}`, { origin: 'http://evil.example' })
    await expect(new Promise((resolve, reject) => (foreign.on('open', resolve), foreign.on('error', reject)))).rejects.toThrow(/403/)

    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/events?token=${server.token}`, { origin })
    await new Promise((resolve) => ws.on('open', resolve))
    const message = new Promise<string>((resolve) => ws.on('message', (data: Buffer) => resolve(data.toString())))
    t.services.events.dataChanged(['invoices', 'dashboard'])
    expect(JSON.parse(await message)).toEqual({ channel: 'event:data-changed', payload: { scopes: ['invoices', 'dashboard'] } })
    ws.close()
  })
})
