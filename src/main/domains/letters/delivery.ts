// Hands letters to the user the way the host allows: the desktop prints from memory or writes where the
// user picks (one file, or a folder for several); browser mode offers a one-time download (a ZIP for
// several files). The archive records the letters as sent before a file is written, so nothing that
// left the application is ever missing from it.
import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { zipSync } from 'fflate'
import { AppError } from '../../../shared/errors'
import type { OutputResultDto } from '../../../shared/ipc/letters.contract'
import type { FileDialogs, PdfWindows } from '../../session/app-services'
import type { Downloads } from '../../session/downloads'
import type { OutputFile, PendingOutput } from './output.service'

/** `downloaded`: browser mode records the letters as sent only when the download is taken; the screens refresh then. */
export type DeliveryPorts = { pdf?: PdfWindows; dialogs?: FileDialogs; downloads: Downloads; downloaded?: () => void }
export type Delivery = 'print' | 'save' | 'eml'

const CONTENT_TYPES: Record<OutputFile['mime'], string> = { 'application/pdf': 'application/pdf', 'message/rfc822': 'message/rfc822' }

export async function deliver(ports: DeliveryPorts, output: PendingOutput, how: Delivery, title: string): Promise<OutputResultDto> {
  const files = output.files.filter((f) => (how === 'eml' ? f.mime === 'message/rfc822' : f.mime === 'application/pdf'))
  const summary = { letters: output.letters, pages: output.pages, copies: output.copies, skipped: output.skipped.map((s) => s.customerCode) }
  if (files.length === 0) throw new AppError('validation', how === 'eml' ? 'No e-mail can be made: the customer has no e-mail address.' : 'There is nothing to hand out.', how === 'eml' ? 'email' : 'letters')
  const only = files.length === 1 ? files[0]! : null

  if (ports.dialogs) {
    if (how === 'print' && only && ports.pdf) {
      if ((await ports.pdf.print(only.bytes, title)) === 'cancelled') return { status: 'cancelled' }
      output.commit('printed')
      return { status: 'printed', fileName: only.name, ...summary }
    }
    if (only) {
      const path = await ports.dialogs.saveFile(only.mime === 'message/rfc822' ? 'eml' : 'pdf', only.name)
      if (path === null) return { status: 'cancelled' }
      output.commit(`saved to ${path}`)
      await writeFile(path, only.bytes)
      return { status: 'saved', fileName: basename(path), ...summary }
    }
    const folder = ports.dialogs.chooseFolder ? await ports.dialogs.chooseFolder() : null
    if (folder === null) return { status: 'cancelled' }
    const taken = files.find((f) => existsSync(join(folder, f.name)))
    if (taken) throw new AppError('io', `${join(folder, taken.name)} already exists; nothing was written.`, 'folder')
    output.commit(`exported to ${folder}`)
    for (const f of files) await writeFile(join(folder, f.name), f.bytes, { flag: 'wx' })
    return { status: 'saved', fileName: folder, ...summary }
  }

  const fileName = only ? only.name : `${files[0]!.name.replace(/\.\w+$/, '')}-${files.length}.zip`
  const bytes = only ? only.bytes : zipSync(Object.fromEntries(files.map((f) => [f.name, f.bytes])), { level: 0 })
  const ticket = ports.downloads.issue({
    fileName,
    contentType: only ? CONTENT_TYPES[only.mime] : 'application/zip',
    produce: async (out) => {
      output.commit('downloaded')
      ports.downloaded?.()
      out.end(Buffer.from(bytes))
    }
  })
  return { status: 'download', fileName, url: `/download/${ticket}`, ...summary }
}
