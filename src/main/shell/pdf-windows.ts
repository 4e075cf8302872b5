// Shows and prints PDFs from memory: a window of its own, in an in-memory session (no cache on disk),
// loads the bytes from an app://pdf/<id>.pdf response served by that session only, and prints with the
// system dialog. Nothing is written to a file on the way (issue: no unencrypted PDF in any folder).
import { randomUUID } from 'node:crypto'
import { BrowserWindow, session } from 'electron'
import type { PdfWindows } from '../session/app-services'
import { APP_SCHEME } from './protocol'
import { WEB_PREFERENCES } from './window'

/** Not "persist:": Chromium keeps this session's cache and storage in memory only. */
export const PDF_PARTITION = 'debito-pdf'
const PDF_HOST = 'pdf'

export function createPdfWindows(parent: () => BrowserWindow | null): PdfWindows {
  const served = new Map<string, Uint8Array>()
  let ready = false
  const pdfSession = () => {
    const ses = session.fromPartition(PDF_PARTITION)
    if (!ready) {
      ready = true
      ses.protocol.handle(APP_SCHEME, (request) => {
        const url = new URL(request.url)
        const bytes = url.host === PDF_HOST ? served.get(url.pathname) : undefined
        return bytes ? new Response(Buffer.from(bytes), { headers: { 'content-type': 'application/pdf', 'cache-control': 'no-store' } }) : new Response('not found', { status: 404 })
      })
      ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
      ses.setPermissionCheckHandler(() => false)
    }
    return ses
  }

  async function open(pdf: Uint8Array, title: string, show: boolean): Promise<BrowserWindow> {
    const path = `/${randomUUID()}.pdf`
    served.set(path, pdf)
    const win = new BrowserWindow({
      width: 900,
      height: 1100,
      show,
      title,
      ...(parent() ? { parent: parent()! } : {}),
      // Chromium's PDF viewer is a plugin: enabled in this window only, which runs no app code
      webPreferences: { ...WEB_PREFERENCES, session: pdfSession(), plugins: true }
    })
    win.on('closed', () => served.delete(path))
    await win.loadURL(`${APP_SCHEME}://${PDF_HOST}${path}`)
    return win
  }

  return {
    async print(pdf, title) {
      const win = await open(pdf, title, false)
      return new Promise((resolve) => {
        win.webContents.print({ silent: false, printBackground: true }, (success) => {
          win.close()
          resolve(success ? 'printed' : 'cancelled')
        })
      })
    },
    async show(pdf, title) {
      await open(pdf, title, true)
    }
  }
}
