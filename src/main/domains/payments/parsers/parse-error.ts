import { AppError } from '../../../../shared/errors'

/** One-line parse error naming the file, where in it (line or element) and the problem. */
export function parseError(file: string, where: string | null, problem: string): AppError {
  const location = where === null ? '' : `${where}: `
  return new AppError('parse', `${file}: ${location}${problem}`, where ?? undefined)
}

/** Text bytes of a bank file: UTF-8 when it is valid UTF-8, else windows-1252 (a superset of Latin-1 in practice). */
export function decodeBankBytes(bytes: Uint8Array): string {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes)
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
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
