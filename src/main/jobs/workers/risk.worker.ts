// Scores a whole administration, or backtests its forecast, off the main thread on the plain data main
// loaded; it answers request after request until main stops it.
import { parentPort } from 'node:worker_threads'
import { backtest } from '../../../shared/domains/risk/backtest'
import { scoreAll } from '../../../shared/domains/risk/batch'
import type { RiskWorkerReply, RiskWorkerRequest } from '../../domains/risk/risk-worker'

const port = parentPort
if (!port) throw new Error('risk.worker runs as a worker thread only')
port.on('message', (job: RiskWorkerRequest) => {
  let reply: RiskWorkerReply
  try {
    reply = job.kind === 'assess' ? { id: job.id, ok: true, kind: 'assess', result: scoreAll(job.batch) } : { id: job.id, ok: true, kind: 'backtest', result: backtest(job.history, job.asOfDay) }
  } catch (err) {
    reply = { id: job.id, ok: false, message: (err as Error).message }
  }
  port.postMessage(reply)
})
