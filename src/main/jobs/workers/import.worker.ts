// Reads and maps an import file off the main thread, posting the mapped rows slice by slice so main
// can write them while the rest is still being read (domains/imports/import-stream.ts). Only the
// reader the file needs is loaded: an auditfile import starts without the CSV, XLSX and UBL readers.
import { parentPort, workerData } from 'node:worker_threads'
import { AppError } from '../../../shared/errors'
import type { ImportWorkerData, ImportWorkerMessage } from '../../domains/imports/import-stream'
import type { MappedRows } from '../../domains/imports/preview'

const port = parentPort
if (!port) throw new Error('import.worker runs as a worker thread only')
const post = (message: ImportWorkerMessage) => port.postMessage(message)
const data = workerData as ImportWorkerData
const sink = (rows: MappedRows, done: number, total: number) => post({ type: 'rows', rows, done, total })
const progress = (done: number, total: number) => post({ type: 'progress', done, total })

try {
  const preview =
    'sources' in data
      ? (await import('../../domains/imports/xaf/preview-xaf')).previewXaf(data.sources, data.options, sink, progress)
      : await (await import('../../domains/imports/preview')).previewImport(data.input, data.options, sink, progress)
  post({ type: 'end', preview })
} catch (err) {
  const e = err instanceof AppError ? err : new AppError('internal', (err as Error).message)
  post({ type: 'failed', kind: e.kind, message: e.message, field: e.field ?? null })
}
