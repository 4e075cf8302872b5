// Child process of the reports bench: one real export of the open items from an administration written
// beforehand, in a process that loads nothing else, so its peak RSS is the export's. Prints JSON.
import { dirname, join } from 'node:path'
import { openEncryptedDatabase } from '../../src/main/db/connection'
import { exportReport, exportToFile } from '../../src/main/domains/reports/export.service'
import { timed } from './figure'

const { file, key, rows, asOf } = JSON.parse(process.argv[2] ?? '{}') as { file: string; key: string; rows: number; asOf: string }
const db = openEncryptedDatabase(file, { raw: key })
const written: number[] = []
const { seconds } = await timed(() =>
  exportToFile(join(dirname(file), 'open-items.xlsx'), (out) => exportReport(db, { report: 'open-items', asOf }, 'xlsx', 'nl', out, (done) => written.push(done)))
)
if (written.at(-1) !== rows) throw new Error(`the export wrote ${written.at(-1)} of ${rows} rows`)
db.$client.close()
// maxRSS is in kilobytes
console.log(JSON.stringify({ seconds, peakRssMb: process.resourceUsage().maxRSS / 1024 }))
