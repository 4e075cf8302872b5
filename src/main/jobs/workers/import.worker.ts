// Reads and maps an import file off the main thread, posting the mapped rows slice by slice so main
// can write them while the rest is still being read (domains/imports/import-stream.ts).
import { parentPort, workerData } from 'node:worker_threads'
import { AppError } from '../../../shared/errors'
import type { ImportWorkerData, ImportWorkerMessage } from '../../domains/imports/import-stream'
import { previewImport } from '../../domains/imports/preview'

const port = parentPort
if (!port) throw new Error('import.worker runs as a worker thread only')
const post = (message: ImportWorkerMessage) => port.postMessage(message)
const { input, options } = workerData as ImportWorkerData

try {
  const preview = await previewImport(input, options, (rows, done, total) => post({ type: 'rows', rows, done, total }))
  post({ type: 'end', preview })
} catch (err) {
  const e = err instanceof AppError ? err : new AppError('internal', (err as Error).message)
  post({ type: 'failed', kind: e.kind, message: e.message, field: e.field ?? null })
}
