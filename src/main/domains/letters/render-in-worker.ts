// Runs a render job and gathers what it returns, reporting progress per letter. A job settles once:
// with every letter (and the print PDF when asked), or with the first failure. A worker that finished
// its job waits a minute for the next one (fonts parsed, code compiled); one that failed is ended.
import type { Worker } from 'node:worker_threads'
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

/** How long a letters worker waits for its next job before it ends (and gives back its memory). */
export const WORKER_IDLE_MS = 60_000

type Idle = { worker: Worker; timer: NodeJS.Timeout; gone: () => void }
let idle: Idle | null = null

/** The waiting worker, or a new one: one that drew letters before has its fonts and code warm. */
function takeWorker(): Worker {
  const waiting = idle
  idle = null
  if (!waiting) return startWorker('letters-worker', { resourceLimits: WORKER_LIMITS })
  clearTimeout(waiting.timer)
  waiting.worker.off('exit', waiting.gone)
  waiting.worker.ref()
  return waiting.worker
}

/** A worker that finished a job waits for the next one; it never keeps the process alive meanwhile. */
function putBack(worker: Worker): void {
  if (idle) {
    void worker.terminate()
    return
  }
  worker.unref()
  // a waiting worker that ends (its time is up, or it died) is forgotten
  const gone = () => {
    if (idle?.worker === worker) idle = null
  }
  const timer = setTimeout(() => void worker.terminate(), WORKER_IDLE_MS)
  timer.unref()
  worker.once('exit', gone)
  idle = { worker, timer, gone }
}

export function renderInWorker(job: RenderJob, onProgress?: (done: number, total: number) => void): Promise<RenderResult> {
  return new Promise((resolve, reject) => {
    const worker = takeWorker()
    const letters: RenderedLetter[] = []
    let batch: RenderResult['batch'] = null
    let settled = false
    const onMessage = (m: LettersWorkerMessage) => {
      switch (m.type) {
        case 'letter':
          letters[m.index] = { pages: m.pages, pdf: m.pdf, svg: m.svg, text: m.text }
          onProgress?.(m.index + 1, job.letters.length)
          return
        case 'batch':
          batch = { pdf: m.pdf, pages: m.pages }
          return
        case 'end':
          return settle(() => resolve({ letters, batch }), true)
        case 'failed':
          return settle(() => reject(new AppError('internal', `the letters could not be drawn: ${m.message}`)))
      }
    }
    const onError = (err: Error) => settle(() => reject(new AppError('internal', `the letters could not be drawn: ${err.message}`)))
    const onExit = (code: number) => settle(() => reject(new AppError('internal', `the letter printer stopped before it finished (exit ${code})`)))
    function settle(finish: () => void, reuse = false): void {
      if (settled) return
      settled = true
      // only this job's listeners: the worker's own (ref counting) must stay
      worker.off('message', onMessage).off('error', onError).off('exit', onExit)
      if (reuse) putBack(worker)
      else void worker.terminate()
      finish()
    }
    worker.on('message', onMessage).once('error', onError).once('exit', onExit)
    worker.postMessage(job)
  })
}
