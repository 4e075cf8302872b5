// Assertions on typed failures: which AppError a piece of code ends in.
import { AppError } from '../../src/shared/errors'

/** The AppError thrown by `fn`; fails the test on success or on any other kind of error. */
export function caught(fn: () => unknown): AppError {
  try {
    fn()
  } catch (err) {
    if (err instanceof AppError) return err
    throw err
  }
  throw new Error('expected an AppError')
}

/** The AppError a promise rejects with; fails the test when it resolves or rejects otherwise. */
export async function rejection(work: Promise<unknown>): Promise<AppError> {
  try {
    await work
  } catch (err) {
    if (err instanceof AppError) return err
    throw err
  }
  throw new Error('expected an AppError')
}

/** The kind of AppError a promise (or function) ends in, or 'no error'. */
export async function kindOf(work: Promise<unknown> | (() => unknown)): Promise<string> {
  try {
    await (typeof work === 'function' ? work() : work)
  } catch (err) {
    if (err instanceof AppError) return err.kind
    throw err
  }
  return 'no error'
}
