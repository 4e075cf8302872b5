// The letters channels through the real dispatch: template editing with its live preview and the legal
// checks, the logo, previews, a run printed through the desktop's print window (a stand-in that keeps the
// bytes in memory) and downloaded once in browser mode, and the archive check.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { localToday } from '../../../src/shared/dates'
import type { OutputResultDto, PreviewDto, TemplateDetailDto } from '../../../src/shared/ipc/letters.contract'
import { saveRun } from '../../../src/main/domains/dunning/runs.service'
import type { Platform } from '../../../src/main/session/app-services'
import { tempDir } from '../../helpers/db'
import { addInvoice } from '../dunning/dunning-db'
import { addAddressedCustomer, pdfText, setUpLetterhead } from '../letters/letters-db'
import { startWebServer as startServer } from '../../../src/main/web/server'
import { call, createTestServices, openNewAdministration, type TestServices } from './services'

let t: TestServices
afterEach(() => t.dispose())

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
const id = { key: 'nl-14-day-letter', regime: 'NL-b2c', language: 'nl' } as const

async function withRun(platform?: Platform) {
  t = createTestServices(platform)
  await openNewAdministration(t, 'Brieven B.V.')
  const db = t.services.session.db()
  setUpLetterhead(db)
  const a = addAddressedCustomer(db, { code: 'A100', name: 'Bakkerij Œuvre', email: null })
  addInvoice(db, { customer: a, number: 'F1', dueDate: '2026-02-01', amountCents: 100_000 })
  const runId = saveRun(db, '2026-03-02').runId ?? 0
  await call(t.dispatch, 'dunning:execute-run', { runId })
  return runId
}

