// Lays out and draws letters off the main thread (ARCHITECTURE C12): plain letter content in, PDF
// bytes and preview pages out, one message per letter so main can show progress.
import { parentPort, workerData } from 'node:worker_threads'
import type { LettersWorkerMessage } from '../../domains/letters/render-in-worker'
import { type RenderJob, renderLetters } from '../../domains/letters/render-letters'

const port = parentPort
if (!port) throw new Error('letters.worker runs as a worker thread only')

try {
  await renderLetters(workerData as RenderJob, (m) => {
    const transfer = m.pdf ? [m.pdf.buffer as ArrayBuffer] : []
    port.postMessage(m satisfies LettersWorkerMessage, transfer)
  })
  port.postMessage({ type: 'end' } satisfies LettersWorkerMessage)
} catch (err) {
  port.postMessage({ type: 'failed', message: (err as Error).message } satisfies LettersWorkerMessage)
}
