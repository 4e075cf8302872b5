import { useQuery } from '@tanstack/react-query'
import { useApi } from '../../api/ApiProvider'

/** The backup file waiting to be restored, and what could not be copied before this version. */
export function useBackupStatus() {
  const api = useApi()
  return useQuery({ queryKey: ['backups', 'status'], queryFn: () => api.backups.status({}) })
}
