// The packaged renderer is served from app://debito/ rather than file:// (ARCHITECTURE C13): the
// grantFileProtocolExtraPrivileges fuse is off, and a custom origin lets CSP 'self' and the sender
// check name exactly one place. Only files inside the built renderer folder are ever answered.
import { resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { net, protocol } from 'electron'

export const APP_SCHEME = 'app'
export const APP_HOST = 'debito'
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

/** Must run before `app` is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }])
}

/** Maps app://debito/<path> to a file in `rendererDir`, or null for anything else. */
export function appFileFor(requestUrl: string, rendererDir: string): string | null {
  const url = new URL(requestUrl)
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null
  const root = resolve(rendererDir)
  const file = resolve(root, `.${decodeURIComponent(url.pathname)}`)
  return file.startsWith(root + sep) ? file : null
}

export function serveAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => {
    const file = appFileFor(request.url, rendererDir)
    return file ? net.fetch(pathToFileURL(file).href) : new Response('not found', { status: 404 })
  })
}
