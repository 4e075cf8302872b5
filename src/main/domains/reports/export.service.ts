// Exports a report: main reads the document's rows a slice at a time, each slice only when the worker
// is ready for more, while the report worker writes XLSX/CSV/PDF (ARCHITECTURE C12) in parallel; its
// bytes go to a stream main owns: a file the user chose (written beside it as .part and renamed only
// when complete) or browser mode's download.
import { rename, rm } from 'node:fs/promises'
import { createWriteStream } from 'node:fs'
import type { Writable } from 'node:stream'
import { finished } from 'node:stream/promises'
import type { Language } from '../../../shared/domains/parties'
import type { ExportFormat, ReportDocument } from '../../../shared/domains/reports/document'
import type { Cell } from '../../../shared/domains/reports/tables'
import { AppError } from '../../../shared/errors'
import type { AppDb } from '../../db/connection'
import { startWorker } from '../../jobs/start-worker'
import { buildDocument, type ExportSpec, type SheetSlices } from './export-documents'

export type ReportWorkerData = { format: ExportFormat; doc: ReportDocument }
export type ReportWorkerIn = { type: 'rows'; sheet: number; rows: Cell[][] } | { type: 'end' }
export type ReportWorkerOut = { type: 'ready' } | { type: 'ack'; rows: number } | { type: 'bytes'; bytes: Uint8Array } | { type: 'done' } | { type: 'failed'; message: string }

/** How many slices may wait in the worker: one being written, one ready (memory stays at a few slices). */
const IN_FLIGHT = 2
// the streaming writers keep a few slices in memory whatever the size; a small heap makes the worker
// collect early (peak memory of a 100,000-row export) and stops a runaway
const WORKER_LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 }

export type ExportProgress = (done: number, total: number) => void

/** Streams the document's rows through the worker into `out`; resolves with the row count once `out` has finished. */
function writeInWorker(format: ExportFormat, doc: ReportDocument, rows: SheetSlices[], out: Writable, onProgress?: ExportProgress): Promise<number> {
  const total = doc.sheets.reduce((n, s) => n + s.rowCount, 0)
  return new Promise((resolve, reject) => {
    const worker = startWorker('report-worker', { workerData: { format, doc } satisfies ReportWorkerData, resourceLimits: WORKER_LIMITS })
    let settled = false
    let sheet = 0
    let slices: Iterator<Cell[][]> | null = null
    let done = 0
    let inFlight = 0
    let ended = false
    const settle = (finish: () => void) => {
      if (settled) return
      settled = true
      void worker.terminate()
      finish()
    }
    const fail = (err: unknown) => settle(() => reject(err instanceof AppError ? err : new AppError('io', `the export could not be written: ${(err as Error).message}`)))
    const post = (m: ReportWorkerIn) => worker.postMessage(m)
    const pump = () => {
      while (inFlight < IN_FLIGHT && sheet < rows.length) {
        slices ??= (rows[sheet] as SheetSlices)[Symbol.iterator]()
        const next = slices.next()
        if (next.done) {
          slices = null
          sheet++
          continue
        }
        if (next.value.length === 0) continue
        inFlight++
        post({ type: 'rows', sheet, rows: next.value })
      }
      if (!ended && sheet >= rows.length && inFlight === 0) {
        ended = true
        post({ type: 'end' })
      }
    }
    const guarded = (step: () => void) => () => {
      try {
        step()
      } catch (err) {
        fail(err)
      }
    }
    out.once('error', fail)
    worker.on('message', (m: ReportWorkerOut) => {
      if (settled) return
      switch (m.type) {
        case 'ready':
          return guarded(pump)()
        case 'ack':
          inFlight--
          done += m.rows
          onProgress?.(done, Math.max(done, total))
          return guarded(pump)()
        case 'bytes':
          out.write(m.bytes)
          return
        case 'done':
          out.end()
          finished(out).then(() => settle(() => resolve(done)), fail)
          return
        case 'failed':
          return fail(new Error(m.message))
      }
    })
    worker.once('error', fail)
    worker.once('exit', (code) => fail(new Error(`the export worker stopped before it finished (exit ${code})`)))
  })
}

/** Reads the report now and writes it to `out` in the given format and language. */
export function exportReport(db: AppDb, spec: ExportSpec, format: ExportFormat, language: Language, out: Writable, onProgress?: ExportProgress): Promise<number> {
  const { doc, rows } = buildDocument(db, spec, language)
  return writeInWorker(format, doc, rows, out, onProgress)
}

/**
 * Writes an export to `path` through `path.part`, so a failure (or a crash) never leaves a half file
 * under the name the user chose, and an existing file there is replaced only by a complete one.
 */
export async function exportToFile(path: string, write: (out: Writable) => Promise<number>): Promise<number> {
  const part = `${path}.part`
  try {
    const rows = await write(createWriteStream(part, { mode: 0o600 }))
    await rename(part, path)
    return rows
  } catch (err) {
    await rm(part, { force: true })
    if (err instanceof AppError) throw err
    throw new AppError('io', `${path}: the file could not be written (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, 'file')
  }
}

/** A file name such as "ouderdomsanalyse-2026-11-23.xlsx". */
export function exportFileName(title: string, asOf: string, format: ExportFormat): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  return `${slug || 'report'}-${asOf}.${format}`
}