describe('letters channels', () => {
  it('edits a template with a live preview, refuses one without the legal wording, and restores the shipped text', async () => {
    t = createTestServices()
    await openNewAdministration(t, 'Brieven B.V.')
    setUpLetterhead(t.services.session.db())
    const shipped = (await call(t.dispatch, 'letters:get-template', id)) as TemplateDetailDto
    expect(shipped.current.origin).toBe('shipped')
    const edited = shipped.current.body.replace('Geachte heer, mevrouw,', 'Beste klant,')
    const preview = (await call(t.dispatch, 'letters:preview-template', { ...id, subject: shipped.current.subject, body: edited })) as PreviewDto & { problems: unknown[] }
    expect(preview.problems).toEqual([])
    expect(preview.pages.length).toBeGreaterThanOrEqual(1)
    expect(preview.pages[0]).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/)
    const broken = shipped.current.body.replace('binnen veertien dagen vanaf de dag nadat deze brief bij u is bezorgd', 'binnen 14 dagen na dagtekening')
    const bad = (await call(t.dispatch, 'letters:preview-template', { ...id, subject: shipped.current.subject, body: broken })) as { problems: { code: string }[] }
    expect(bad.problems.map((p) => p.code)).toEqual(['missing-phrase', 'forbidden-phrase'])
    expect(await t.dispatch('letters:save-template', { ...id, subject: shipped.current.subject, body: broken })).toMatchObject({ ok: false, error: { kind: 'validation', field: 'body' } })
    const saved = (await call(t.dispatch, 'letters:save-template', { ...id, subject: shipped.current.subject, body: edited })) as TemplateDetailDto
    expect(saved.current).toMatchObject({ origin: 'custom', body: edited })
    expect(((await call(t.dispatch, 'letters:list-templates')) as { key: string; regime: string; language: string; custom: unknown }[]).find((l) => l.key === id.key && l.language === 'nl')?.custom).not.toBeNull()
    const restored = (await call(t.dispatch, 'letters:restore-template', id)) as TemplateDetailDto
    expect(restored.current).toMatchObject({ origin: 'shipped', body: shipped.current.body })
  })

  it('sets the logo from a staged file and refuses a file that is not an image', async () => {
    t = createTestServices()
    await openNewAdministration(t, 'Brieven B.V.')
    const png = (await call(t.dispatch, 'files:stage', { name: 'logo.png', dataBase64: PNG.toString('base64') })) as { fileId: string }
    expect(await call(t.dispatch, 'letters:set-logo', { fileId: png.fileId })).toEqual({ dataUrl: `data:image/png;base64,${PNG.toString('base64')}` })
    const txt = (await call(t.dispatch, 'files:stage', { name: 'logo.txt', dataBase64: Buffer.from('hallo').toString('base64') })) as { fileId: string }
    expect(await t.dispatch('letters:set-logo', { fileId: txt.fileId })).toMatchObject({ ok: false, error: { kind: 'validation', message: 'logo.txt is not a PNG or JPEG image.' } })
    expect(await call(t.dispatch, 'letters:remove-logo')).toEqual({ dataUrl: null })
  })

  it('prints a run through the desktop print window from memory, then only a confirmed copy', async () => {
    const printed: Uint8Array[] = []
    const saved = tempDir('debito-saved-')
    const runId = await withRun({
      mode: 'desktop',
      version: 'test',
      pdf: { print: async (pdf) => (printed.push(pdf), 'printed'), show: async () => undefined },
      dialogs: { openFile: async () => null, saveFile: async (_kind, name) => join(saved, name) }
    })
    const run = (await call(t.dispatch, 'letters:run-letters', { runId })) as { letters: { id: number }[]; printable: number; printed: boolean }
    expect(run).toMatchObject({ printable: 1, printed: false })
    expect(await call(t.dispatch, 'letters:print-run', { runId, how: 'print' })).toMatchObject({ status: 'printed', letters: 1, copies: false })
    expect(pdfText(printed[0]!)).toContain('Bakkerij Œuvre')
    expect(await t.dispatch('letters:print-run', { runId, how: 'print' })).toMatchObject({ ok: false, error: { kind: 'conflict', field: 'resend' } })
    expect(await call(t.dispatch, 'letters:print-run', { runId, how: 'save', resend: true })).toMatchObject({ status: 'saved', copies: true })
    expect(pdfText(readFileSync(join(saved, `run-${runId}-2026-03-02-kopie.pdf`)))).toContain('KOPIE')
    const preview = (await call(t.dispatch, 'letters:preview-letter', { letterId: run.letters[0]!.id })) as PreviewDto
    expect(preview.pages).toHaveLength(1)
    // the pictures come with their text: the debtor and the amount as the page shows them
    expect(preview.texts).toHaveLength(1)
    expect(preview.texts[0]).toContain('Bakkerij Œuvre')
    expect(preview.texts[0]).toMatch(/€\s[\d.]+,\d\d/)
    expect(await call(t.dispatch, 'letters:verify')).toMatchObject({ letters: 2, batches: 2, failures: [] })
  }, 60_000)

  it('hands a run to the browser as a one-time download, and a statement too', async () => {
    const runId = await withRun()
    const server = await startWebServer()
    try {
      const result = (await call(t.dispatch, 'letters:print-run', { runId, how: 'print' })) as Extract<OutputResultDto, { status: 'download' }>
      expect(result).toMatchObject({ status: 'download', fileName: `run-${runId}-2026-03-02.pdf`, letters: 1 })
      const first = await fetch(`http://127.0.0.1:${server.port}${result.url}`)
      expect(first.headers.get('content-type')).toBe('application/pdf')
      expect(pdfText(new Uint8Array(await first.arrayBuffer()))).toContain('Bakkerij Œuvre')
      expect((await fetch(`http://127.0.0.1:${server.port}${result.url}`)).status).toBe(404)
      const run = (await call(t.dispatch, 'letters:run-letters', { runId })) as { printed: boolean; letters: { customerId: number }[] }
      expect(run.printed).toBe(true)
      const statement = (await call(t.dispatch, 'letters:statement', { customerId: run.letters[0]!.customerId, asOf: localToday(), how: 'save' })) as Extract<OutputResultDto, { status: 'download' }>
      const pdf = new Uint8Array(await (await fetch(`http://127.0.0.1:${server.port}${statement.url}`)).arrayBuffer())
      expect(pdfText(pdf)).toContain('Rekeningoverzicht')
      const letters = (await call(t.dispatch, 'letters:customer-letters', { customerId: run.letters[0]!.customerId })) as { total: number; rows: { kind: string }[] }
      expect(letters.rows.map((r) => r.kind)).toEqual(['statement', 'dunning'])
    } finally {
      await server.close()
    }
  }, 60_000)
})

/** Browser mode over these services, with its one-time downloads. */
function startWebServer() {
  const rendererDir = join(t.dataDir, 'renderer')
  mkdirSync(rendererDir)
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Debito</title>')
  return startServer({ dispatch: t.dispatch, events: t.services.events, rendererDir, downloads: t.services.downloads })
}
