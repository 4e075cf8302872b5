// Lays out and draws letters off the main thread (ARCHITECTURE C12): plain letter content in, PDF
// bytes and preview pages out, one message per letter so main can show progress. The worker takes one
// job after another (each a message), so a run printed after its preview finds the fonts parsed and
// the code compiled.
import { parentPort } from 'node:worker_threads'
import type { LettersWorkerMessage } from '../../domains/letters/render-in-worker'
import { type RenderJob, renderLetters } from '../../domains/letters/render-letters'

const port = parentPort
if (!port) throw new Error('letters.worker runs as a worker thread only')

async function run(job: RenderJob, out: NonNullable<typeof parentPort>): Promise<void> {
  try {
    await renderLetters(job, (m) => {
      const transfer = m.pdf ? [m.pdf.buffer as ArrayBuffer] : []
      out.postMessage(m satisfies LettersWorkerMessage, transfer)
    })
    out.postMessage({ type: 'end' } satisfies LettersWorkerMessage)
  } catch (err) {
    out.postMessage({ type: 'failed', message: (err as Error).message } satisfies LettersWorkerMessage)
  }
}

port.on('message', (job: RenderJob) => void run(job, port))
