// `npm run bench [-- <section>…] [--quick]`: runs tests/bench/<section>.bench.ts and prints one JSON line per figure.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { BenchSection } from './figure'

const dir = import.meta.dirname
const args = process.argv.slice(2)
const quick = args.includes('--quick')
const wanted = args.filter((a) => !a.startsWith('--'))
const available = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.slice(0, -'.bench.ts'.length))
  .sort()

const unknown = wanted.filter((w) => !available.includes(w))
if (unknown.length > 0) {
  console.error(`unknown bench section(s): ${unknown.join(', ')}; available: ${available.join(', ')}`)
  process.exit(2)
}

for (const name of wanted.length > 0 ? wanted : available) {
  const section = (await import(pathToFileURL(join(dir, `${name}.bench.ts`)).href)) as BenchSection
  for (const fig of await section.run({ quick })) console.log(JSON.stringify(fig))
}
