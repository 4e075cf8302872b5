// The confirmation before letters go out: how many, where to, and that they then count as sent; for
// letters sent before, that copies marked "kopie" will be made and the originals stay as they were.
import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { DeliveryDto } from './use-output-flow'

/** `pages` is null for a single letter not drawn yet */
export type ConfirmAsk = { how: DeliveryDto; letters: number; pages: number | null; copies: boolean }

type Props = { ask: ConfirmAsk | null; busy: boolean; onConfirm: (ask: ConfirmAsk) => void; onClose: () => void }

export function ConfirmOutput({ ask, busy, onConfirm, onClose }: Props) {
  const { t } = useTranslation()
  return (
    <Modal opened={ask !== null} onClose={onClose} title={ask?.copies ? t('letters.run.copyTitle') : t('letters.run.confirmTitle')} centered>
      {ask && (
        <Stack data-testid="confirm-output">
          <Text size="sm">{ask.copies
              ? t('letters.run.copyText')
              : t(ask.pages === null ? 'letters.run.confirmOne' : 'letters.run.confirmText', { n: ask.letters, pages: ask.pages, where: t(`letters.run.where.${ask.how}`) })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={busy}>
              {t('app.cancel')}
            </Button>
            <Button onClick={() => onConfirm(ask)} loading={busy} data-testid="confirm-output-go">
              {ask.copies ? t('letters.run.copyConfirm') : t('letters.run.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  )
}
