// Field errors for the entry forms: the shared zod schema checks before sending, and a typed error
// from main (which names its field) lands next to the same field. Texts come from `entry.fieldErrors`.
import type { TFunction } from 'i18next'
import type { z } from 'zod'
import { isAppError } from '../../../shared/errors'

export type FieldErrors = Record<string, string>

export function zodFieldErrors(error: z.ZodError, t: TFunction): FieldErrors {
  const out: FieldErrors = {}
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form')
    out[field] ??= t(`entry.fieldErrors.${field}`, { defaultValue: t('errors.validation') })
  }
  return out
}

export function serverFieldErrors(err: unknown, t: TFunction): FieldErrors {
  if (!isAppError(err) || !err.field) return {}
  const key = err.kind === 'conflict' ? 'entry.fieldErrors.taken' : `entry.fieldErrors.${err.field}`
  return { [err.field]: t(key, { defaultValue: t('errors.validation') }) }
}
