import { Button, Group } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/** Cancel and Save at the foot of an entry form; Save submits the surrounding <form>. */
export function FormActions({ onCancel, saving, disabled = false, saveTestId }: { onCancel: () => void; saving: boolean; disabled?: boolean; saveTestId?: string }) {
  const { t } = useTranslation()
  return (
    <Group justify="flex-end">
      <Button variant="subtle" onClick={onCancel}>
        {t('app.cancel')}
      </Button>
      <Button type="submit" loading={saving} disabled={disabled} data-testid={saveTestId}>
        {t('app.save')}
      </Button>
    </Group>
  )
}
