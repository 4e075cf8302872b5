// GET /download/<ticket>: browser mode's one-time export download (session/downloads.ts). The ticket
// is the credential (the page got it from an authenticated call); a fetch from another site is refused.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Downloads } from '../session/downloads'

export const DOWNLOAD_PATH = '/download/'
const TICKET = /^[A-Za-z0-9_-]{43}$/

/** RFC 6266: an ASCII fallback name and the exact UTF-8 name. */
function disposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`
}

export function serveDownload(downloads: Downloads, req: IncomingMessage, res: ServerResponse, ticket: string): void {
  const site = req.headers['sec-fetch-site']
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('forbidden')
    return
  }
  const download = TICKET.test(ticket) ? downloads.take(ticket) : null
  if (!download) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end('this download has expired or was already fetched')
    return
  }
  res.writeHead(200, { 'content-type': download.contentType, 'content-disposition': disposition(download.fileName), 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' })
  // a failure midway cuts the connection, so the browser reports a failed download, never a short file
  download.produce(res).catch((err: unknown) => res.destroy(err instanceof Error ? err : new Error(String(err))))
}
