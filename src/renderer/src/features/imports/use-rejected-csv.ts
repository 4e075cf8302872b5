// Downloads the rejected rows of the current preview as CSV, with column titles in the user's language.
import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { ImportOptionsDto } from '../../../../shared/ipc/imports.contract'
import { useApi } from '../../api/ApiProvider'
import { downloadText } from '../../lib/download'

export function useRejectedCsv(fileId: string, options: ImportOptionsDto) {
  const { t } = useTranslation()
  const api = useApi()
  return useMutation({
    mutationFn: () => api.imports.rejectedCsv({ fileId, options, labels: { line: t('imports.line'), problems: t('imports.problems') } }),
    onSuccess: (file) => downloadText(file.fileName, file.csv)
  })
}
