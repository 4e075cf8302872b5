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
 * The trust predicate for the packaged renderer (file:// of one exact index.html) or, in development,
 * the exact dev-server origin. Compares parts, never `URL.origin` (it is "null" for file:).
 */
export function appUrlPredicate(opts: { indexFile?: URL; devServer?: URL }): (url: URL) => boolean {
  const { indexFile, devServer } = opts
  return (url) => {
    if (devServer) return url.protocol === devServer.protocol && url.hostname === devServer.hostname && url.port === devServer.port
    return indexFile !== undefined && url.protocol === 'file:' && url.host === '' && url.pathname === indexFile.pathname
  }
}
