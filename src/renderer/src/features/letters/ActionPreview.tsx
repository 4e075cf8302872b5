// The letter of one reminder in a saved run, as it would go out (or went out): phone calls have none.
import { Group } from '@mantine/core'
import type { ActionDto } from '../../../../shared/ipc/dunning.contract'
import { useApi } from '../../api/ApiProvider'
import { PreviewButton } from './PreviewButton'

export function ActionPreview({ action }: { action: ActionDto }) {
  const api = useApi()
  const id = action.id
  if (id === null || action.channel === 'phone') return null
  return (
    <Group>
      <PreviewButton queryKey={['action', id, action.totalCents]} load={() => api.letters.previewAction({ actionId: id })} testId={`preview-action-${action.customerCode}`} />
    </Group>
  )
}
