// Asks main for an export: the desktop saves where the user chooses (main's save dialog); browser mode
// gets a one-time address on its own server and lets the browser download it. No file crosses IPC.
import { notifications } from '@mantine/notifications'
import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { ExportRequestDto } from '../../../../shared/ipc/reports.contract'
import { useApi } from '../../api/ApiProvider'
import { useLanguage } from '../../lib/use-language'
import { downloadUrl } from '../../lib/download'

export type ExportAsk = Omit<ExportRequestDto, 'language'>

export function useExport() {
  const api = useApi()
  const { t } = useTranslation()
  const language = useLanguage()
  return useMutation({
    mutationFn: (ask: ExportAsk) => api.reports.export({ ...ask, language }),
    onSuccess: (result) => {
      if (result.status === 'download') {
        downloadUrl(result.url, result.fileName)
        notifications.show({ message: t('reports.export.downloading', { file: result.fileName }) })
      } else if (result.status === 'saved') {
        notifications.show({ color: 'teal', message: t('reports.export.saved', { file: result.fileName }) })
      }
    }
  })
}
