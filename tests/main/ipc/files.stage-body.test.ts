// Browser mode carries a staged file as base64 in one POST: a 20 MB bank file must fit, but only on
// files:stage; every other channel keeps the small body limit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TOKEN_HEADER, type WebServer } from '../../../src/main/web/server'
import { createTestServices, openNewAdministration, startTestWebServer, type TestServices } from './services'

let t: TestServices
let server: WebServer

beforeAll(async () => {
  t = createTestServices()
  server = await startTestWebServer(t)
  await openNewAdministration(t, 'Groot B.V.')
})
afterAll(async () => {
  await server.close()
  t.dispose()
})

const post = (channel: string, body: unknown) =>
  fetch(`http://127.0.0.1:${server.port}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token, origin: `http://127.0.0.1:${server.port}` },
    body: JSON.stringify(body)
  })

describe('files:stage over HTTP', () => {
  it('accepts a 20 MB file and refuses a larger one', async () => {
    const twenty = Buffer.alloc(20 * 1024 * 1024, 0x41)
    const ok = await post('files:stage', { name: 'jaar.sta', dataBase64: twenty.toString('base64') })
    expect(await ok.json()).toMatchObject({ ok: true, value: { name: 'jaar.sta', size: twenty.length } })
    const over = await post('files:stage', { name: 'te-groot.sta', dataBase64: Buffer.alloc(twenty.length + 3, 0x41).toString('base64') })
    expect(await over.json()).toMatchObject({ ok: false, error: { kind: 'validation', field: 'dataBase64' } })
  })

  it('keeps the small limit on every other channel', async () => {
    const reply = await post('administrations:list', { padding: 'x'.repeat(2 * 1024 * 1024) })
    expect(reply.status).toBe(400)
  })
})
