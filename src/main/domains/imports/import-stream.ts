// Large files: a worker reads and maps the file (ARCHITECTURE C12) and posts the rows slice by slice;
// main writes each slice as it arrives, inside one transaction that only commits once the whole file
// is known to be importable. Reading and writing overlap, and main stays responsive between slices.
import type { ErrorKind } from '../../../shared/errors'
import { AppError } from '../../../shared/errors'
import type { PreviewOptions } from '../../../shared/domains/imports/options'
import { type AppDb, withRollbackJournal } from '../../db/connection'
import { startWorker } from '../../jobs/start-worker'
import {
  assertImportable,
  commitImport,
  type CommitOptions,
  createImportWriter,
  type ImportSummary,
  type ImportWriter,
  parseCommitOptions,
  summaryOfDryRun,
  withBulkCache
} from './import.service'
import { detectFormat, type ImportInput, type ImportPreview, type MappedRows, previewImport } from './preview'
import { previewXaf, type XafSource } from './xaf/preview-xaf'
import { sourceSize } from './xaf/source'
import { type PackedPreview, type PackedRows, unpackPreview, unpackRows } from './worker-messages'

/** One file, or the files of an auditfile import (read from their bytes or their paths). */
export type ImportWorkerData = { input: ImportInput; options: PreviewOptions } | { sources: XafSource[]; options: PreviewOptions }

export type ImportWorkerMessage =
  | { type: 'rows'; rows: PackedRows; done: number; total: number }
  | { type: 'progress'; done: number; total: number }
  | { type: 'end'; preview: PackedPreview }
  | { type: 'failed'; kind: ErrorKind; message: string; field: string | null }

/** Rows of the file read (and, when importing, written) so far. */
export type StreamProgress = (done: number, total: number) => void

/** `onRead` gets the preview once the whole file is read, before its checks can refuse it. */
export type ImportHooks = { onProgress?: StreamProgress; onRead?: (preview: ImportPreview) => void }

/** Reads, checks and writes one file into `db`, in one transaction. */
type ImportOneFile = (
  db: AppDb,
  input: ImportInput,
  previewOptions?: PreviewOptions,
  options?: CommitOptions,
  hooks?: ImportHooks
) => Promise<{ summary: ImportSummary; preview: ImportPreview }>

// a 100k-row file holds ~25 MB of cells and records; the cap stops a runaway file, not a real one
const WORKER_LIMITS = { maxOldGenerationSizeMb: 1_024 }

const nameOf = (data: ImportWorkerData) => ('input' in data ? data.input.fileName : data.sources.map((s) => s.fileName).join(' + '))

/**
 * Runs the import worker over a file (or an auditfile's files); `onRows` runs on main for every slice,
 * in order, `onProgress` for progress without rows (an auditfile is read whole before its rows exist).
 * Settles once: with the final preview (its `invoices` empty, they went to `onRows`), or with the first
 * failure of the worker or of `onRows`, or when `signal` aborts; the worker is stopped then.
 */
function readInWorker(
  data: ImportWorkerData,
  onRows: (rows: MappedRows, done: number, total: number) => void,
  onProgress?: StreamProgress,
  signal?: AbortSignal
): Promise<ImportPreview> {
  const fileName = nameOf(data)
  return new Promise((resolve, reject) => {
    const worker = startWorker('import-worker', { workerData: data, resourceLimits: WORKER_LIMITS })
    let settled = false
    const settle = (finish: () => void) => {
      if (settled) return
      settled = true
      void worker.terminate()
      finish()
    }
    worker.on('message', (m: ImportWorkerMessage) => {
      if (settled) return
      if (m.type === 'failed') return settle(() => reject(new AppError(m.kind, m.message, m.field ?? undefined)))
      if (m.type === 'end') return settle(() => resolve(unpackPreview(m.preview)))
      if (m.type === 'progress') return onProgress?.(m.done, m.total)
      try {
        onRows(unpackRows(m.rows), m.done, m.total)
      } catch (err) {
        settle(() => reject(err as Error))
      }
    })
    signal?.addEventListener('abort', () => settle(() => reject(new AppError('internal', `${fileName}: reading was stopped`))))
    worker.once('error', (err) => settle(() => reject(new AppError('internal', `${fileName}: reading stopped: ${err.message}`))))
    worker.once('exit', (code) => settle(() => reject(new AppError('internal', `${fileName}: the reader stopped before it finished (exit ${code})`))))
  })
}

/** The wizard's preview, read off the main thread. */
export async function previewInWorker(input: ImportInput, options: PreviewOptions = {}, onProgress?: StreamProgress): Promise<ImportPreview> {
  return previewData({ input, options }, onProgress)
}

