// The desktop security baseline (ARCHITECTURE C13): no navigation away from the app, no new windows,
// no webviews, no permissions, and no network requests from the renderer at all.
import { app, session, shell } from 'electron'
import { isAllowedExternalUrl } from '../ipc/handlers/app.handlers'
import { APP_HOST, APP_SCHEME } from './protocol'

/** The bundle (app://debito), devtools, data: URIs, and in development the exact dev-server origin and its HMR socket. */
export function isLocalRequest(text: string, devServer?: URL): boolean {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return false
  }
  if (url.protocol === `${APP_SCHEME}:`) return url.host === APP_HOST
  if (url.protocol === 'devtools:' || url.protocol === 'data:') return true
  if (!devServer) return false
  return ['http:', 'ws:'].includes(url.protocol) && url.hostname === devServer.hostname && url.port === devServer.port
}

export async function openExternalSafely(url: string): Promise<void> {
  if (isAllowedExternalUrl(url)) await shell.openExternal(url)
}

export function installSecurity(devServer?: URL): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault())
    contents.on('will-redirect', (event) => event.preventDefault())
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(({ url }) => {
      void openExternalSafely(url)
      return { action: 'deny' }
    })
  })
  const ses = session.defaultSession
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isLocalRequest(details.url, devServer) }))
}
