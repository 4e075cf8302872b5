// `npm run vectors -- <file.json> [more files]`: runs legal test vectors through the engine, one JSON line per vector.
import { readFileSync } from 'node:fs'
import { evaluateVectorFile } from './vectors/run-vectors'

function main(files: string[]): number {
  if (files.length === 0) {
    process.stderr.write('usage: npm run vectors -- <file.json> [more files]\n')
    return 2
  }
  let passed = 0
  let failed = 0
  for (const file of files) {
    try {
      for (const line of evaluateVectorFile(JSON.parse(readFileSync(file, 'utf8')))) {
        process.stdout.write(`${JSON.stringify(line)}\n`)
        if (line.ok) passed++
        else failed++
      }
    } catch (err) {
      process.stderr.write(`${file}: ${(err as Error).message}\n`)
      failed++
    }
  }
  process.stdout.write(`${passed} passed, ${failed} failed\n`)
  return failed > 0 ? 1 : 0
}

process.exitCode = main(process.argv.slice(2))
