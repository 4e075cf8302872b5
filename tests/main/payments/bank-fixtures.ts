// Paths to the synthetic bank files of this project and to the shared real-world samples.
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'

const root = resolve(import.meta.dirname, '../../..')
export const SHARED_FIXTURES = resolve(root, '../shared/fixtures')
export const hasSharedFixtures = existsSync(SHARED_FIXTURES)

export function ownFixture(name: string): string {
  return resolve(root, 'tests/fixtures/bank', name)
}

export function ownFixtureBytes(name: string): Uint8Array {
  return readFileSync(ownFixture(name))
}

export const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)
