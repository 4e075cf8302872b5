// Turns anything a handler throws into the typed error envelope. AppError keeps its kind and field;
// anything else is an internal failure whose details stay in the main-process log.
import type { z } from 'zod'
import { isAppError } from '../../shared/errors'
import type { IpcError, IpcResult } from '../../shared/ipc/contract'

export function fail(kind: IpcError['kind'], message: string, field?: string): IpcResult<never> {
  return { ok: false, error: field === undefined ? { kind, message } : { kind, message, field } }
}

/** A zod failure names the first offending field as a dotted path ("unlock.passphrase"). */
export function validationFailure(error: z.ZodError): IpcResult<never> {
  const issue = error.issues[0]
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : undefined
  const message = issue ? `${field ?? 'input'}: ${issue.message}` : 'invalid input'
  return fail('validation', message, field)
}

export function toFailure(err: unknown, channel: string): IpcResult<never> {
  if (isAppError(err)) return fail(err.kind, err.message, err.field)
  console.error(`[ipc] ${channel} failed`, err)
  return fail('internal', 'An unexpected error occurred; see the application log.')
}
