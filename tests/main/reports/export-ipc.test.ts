// reports:export through the real dispatch: the desktop writes where its save dialog points (the dialog
// is the one piece of Electron stood in for), browser mode hands out a one-time download address.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterEach, describe, expect, it } from 'vitest'
import type { FileDialogs } from '../../../src/main/session/app-services'
import { startWebServer } from '../../../src/main/web/server'
import { tempDir } from '../../helpers/db'
import { call, createTestServices, openNewAdministration, type TestServices } from '../ipc/services'
import { seedHistory } from './ledger'

let t: TestServices | undefined
afterEach(() => {
  t?.dispose()
  t = undefined
})

async function servicesWith(dialogs?: FileDialogs): Promise<TestServices> {
  const made = createTestServices(dialogs ? { mode: 'desktop', version: 't', dialogs } : undefined)
  await openNewAdministration(made, 'Cijfers')
  seedHistory(made.services.session.db())
  return made
}

const request = { report: 'aging', format: 'xlsx', asOf: '2026-05-15', language: 'nl' } as const

describe('desktop export', () => {
  it('writes the file the save dialog chose, and nothing when the user cancels', async () => {
    const target = join(tempDir('debito-save-'), 'ouderdom.xlsx')
    let answer: string | null = target
    const asked: string[] = []
    t = await servicesWith({ openFile: async () => null, saveFile: async (_kind, name) => (asked.push(name), answer) })
    const jobs: { done: number; finished: boolean }[] = []
    t.services.events.subscribe((channel, payload) => {
      if (channel === 'event:job-progress') jobs.push(payload as { done: number; finished: boolean })
    })
    expect(await call(t.dispatch, 'reports:export', request)).toEqual({ status: 'saved', fileName: 'ouderdom.xlsx', rows: 13 })
    expect(asked).toEqual(['ouderdomsanalyse-2026-05-15.xlsx'])
    expect(jobs.at(-1)).toMatchObject({ done: 13, finished: true })
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(target)
    expect(book.getWorksheet('Per klant')?.getCell('A1').value).toBe('Ouderdomsanalyse — Cijfers')
    answer = null
    expect(await call(t.dispatch, 'reports:export', { ...request, format: 'csv' })).toEqual({ status: 'cancelled' })
    expect(readdirSync(join(target, '..'))).toEqual(['ouderdom.xlsx'])
  })

  it('leaves no half file when writing fails', async () => {
    const folder = tempDir('debito-save-')
    // a folder where the file should go: the rename at the end cannot replace it
    const target = join(folder, 'taken.xlsx')
    mkdirSync(target)
    writeFileSync(join(target, 'keep'), 'x')
    t = await servicesWith({ openFile: async () => null, saveFile: async () => target })
    const result = await t.dispatch('reports:export', request)
    expect(result).toMatchObject({ ok: false, error: { kind: 'io', message: `${target}: the file could not be written (EISDIR)` } })
    expect(readdirSync(folder)).toEqual(['taken.xlsx'])
  })
})

describe('browser-mode export', () => {
  it('downloads once from the server, straight into the response', async () => {
    t = await servicesWith()
    const rendererDir = join(t.dataDir, 'renderer')
    mkdirSync(rendererDir)
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>')
    const server = await startWebServer({ dispatch: t.dispatch, events: t.services.events, rendererDir, downloads: t.services.downloads })
    try {
      const result = (await call(t.dispatch, 'reports:export', { ...request, language: 'fr' })) as { status: string; url: string; fileName: string }
      expect(result).toMatchObject({ status: 'download', fileName: 'balance-agee-2026-05-15.xlsx' })
      const base = `http://127.0.0.1:${server.port}`
      expect((await fetch(`${base}${result.url}`, { headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(403)
      // a refused fetch does not use the ticket up
      const res = await fetch(`${base}${result.url}`, { headers: { 'sec-fetch-site': 'same-origin' } })
      expect(res.status).toBe(200)
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="balance-agee-2026-05-15.xlsx"; filename*=UTF-8''balance-agee-2026-05-15.xlsx`)
      const book = new ExcelJS.Workbook()
      await book.xlsx.load(await res.arrayBuffer())
      expect(book.worksheets.map((w) => w.name)).toEqual(['Synthèse', 'Par client', 'Postes'])
      expect((await fetch(`${base}${result.url}`)).status).toBe(404)
      expect((await fetch(`${base}/download/not-a-ticket`)).status).toBe(404)
      expect(existsSync(join(t.dataDir, 'renderer', 'balance-agee-2026-05-15.xlsx'))).toBe(false)
    } finally {
      await server.close()
    }
  })
})
