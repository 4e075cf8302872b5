// Writes a report document (XLSX, CSV or PDF) off the main thread: rows come in slices from main,
// the file's bytes go back to main as they are produced (domains/reports/export.service.ts).
import { Writable } from 'node:stream'
import { finished } from 'node:stream/promises'
import { parentPort, workerData } from 'node:worker_threads'
import type { ReportWorkerData, ReportWorkerIn, ReportWorkerOut } from '../../domains/reports/export.service'
import { createDocWriter } from '../../domains/reports/export/writer'

const port = parentPort
if (!port) throw new Error('report.worker runs as a worker thread only')
const post = (message: ReportWorkerOut, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer)
const { format, doc } = workerData as ReportWorkerData

const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    // a pooled Buffer shares its memory: copy before handing the bytes over
    const bytes = new Uint8Array(chunk)
    post({ type: 'bytes', bytes }, [bytes.buffer])
    done()
  }
})

const fail = (err: unknown) => post({ type: 'failed', message: err instanceof Error ? err.message : String(err) })

const serve = async (): Promise<void> => {
  const writer = await createDocWriter(format, doc, sink)
  port.on('message', (m: ReportWorkerIn) => {
    try {
      if (m.type === 'rows') {
        writer.rows(m.sheet, m.rows)
        post({ type: 'ack', rows: m.rows.length })
        return
      }
      writer
        .end()
        .then(async () => {
          if (!sink.writableEnded) sink.end()
          await finished(sink)
          post({ type: 'done' })
        })
        .catch(fail)
    } catch (err) {
      fail(err)
    }
  })
  post({ type: 'ready' })
}

serve().catch(fail)
