// Runs the pure risk batches in the risk worker (ARCHITECTURE C12): plain data in, plain results out,
// settled once by the reply, an error, an early exit or the time limit.
import type { AssessBatch, ForecastBatch, ForecastResult, StoredScore } from '../../../shared/domains/risk/batch'
import { AppError } from '../../../shared/errors'
import { startWorker } from '../../jobs/start-worker'

export type RiskWorkerData = { kind: 'assess'; batch: AssessBatch } | { kind: 'forecast'; batch: ForecastBatch }
export type RiskWorkerReply = { ok: true; kind: 'assess'; result: StoredScore[] } | { ok: true; kind: 'forecast'; result: ForecastResult } | { ok: false; message: string }

const LIMITS = { maxOldGenerationSizeMb: 1_024 }
const TIMEOUT_MS = 120_000

function run(data: RiskWorkerData): Promise<RiskWorkerReply & { ok: true }> {
  return new Promise((resolve, reject) => {
    const worker = startWorker('risk-worker', { workerData: data, resourceLimits: LIMITS })
    let settled = false
    const settle = (finish: () => void) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      void worker.terminate()
      finish()
    }
    const timer = setTimeout(() => settle(() => reject(new AppError('internal', 'the risk calculation took too long and was stopped'))), TIMEOUT_MS)
    worker.once('message', (reply: RiskWorkerReply) => settle(() => (reply.ok ? resolve(reply) : reject(new AppError('internal', `risk calculation failed: ${reply.message}`)))))
    worker.once('error', (err) => settle(() => reject(new AppError('internal', `risk calculation failed: ${err.message}`))))
    worker.once('exit', (code) => settle(() => reject(new AppError('internal', `the risk calculation stopped before it finished (exit ${code})`))))
  })
}

export async function assessInWorker(batch: AssessBatch): Promise<StoredScore[]> {
  const reply = await run({ kind: 'assess', batch })
  if (reply.kind !== 'assess') throw new AppError('internal', 'the risk worker answered the wrong question')
  return reply.result
}

export async function forecastInWorker(batch: ForecastBatch): Promise<ForecastResult> {
  const reply = await run({ kind: 'forecast', batch })
  if (reply.kind !== 'forecast') throw new AppError('internal', 'the risk worker answered the wrong question')
  return reply.result
}
