// Runs a render job and gathers what it returns, reporting progress per letter. The worker settles once:
// with every letter (and the print PDF when asked), or with the first failure.
import { AppError } from '../../../shared/errors'
import { startWorker } from '../../jobs/start-worker'
import { type RenderJob, type RenderMessage, renderLetters } from './render-letters'

export type LettersWorkerMessage = RenderMessage | { type: 'end' } | { type: 'failed'; message: string }

export type RenderedLetter = { pages: number; pdf: Uint8Array | null; svg: string[] | null; text: string[] | null }
export type RenderResult = { letters: RenderedLetter[]; batch: { pdf: Uint8Array; pages: number } | null }

// pdfkit keeps a document in memory until it ends: a run's print PDF is the largest thing held
const WORKER_LIMITS = { maxOldGenerationSizeMb: 1_024 }

/** From this many letters a job goes to the worker: below it, starting one costs more than the drawing. */
export const WORKER_MIN_LETTERS = 5

/** Draws a job: a few letters right here, more in the letters worker so main stays responsive. */
export function renderLetterJob(job: RenderJob, onProgress?: (done: number, total: number) => void): Promise<RenderResult> {
  return job.letters.length >= WORKER_MIN_LETTERS ? renderInWorker(job, onProgress) : renderHere(job, onProgress)
}

async function renderHere(job: RenderJob, onProgress?: (done: number, total: number) => void): Promise<RenderResult> {
  const letters: RenderedLetter[] = []
  let batch: RenderResult['batch'] = null
  await renderLetters(job, (m) => {
    if (m.type === 'batch') batch = { pdf: m.pdf, pages: m.pages }
    else {
      letters[m.index] = { pages: m.pages, pdf: m.pdf, svg: m.svg, text: m.text }
      onProgress?.(m.index + 1, job.letters.length)
    }
  })
  return { letters, batch }
}

export function renderInWorker(job: RenderJob, onProgress?: (done: number, total: number) => void): Promise<RenderResult> {
  return new Promise((resolve, reject) => {
    const worker = startWorker('letters-worker', { workerData: job, resourceLimits: WORKER_LIMITS })
    const letters: RenderedLetter[] = []
    let batch: RenderResult['batch'] = null
    let settled = false
    const settle = (finish: () => void) => {
      if (settled) return
      settled = true
      void worker.terminate()
      finish()
    }
    worker.on('message', (m: LettersWorkerMessage) => {
      switch (m.type) {
        case 'letter':
          letters[m.index] = { pages: m.pages, pdf: m.pdf, svg: m.svg, text: m.text }
          onProgress?.(m.index + 1, job.letters.length)
          return
        case 'batch':
          batch = { pdf: m.pdf, pages: m.pages }
          return
        case 'end':
          return settle(() => resolve({ letters, batch }))
        case 'failed':
          return settle(() => reject(new AppError('internal', `the letters could not be drawn: ${m.message}`)))
      }
    })
    worker.once('error', (err) => settle(() => reject(new AppError('internal', `the letters could not be drawn: ${err.message}`))))
    worker.once('exit', (code) => settle(() => reject(new AppError('internal', `the letter printer stopped before it finished (exit ${code})`))))
  })
}
