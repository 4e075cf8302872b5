import { Button, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/** A confirmation with an undo button, for the toast after a record that may have been a mistake. */
export function UndoMessage({ text, onUndo }: { text: string; onUndo: () => void }) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm">
      <Text size="sm">{text}</Text>
      <UndoButton onUndo={onUndo} />
    </Group>
  )
}

function UndoButton({ onUndo }: { onUndo: () => void }) {
  const { t } = useTranslation()
  return (
    <Button size="compact-xs" variant="light" onClick={onUndo} style={{ flexShrink: 0 }}>
      {t('arrangements.undo')}
    </Button>
  )
}
