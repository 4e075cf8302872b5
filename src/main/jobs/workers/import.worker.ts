// Reads and maps an import file off the main thread, posting the mapped rows slice by slice so main
// can write them while the rest is still being read (domains/imports/import-stream.ts). Only the
// reader the file needs is loaded: an auditfile import starts without the CSV, XLSX and UBL readers.
import { parentPort, workerData } from 'node:worker_threads'
import { AppError } from '../../../shared/errors'
import type { ImportWorkerData, ImportWorkerMessage } from '../../domains/imports/import-stream'
import { packPreview, packRows } from '../../domains/imports/worker-messages'
import type { MappedRows } from '../../domains/imports/preview'
import type { TailJob } from '../../domains/imports/xaf/parallel-read'

const port = parentPort
if (!port) throw new Error('import.worker runs as a worker thread only')
const post = (message: ImportWorkerMessage) => port.postMessage(message)
// or, started by the reader of a large auditfile, the tail of that file (xaf/parallel-read.ts)
const data = workerData as ImportWorkerData | { xafTail: TailJob }
const sink = (rows: MappedRows, done: number, total: number) => post({ type: 'rows', rows: packRows(rows), done, total })
const progress = (done: number, total: number) => post({ type: 'progress', done, total })

if ('xafTail' in data) {
  const { packTail, readTail } = await import('../../domains/imports/xaf/parallel-read')
  const part = readTail(data.xafTail)
  port.postMessage(part && packTail(part))
} else
  try {
    const preview =
      'sources' in data
        ? await (await import('../../domains/imports/xaf/parallel-read')).previewXafFiles(data.sources, data.options, sink, progress)
        : await (await import('../../domains/imports/preview')).previewImport(data.input, data.options, sink, progress)
    post({ type: 'end', preview: packPreview(preview) })
  } catch (err) {
    const e = err instanceof AppError ? err : new AppError('internal', (err as Error).message)
    post({ type: 'failed', kind: e.kind, message: e.message, field: e.field ?? null })
  }
