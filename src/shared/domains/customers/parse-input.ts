// zod failures become one validation AppError naming the field, as every service boundary reports them.
import type { z } from 'zod'
import { AppError } from '../../errors'

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const field = issue?.path.join('.') || undefined
  throw new AppError('validation', `${field ?? 'input'}: ${issue?.message ?? 'invalid'}`, field)
}
