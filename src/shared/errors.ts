/**
 * Typed application errors. The `kind` crosses every boundary (IPC envelope, HTTP bridge, CLI exit),
 * so the UI can react to it and show the message in the user's language.
 */
export const ERROR_KINDS = [
  'validation',
  'not-found',
  'conflict',
  'forbidden',
  'wrong-passphrase',
  /** an administration's database file is missing, empty or damaged: restore it from a backup */
  'damaged',
  'schema-too-new',
  'key-unavailable',
  'parse',
  'io',
  'internal'
] as const
export type ErrorKind = (typeof ERROR_KINDS)[number]

export class AppError extends Error {
  readonly kind: ErrorKind
  /** The input field, file line or element the error is about, when there is one. */
  readonly field: string | undefined

  constructor(kind: ErrorKind, message: string, field?: string) {
    super(message)
    this.name = 'AppError'
    this.kind = kind
    this.field = field
  }
}

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError
}
