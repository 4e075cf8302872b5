// Scores or forecasts a whole administration off the main thread, on the plain data main loaded.
import { parentPort, workerData } from 'node:worker_threads'
import { forecastAll, scoreAll } from '../../../shared/domains/risk/batch'
import type { RiskWorkerData, RiskWorkerReply } from '../../domains/risk/risk-worker'

const port = parentPort
if (!port) throw new Error('risk.worker runs as a worker thread only')
const job = workerData as RiskWorkerData
try {
  const reply: RiskWorkerReply = job.kind === 'assess' ? { ok: true, kind: 'assess', result: scoreAll(job.batch) } : { ok: true, kind: 'forecast', result: forecastAll(job.batch) }
  port.postMessage(reply)
} catch (err) {
  port.postMessage({ ok: false, message: (err as Error).message } satisfies RiskWorkerReply)
}
