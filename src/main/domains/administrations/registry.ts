// The list of administrations on this machine: a small JSON file in the data folder. It holds names,
// file locations and wrapped keys only; every byte of client data lives in the encrypted databases.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { AppError } from '../../../shared/errors'
import type { WrappedKey } from '../../db/key-store'
import { AuditAnchorSchema } from '../audit/anchor'

const WrappedKeySchema = z.union([
  z.object({
    mode: z.literal('passphrase'),
    kdf: z.literal('scrypt'),
    N: z.number().int(),
    r: z.number().int(),
    p: z.number().int(),
    salt: z.string(),
    iv: z.string(),
    tag: z.string(),
    wrapped: z.string()
  }),
  z.object({ mode: z.literal('device'), backend: z.string(), wrapped: z.string() })
])

const EntrySchema = z.object({
  id: z.string(),
  name: z.string(),
  /** database file, relative to the data folder */
  file: z.string(),
  key: WrappedKeySchema,
  archived: z.boolean(),
  createdAt: z.string(),
  /** the audit chain's anchor (audit/anchor.ts); absent until Debito first writes after it existed */
  audit: AuditAnchorSchema.optional()
})
export type RegistryEntry = z.infer<typeof EntrySchema> & { key: WrappedKey }

const RegistrySchema = z.object({ version: z.literal(1), administrations: z.array(EntrySchema) })
type Registry = z.infer<typeof RegistrySchema>

export function registryPath(dataDir: string): string {
  return join(dataDir, 'administrations.json')
}

export function readRegistry(dataDir: string): Registry {
  const file = registryPath(dataDir)
  if (!existsSync(file)) return { version: 1, administrations: [] }
  let json: unknown
  try {
    json = JSON.parse(readFileSync(file, 'utf8'))
  } catch (err) {
    throw new AppError('io', `${file} is damaged: ${(err as Error).message}`)
  }
  const parsed = RegistrySchema.safeParse(json)
  if (!parsed.success) throw new AppError('io', `${file} is damaged: ${parsed.error.issues[0]?.message ?? 'invalid'}`)
  return parsed.data
}

/** Write-then-rename, so a crash never leaves a half-written registry. */
export function writeRegistry(dataDir: string, registry: Registry): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  const file = registryPath(dataDir)
  const tmp = `${file}.tmp`
  writeFileSync(tmp, `${JSON.stringify(registry, null, 2)}\n`, { mode: 0o600 })
  renameSync(tmp, file)
}
