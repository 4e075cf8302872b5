// Which frames may call main (ARCHITECTURE C13): only the top frame, showing the app's own page.
export type SenderFrame = { url: string; parent: unknown }

export function isTrustedFrame(frame: SenderFrame | null | undefined, trustedUrl: (url: URL) => boolean): boolean {
  // a null frame means it navigated away or was destroyed; a parent means an iframe
  if (!frame || frame.parent !== null) return false
  let url: URL
  try {
    url = new URL(frame.url)
  } catch {
    return false
  }
  return url.username === '' && url.password === '' && trustedUrl(url)
}

/**
 * The trust predicate: the packaged renderer's own origin (e.g. app://debito) or, in development, the
 * exact dev-server origin. Compares parts, never `URL.origin` (it is "null" for non-special schemes).
 */
export function appUrlPredicate(origin: URL): (url: URL) => boolean {
  return (url) => url.protocol === origin.protocol && url.hostname === origin.hostname && url.port === origin.port
}
