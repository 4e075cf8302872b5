import { AppError } from '../../../../shared/errors'

/** One-line parse error naming the file, where in it (line or element) and the problem. */
export function parseError(file: string, where: string | null, problem: string): AppError {
  const location = where === null ? '' : `${where}: `
  return new AppError('parse', `${file}: ${location}${problem}`, where ?? undefined)
}

/** Collapses runs of white space to single spaces; blank text becomes null. */
export function cleanText(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null
  const t = text.replace(/\s+/g, ' ').trim()
  return t.length === 0 ? null : t
}

/** Account ids are stored without spaces. */
export function compactAccount(text: string | null | undefined): string | null {
  const t = (text ?? '').replace(/\s+/g, '').toUpperCase()
  return t.length === 0 ? null : t
}

/** Drops trailing slashes and white space, in linear time (a `/\/+$/` regex is quadratic on long runs of "/"). */
export function trimTrailingSlashes(text: string): string {
  let end = text.length
  while (end > 0 && (text[end - 1] === '/' || /\s/.test(text[end - 1] as string))) end--
  return text.slice(0, end).trim()
}
