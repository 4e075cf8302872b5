// Runs the pure risk batches in the risk worker (ARCHITECTURE C12): plain data in, plain results out.
// One worker is kept warm while risk work follows in quick succession (the scores, then the forecast's
// backtest), and it can be started ahead of the work so that its start-up overlaps main's SQL. Each
// request is settled once: by its reply, an error, an early exit or the time limit.
import type { Worker } from 'node:worker_threads'
import type { Backtest, PaidHistory } from '../../../shared/domains/risk/backtest'
import type { AssessBatch, StoredScore } from '../../../shared/domains/risk/batch'
import { AppError } from '../../../shared/errors'
import { startWorker } from '../../jobs/start-worker'

export type RiskWorkerRequest = { id: number } & ({ kind: 'assess'; batch: AssessBatch } | { kind: 'backtest'; history: PaidHistory; asOfDay: number })
export type RiskWorkerReply = { id: number } & ({ ok: true; kind: 'assess'; result: StoredScore[] } | { ok: true; kind: 'backtest'; result: Backtest } | { ok: false; message: string })

const LIMITS = { maxOldGenerationSizeMb: 1_024 }
const TIMEOUT_MS = 120_000
/** An unused worker stops after this long. */
const IDLE_MS = 15_000

type Pending = { resolve: (reply: RiskWorkerReply & { ok: true }) => void; reject: (err: Error) => void; timer: ReturnType<typeof setTimeout> }
type Warm = { worker: Worker; pending: Map<number, Pending>; idle: ReturnType<typeof setTimeout> | null }

let warm: Warm | null = null
let nextId = 1

/** Stops the worker and rejects what it still had to answer. */
function fail(w: Warm, message: string): void {
  if (warm === w) warm = null
  if (w.idle) clearTimeout(w.idle)
  for (const p of w.pending.values()) {
    clearTimeout(p.timer)
    p.reject(new AppError('internal', message))
  }
  w.pending.clear()
  void w.worker.terminate()
}

/** Between requests the worker keeps no process alive (the CLI exits) and stops when left unused. */
function rest(w: Warm): void {
  w.worker.unref()
  if (w.idle) clearTimeout(w.idle)
  w.idle = setTimeout(() => fail(w, 'the risk worker was stopped'), IDLE_MS)
  w.idle.unref()
}

function running(): Warm {
  if (warm) return warm
  const w: Warm = { worker: startWorker('risk-worker', { resourceLimits: LIMITS }), pending: new Map(), idle: null }
  w.worker.on('message', (reply: RiskWorkerReply) => {
    const p = w.pending.get(reply.id)
    if (!p) return
    w.pending.delete(reply.id)
    clearTimeout(p.timer)
    if (w.pending.size === 0) rest(w)
    if (reply.ok) p.resolve(reply)
    else p.reject(new AppError('internal', `risk calculation failed: ${reply.message}`))
  })
  w.worker.on('error', (err) => fail(w, `risk calculation failed: ${err.message}`))
  w.worker.on('exit', (code) => fail(w, `the risk calculation stopped before it finished (exit ${code})`))
  rest(w)
  warm = w
  return w
}

/** Starts the worker now when it is not running, so it is ready when the work arrives. */
export function warmRiskWorker(): void {
  running()
}

function ask(request: RiskWorkerRequest): Promise<RiskWorkerReply & { ok: true }> {
  const w = running()
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(w, 'the risk calculation took too long and was stopped'), TIMEOUT_MS)
    w.pending.set(request.id, { resolve, reject, timer })
    if (w.idle) clearTimeout(w.idle)
    w.worker.ref()
    w.worker.postMessage(request)
  })
}

export async function assessInWorker(batch: AssessBatch): Promise<StoredScore[]> {
  const reply = await ask({ id: nextId++, kind: 'assess', batch })
  if (reply.kind !== 'assess') throw new AppError('internal', 'the risk worker answered the wrong question')
  return reply.result
}

export async function backtestInWorker(history: PaidHistory, asOfDay: number): Promise<Backtest> {
  const reply = await ask({ id: nextId++, kind: 'backtest', history, asOfDay })
  if (reply.kind !== 'backtest') throw new AppError('internal', 'the risk worker answered the wrong question')
  return reply.result
}
