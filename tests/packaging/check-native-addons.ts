// `npx tsx tests/packaging/check-native-addons.ts dist`: fails unless every packaged better_sqlite3.node
// under the folder is built for Electron's NODE_MODULE_VERSION and for the CPU of the folder it sits in.
// Run by the release workflow after electron-builder; exits 1 with one line per wrong addon.
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { expectedArch, inspectAddon } from './native-addon'

const require = createRequire(import.meta.url)
const { getAbi } = require('node-abi') as { getAbi(target: string, runtime: string): string }
const electron = (require('../../package.json') as { devDependencies: Record<string, string> }).devDependencies.electron ?? ''
const abi = Number(getAbi(electron, 'electron'))

const dir = process.argv[2] ?? 'dist'
const addons = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('better_sqlite3.node') && f.includes('app.asar.unpacked'))
  .map((f) => join(dir, f))

const problems = addons.flatMap((file) => {
  const info = inspectAddon(readFileSync(file))
  const arch = expectedArch(file)
  const wrong = [info.abi === abi ? null : `NODE_MODULE_VERSION ${info.abi ?? 'none'}, Electron ${electron} needs ${abi}`, info.arch === arch ? null : `built for ${info.arch}, expected ${arch}`]
  console.log(`${file}: ${info.arch}, NODE_MODULE_VERSION ${info.abi ?? 'none'}`)
  return wrong.filter((w) => w !== null).map((w) => `${file}: ${w}`)
})
if (addons.length === 0) problems.push(`no packaged better_sqlite3.node under ${dir}`)
for (const p of problems) console.error(p)
process.exit(problems.length === 0 ? 0 : 1)