async function previewData(data: ImportWorkerData, onProgress?: StreamProgress): Promise<ImportPreview> {
  const invoices: ImportPreview['invoices'] = []
  const preview = await readInWorker(
    data,
    (rows, done, total) => {
      for (const inv of rows.invoices) invoices.push(inv)
      onProgress?.(done, total)
    },
    onProgress
  )
  return { ...preview, invoices }
}

/**
 * Reads, checks and writes a file in one pass; the preview it returns has no `invoices` (they were
 * written as they came). All or nothing as `commitImport`: the slices are written
 * inside one transaction, and a file that turns out to have errors (or a dry run) is rolled back.
 * Nothing else may use `db` until this settles (the session's exclusive section does that for IPC).
 */
export const importInWorker: ImportOneFile = (db, input, previewOptions = {}, options = {}, hooks = {}) => {
  const format = detectFormat(input.bytes, input.fileName)
  return streamImport(db, { input, options: previewOptions }, format === 'xls' ? 'xlsx' : format, options, hooks)
}

async function streamImport(db: AppDb, data: ImportWorkerData, format: ImportPreview['format'], options: CommitOptions, hooks: ImportHooks): Promise<{ summary: ImportSummary; preview: ImportPreview }> {
  const opts = parseCommitOptions(options)
  const sqlite = db.$client
  let invoiceCount = 0
  let refused = false
  let preview: ImportPreview | null = null
  let writer: ImportWriter | null = null
  const stop = new AbortController()
  // a large file is a bulk load; the transaction and the known invoices are set up while the worker starts
  return withRollbackJournal(db, () =>
    withBulkCache(db, async () => {
      const reading = readInWorker(
        data,
        (rows, done, total) => {
          invoiceCount += rows.invoices.length
          // all or nothing: after the first rejected row only the count of problems matters
          if (rows.rejected.length > 0 && !opts.validRowsOnly) refused = true
          if (!refused && writer) {
            writer.customers(rows.customers)
            writer.invoices(rows.invoices, total)
          }
          hooks.onProgress?.(done, total)
        },
        hooks.onProgress,
        stop.signal
      )
      try {
        // slices arrive only once this synchronous setup is done, so the writer is there for the first
        sqlite.exec('BEGIN IMMEDIATE')
        writer = createImportWriter(db, { fileName: nameOf(data), format }, opts)
        preview = await reading
        hooks.onRead?.(preview)
        assertImportable(preview, invoiceCount, opts)
        const summary = writer.finish(preview)
        sqlite.exec('COMMIT')
        return { summary, preview }
      } catch (err) {
        stop.abort()
        await reading.catch(() => undefined)
        if (sqlite.inTransaction) sqlite.exec('ROLLBACK')
        const dry = summaryOfDryRun(err)
        if (dry && preview) return { summary: dry, preview }
        throw err
      }
    })
  )
}

/** From this size a file is read in the worker: below it, starting a worker costs more than it saves. */
export const WORKER_MIN_BYTES = 512 * 1024

/** The preview of a file: read in the worker when large, right here when small. */
export function readImportFile(input: ImportInput, options: PreviewOptions = {}, onProgress?: StreamProgress): Promise<ImportPreview> {
  return input.bytes.length >= WORKER_MIN_BYTES ? previewInWorker(input, options, onProgress) : previewImport(input, options)
}

/**
 * Reads and writes a file: a large one streamed through the worker (see importInWorker), a small one
 * read and written here in one synchronous transaction.
 */
export const importFile: ImportOneFile = async (db, input, previewOptions = {}, options = {}, hooks = {}) => {
  if (input.bytes.length >= WORKER_MIN_BYTES) return importInWorker(db, input, previewOptions, options, hooks)
  const preview = await previewImport(input, previewOptions)
  hooks.onRead?.(preview)
  return { summary: commitImport(db, preview, options, hooks.onProgress), preview }
}

/** The preview of an auditfile's files (split parts, consecutive years): in the worker when large. */
export function readXafFiles(sources: XafSource[], options: PreviewOptions = {}, onProgress?: StreamProgress): Promise<ImportPreview> {
  const size = sources.reduce((sum, s) => sum + sourceSize(s), 0)
  return size >= WORKER_MIN_BYTES ? previewData({ sources, options }, onProgress) : Promise.resolve(previewXaf(sources, options))
}

/** Reads and writes an auditfile's files in one transaction: streamed through the worker when large. */
export async function importXafFiles(db: AppDb, sources: XafSource[], previewOptions: PreviewOptions = {}, options: CommitOptions = {}, hooks: ImportHooks = {}): Promise<{ summary: ImportSummary; preview: ImportPreview }> {
  const size = sources.reduce((sum, s) => sum + sourceSize(s), 0)
  if (size >= WORKER_MIN_BYTES) return streamImport(db, { sources, options: previewOptions }, 'xaf', options, hooks)
  const preview = previewXaf(sources, previewOptions)
  hooks.onRead?.(preview)
  return { summary: commitImport(db, preview, options, hooks.onProgress), preview }
}
