// Choosing a backup file to restore: the desktop's open dialog, or in browser mode the browser's file
// picker (the bytes, still encrypted, go to main). Either way main queues it and the restore dialog opens.
import { Button } from '@mantine/core'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { BACKUP_EXTENSION } from '../../../../shared/domains/backups/backup-files'
import { AppError } from '../../../../shared/errors'
import { MAX_STAGED_FILE_BYTES } from '../../../../shared/ipc/files.contract'
import { useApi } from '../../api/ApiProvider'
import { useAppInfo } from '../../api/session'
import { readBase64 } from '../../lib/read-file'

/** `into`: the id of the damaged administration the backup is to replace. */
export function ChooseBackupButton({ into, label, variant = 'subtle' }: { into?: string; label: string; variant?: 'subtle' | 'filled' | 'light' }) {
  const { t } = useTranslation()
  const api = useApi()
  const queryClient = useQueryClient()
  const desktop = useAppInfo().data?.mode === 'desktop'
  const input = useRef<HTMLInputElement>(null)
  const done = () => queryClient.invalidateQueries({ queryKey: ['backups'] })
  const pick = useMutation({ mutationFn: () => api.backups.pick(into === undefined ? {} : { into }), onSuccess: done })
  const upload = useMutation({
    mutationFn: async (file: File) => {
      if (file.size > MAX_STAGED_FILE_BYTES) throw new AppError('validation', t('files.tooLarge', { name: file.name }), 'file')
      return api.backups.upload({ name: file.name, dataBase64: await readBase64(file), ...(into === undefined ? {} : { into }) })
    },
    onSuccess: done
  })
  return (
    <>
      <Button variant={variant} onClick={() => (desktop ? pick.mutate() : input.current?.click())} loading={pick.isPending || upload.isPending}>
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        hidden
        accept={`.${BACKUP_EXTENSION}`}
        aria-label={label}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0]
          e.currentTarget.value = ''
          if (file) upload.mutate(file)
        }}
      />
    </>
  )
}
