// The browser's own download, the one way files reach the user in browser mode (the desktop uses main's
// save dialog instead): a one-time address on the local server, or bytes handed to this page.

export function downloadUrl(url: string, fileName: string): void {
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.rel = 'noopener'
  document.body.append(a)
  a.click()
  a.remove()
}

export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  downloadUrl(url, fileName)
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/** Text as a file (a CSV by default). */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  downloadBlob(fileName, new Blob([text], { type }))
}
