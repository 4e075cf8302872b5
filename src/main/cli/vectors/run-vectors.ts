// Evaluates debito-legal-vectors/1 files: one result line per vector, compared key by key with `expected`.
import { isAppError } from '../../../shared/errors'
import { type Adapter, type VectorValue } from './adapter'
import { BE_ADAPTERS } from './be-adapters'
import { KPI_ADAPTERS } from './kpi-adapter'
import { NL_ADAPTERS } from './nl-adapters'
import { REFERENCE_ADAPTERS } from './reference-adapters'

export const VECTOR_FORMAT = 'debito-legal-vectors/1'

export const ADAPTERS: Readonly<Record<string, Adapter>> = { ...NL_ADAPTERS, ...BE_ADAPTERS, ...REFERENCE_ADAPTERS, ...KPI_ADAPTERS }

export type VectorLine = { id: string; kind: string; got: Record<string, VectorValue>; ok: boolean; error?: string }

type Vector = { id: string; kind: string; inputs: unknown; expected: Record<string, unknown> }

function errorText(err: unknown): string {
  if (isAppError(err)) return err.message
  if (err instanceof Error && err.name === 'ZodError') return `invalid inputs: ${err.message.replace(/\s+/g, ' ')}`
  return err instanceof Error ? err.message : String(err)
}

function asVector(raw: unknown, index: number): Vector {
  const v = raw as Partial<Vector> | null
  if (!v || typeof v.id !== 'string' || typeof v.kind !== 'string' || typeof v.expected !== 'object' || v.expected === null) {
    throw new Error(`vector ${index + 1} needs a string id and kind and an expected object`)
  }
  return { id: v.id, kind: v.kind, inputs: v.inputs ?? {}, expected: v.expected }
}

export function evaluateVector(vector: Vector): VectorLine {
  const keys = Object.keys(vector.expected)
  const nothing = Object.fromEntries(keys.map((k) => [k, null]))
  const run = ADAPTERS[vector.kind]
  if (!run) return { id: vector.id, kind: vector.kind, got: nothing, ok: false, error: `unknown kind "${vector.kind}"` }
  try {
    const outputs = run(vector.inputs)
    const got = Object.fromEntries(keys.map((k) => [k, outputs[k] ?? null]))
    const ok = keys.every((k) => got[k] === vector.expected[k])
    return { id: vector.id, kind: vector.kind, got, ok }
  } catch (err) {
    return { id: vector.id, kind: vector.kind, got: nothing, ok: false, error: errorText(err) }
  }
}

/** Evaluates one parsed vector file; throws when the file itself is not in the format. */
export function evaluateVectorFile(content: unknown): VectorLine[] {
  const file = content as { format?: unknown; vectors?: unknown } | null
  if (!file || file.format !== VECTOR_FORMAT || !Array.isArray(file.vectors)) throw new Error(`not a ${VECTOR_FORMAT} file`)
  return file.vectors.map((raw, index) => evaluateVector(asVector(raw, index)))
}
