// Staging a file the user picked or dropped: its bytes go to main once, later steps name it by id.
import { z } from 'zod'
import { command } from './contract'

/** 20 MB of file as base64 (4 characters per 3 bytes). */
export const MAX_STAGED_FILE_BYTES = 20 * 1024 * 1024
const MAX_BASE64_CHARS = Math.ceil(MAX_STAGED_FILE_BYTES / 3) * 4

export const FileIdSchema = z.uuid()

export const StagedFileSchema = z.object({ fileId: FileIdSchema, name: z.string(), size: z.number().int().min(0) })
export type StagedFileDto = z.infer<typeof StagedFileSchema>

export const filesContract = {
  stage: command(
    'files:stage',
    z
      .object({
        name: z.string().trim().min(1).max(255),
        dataBase64: z.string().max(MAX_BASE64_CHARS, 'the file is larger than 20 MB').regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64')
      })
      .strict(),
    StagedFileSchema
  ),
  /** The desktop's native open dialog; null when the user cancels. */
  pick: command('files:pick', z.object({ kind: z.enum(['bank', 'spreadsheet']) }).strict(), StagedFileSchema.nullable())
} as const
