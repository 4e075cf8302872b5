// Serves the built renderer (out/renderer) and nothing outside it.
import { readFile } from 'node:fs/promises'
import type { ServerResponse } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json'
}

/** `pathname` is already decoded. */
export async function serveStatic(root: string, pathname: string, res: ServerResponse): Promise<void> {
  const base = resolve(root)
  const rel = pathname === '/' ? 'index.html' : normalize(pathname).replace(/^[/\\]+/, '')
  const file = resolve(join(base, rel))
  if (!file.startsWith(base + sep)) {
    res.writeHead(403).end()
    return
  }
  try {
    const body = await readFile(file)
    res
      .writeHead(200, {
        'content-type': MIME[extname(file)] ?? 'application/octet-stream',
        'x-content-type-options': 'nosniff',
        // the page URL carries the token once: never hand it on to anyone
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-store'
      })
      .end(body)
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found')
  }
}
