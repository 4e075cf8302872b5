import { open, readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { AppError } from '../../../shared/errors'
import { type filesContract, MAX_STAGED_FILE_BYTES } from '../../../shared/ipc/files.contract'
import type { AppServices } from '../../session/app-services'
import { detectFormat } from '../../domains/imports/preview'
import { stagedFiles } from '../../session/staged-files'
import type { DomainHandlers } from '../handlers'

const tooLarge = () => new AppError('validation', 'The file is larger than 20 MB.', 'file')

/** An auditfile of hundreds of MB is streamed from disk by the import; other files are read whole. */
async function isAuditfile(path: string): Promise<boolean> {
  const handle = await open(path, 'r')
  try {
    const { buffer, bytesRead } = await handle.read(new Uint8Array(4096), 0, 4096, 0)
    return detectFormat(buffer.subarray(0, bytesRead), basename(path)) === 'xaf'
  } finally {
    await handle.close()
  }
}

export function filesHandlers({ session, platform }: AppServices): DomainHandlers<typeof filesContract> {
  const staged = stagedFiles(session)
  const dto = ({ fileId, name, size }: { fileId: string; name: string; size: number }) => ({ fileId, name, size })
  return {
    'files:stage': ({ name, dataBase64 }) => {
      const bytes = Buffer.from(dataBase64, 'base64')
      if (bytes.length > MAX_STAGED_FILE_BYTES) throw tooLarge()
      return dto(staged.stage(basename(name), new Uint8Array(bytes)))
    },
    'files:pick': async ({ kind }) => {
      if (!platform.dialogs) throw new AppError('forbidden', 'Native file dialogs exist in the desktop app only.', 'kind')
      session.db() // refuse before the dialog opens when no administration is open
      const path = await platform.dialogs.openFile(kind)
      if (path === null) return null
      const { size } = await stat(path)
      if (size > MAX_STAGED_FILE_BYTES) {
        if (!(await isAuditfile(path))) throw tooLarge()
        return dto(staged.stagePath(basename(path), path, size))
      }
      return dto(staged.stage(basename(path), new Uint8Array(await readFile(path))))
    }
  }
}
