// Reads the synthetic exports in tests/fixtures/imports and the shared public UBL samples.
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { ImportInput } from '../../../src/main/domains/imports/preview'

const root = resolve(import.meta.dirname, '../../..')
export const OWN_FIXTURES = resolve(root, 'tests/fixtures/imports')
export const SHARED_UBL = resolve(root, '../shared/fixtures/ubl')
export const hasSharedUbl = existsSync(SHARED_UBL)

export function ownFixture(name: string): ImportInput {
  return { bytes: readFileSync(resolve(OWN_FIXTURES, name)), fileName: name }
}

export function sharedUbl(name: string): ImportInput {
  return { bytes: readFileSync(resolve(SHARED_UBL, name)), fileName: name }
}

export function csvInput(text: string, fileName = 'export.csv'): ImportInput {
  return { bytes: new TextEncoder().encode(text), fileName }
}
