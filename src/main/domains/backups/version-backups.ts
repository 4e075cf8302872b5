// Before the first start of a new Debito version, every administration's database is copied aside, so a
// forward-only migration (or a bug in the new version) can always be undone. The copy is the encrypted
// file itself: it needs no key to make and opens with the administration's own key, also for
// administrations locked by a passphrase that nobody typed yet. Opening waits until the copies exist.
import { constants, existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { chmod, copyFile, mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { readRegistry } from '../administrations/registry'

/** Copies per administration; older ones are removed, one copy per version change. */
export const KEPT_VERSION_BACKUPS = 3

export type VersionBackupOutcome = {
  /** the version that ran before, or null when unknown (a first start, or a Debito older than this file) */
  previous: string | null
  current: string
  /** administration ids copied now */
  copied: string[]
  /** administrations whose database file is missing: nothing to protect */
  missing: string[]
  /** administrations that could not be copied, with the reason; the next start tries again */
  failed: { id: string; name: string; reason: string }[]
}

type AppState = { lastVersion?: string }

const stateFile = (dataDir: string) => join(dataDir, 'app-state.json')

function readState(dataDir: string): AppState {
  try {
    return JSON.parse(readFileSync(stateFile(dataDir), 'utf8')) as AppState
  } catch {
    return {}
  }
}

async function writeState(dataDir: string, state: AppState): Promise<void> {
  await mkdir(dataDir, { recursive: true })
  const tmp = `${stateFile(dataDir)}.tmp`
  await writeFile(tmp, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 })
  await rename(tmp, stateFile(dataDir))
}

/** "20260630T101500Z-before-0.2.0.db": names sort by time. */
function backupName(version: string, now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')
  return `${stamp}-before-${version.replace(/[^0-9A-Za-z.+-]/g, '_')}.db`
}

/** The whole file (and its WAL, should Debito not have closed it cleanly) under a temporary name, then renamed. */
async function copyDatabase(source: string, target: string): Promise<void> {
  const parts = [source, ...(existsSync(`${source}-wal`) && statSync(`${source}-wal`).size > 0 ? [`${source}-wal`] : [])]
  const written: string[] = []
  try {
    for (const part of parts) {
      const to = `${target}${part.slice(source.length)}`
      await copyFile(part, `${to}.partial`, constants.COPYFILE_EXCL)
      written.push(`${to}.partial`)
      await chmod(`${to}.partial`, 0o600)
    }
    // the WAL first: a database copy never appears without the changes it still needs
    for (const partial of written.reverse()) await rename(partial, partial.slice(0, -'.partial'.length))
  } catch (err) {
    await Promise.all(written.map((f) => rm(f, { force: true })))
    throw err
  }
}

async function prune(dir: string): Promise<void> {
  const copies = readdirSync(dir)
    .filter((f) => /^\d{8}T\d{6}Z-before-.*\.db$/.test(f))
    .sort()
    .reverse()
  for (const old of copies.slice(KEPT_VERSION_BACKUPS)) {
    await rm(join(dir, old), { force: true })
    await rm(join(dir, `${old}-wal`), { force: true })
  }
}

/** Never rejects: what could not be copied is in `failed`, and the version is recorded only when nothing failed. */
export async function backupBeforeNewVersion(dataDir: string, version: string, now = new Date()): Promise<VersionBackupOutcome> {
  const previous = readState(dataDir).lastVersion ?? null
  const outcome: VersionBackupOutcome = { previous, current: version, copied: [], missing: [], failed: [] }
  if (previous === version) return outcome
  let entries
  try {
    entries = readRegistry(dataDir).administrations
  } catch (err) {
    outcome.failed.push({ id: '', name: 'administrations.json', reason: (err as Error).message })
    return outcome
  }
  for (const entry of entries) {
    const dir = join(dataDir, 'administrations', entry.id, 'backups')
    if (!existsSync(join(dataDir, entry.file))) {
      outcome.missing.push(entry.id)
      continue
    }
    try {
      await mkdir(dir, { recursive: true })
      await copyDatabase(join(dataDir, entry.file), join(dir, backupName(version, now)))
      await prune(dir)
      outcome.copied.push(entry.id)
    } catch (err) {
      outcome.failed.push({ id: entry.id, name: entry.name, reason: (err as Error).message })
    }
  }
  if (outcome.failed.length > 0) return outcome
  try {
    await writeState(dataDir, { ...readState(dataDir), lastVersion: version })
  } catch (err) {
    outcome.failed.push({ id: '', name: 'app-state.json', reason: (err as Error).message })
  }
  return outcome
}
