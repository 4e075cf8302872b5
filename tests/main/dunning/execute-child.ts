// The child process the crash test kills: executes a run the way the app does (letters drawn first, then
// one transaction that marks the run sent and stores them), saying on stdout how far it got.
import { openMigratedDatabase } from '../../../src/main/db/migrate'
import { executeRun } from '../../../src/main/domains/dunning/execute.service'
import { prepareLetterStep } from '../../../src/main/domains/dunning/letter-step'

const [file = '', keyHex = '', runId = '0', today = ''] = process.argv.slice(2)
const db = openMigratedDatabase(file, { raw: keyHex }, () => {})
process.stdout.write('opened\n')
const started = performance.now()
const store = await prepareLetterStep(db, Number(runId))
const prepared = performance.now()
process.stdout.write(`prepared ${Math.round(prepared - started)}\n`)
executeRun(db, Number(runId), { today, ...(store ? { inTransaction: store } : {}) })
process.stdout.write(`executed ${Math.round(performance.now() - prepared)}\n`)
db.$client.close()
