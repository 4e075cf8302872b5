// The hand-over dossier leaves the app only where the user chooses: the desktop's save dialog (main writes
// it), or in browser mode the browser's own download of bytes handed to this page.
import { notifications } from '@mantine/notifications'
import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useApi } from '../../api/ApiProvider'
import { useLanguage } from '../../lib/use-language'
import { downloadBlob } from '../../lib/download'

function download(fileName: string, dataBase64: string): void {
  downloadBlob(fileName, new Blob([Uint8Array.from(atob(dataBase64), (c) => c.charCodeAt(0))], { type: 'application/zip' }))
}

export function useDossier(customerId: number) {
  const { t } = useTranslation()
  const api = useApi()
  const language = useLanguage()
  return useMutation({
    mutationFn: (asOf: string) => api.arrangements.dossier({ customerId, asOf, language }),
    onSuccess: (r) => {
      if (r.dataBase64 !== null) {
        download(r.fileName, r.dataBase64)
        notifications.show({ color: 'teal', message: t('arrangements.handover.dossierReady', { file: r.fileName }) })
      } else if (r.savedTo !== null) {
        notifications.show({ color: 'teal', message: t('arrangements.handover.dossierSaved', { path: r.savedTo }) })
      }
    }
  })
}
