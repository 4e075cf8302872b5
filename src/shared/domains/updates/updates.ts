// Rules for updates that do not depend on Electron: which update server addresses are acceptable, and what
// a failed check or download means for the user.

/** Problems the UI explains in the user's language. */
export const UPDATE_PROBLEMS = ['unreachable', 'no-update-info', 'untrusted', 'not-installed', 'failed'] as const
export type UpdateProblem = (typeof UPDATE_PROBLEMS)[number]

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * The update server's address, normalised to end in "/", or null when it is not acceptable: https only
 * (plain http only on this computer itself, for trying an update server out), no user name or password in
 * it, no query or fragment.
 */
export function normaliseFeedUrl(text: string): string | null {
  let url: URL
  try {
    url = new URL(text.trim())
  } catch {
    return null
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname))
  if (!secure || url.hostname === '' || url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') return null
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`
  return url.href
}

const UNREACHABLE = /ERR_NAME_NOT_RESOLVED|ERR_INTERNET_DISCONNECTED|ERR_CONNECTION|ERR_ADDRESS_UNREACHABLE|ERR_NETWORK|ERR_TIMED_OUT|ERR_CERT|ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|CERT_|self[- ]signed/i

/** What went wrong, from an electron-updater (or network) error's code and message. */
export function classifyUpdateError(code: string | undefined, message: string): UpdateProblem {
  if (code === 'not-installed') return 'not-installed'
  if (code === 'ERR_UPDATER_INVALID_SIGNATURE' || code === 'ERR_CHECKSUM_MISMATCH' || /sha512 checksum mismatch/i.test(message)) return 'untrusted'
  if (code === 'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND' || code === 'ERR_UPDATER_INVALID_UPDATE_INFO' || /\b404\b/.test(message)) return 'no-update-info'
  if (UNREACHABLE.test(`${code ?? ''} ${message}`)) return 'unreachable'
  return 'failed'
}
