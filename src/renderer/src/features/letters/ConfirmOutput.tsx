// The confirmation before letters go out: how many, where to, and that they then count as sent; for
// letters sent before, that copies marked "kopie" will be made and the originals stay as they were.
import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { DeliveryDto } from './use-output-flow'

/** `pages` is null for a single letter not drawn yet */
export type ConfirmAsk = { how: DeliveryDto; letters: number; pages: number | null; copies: boolean }

/** The output flow (`useOutputFlow`) this dialog confirms for. */
type Props = { flow: { ask: ConfirmAsk | null; busy: boolean; confirm: (ask: ConfirmAsk) => void; close: () => void } }

export function ConfirmOutput({ flow: { ask, busy, confirm: onConfirm, close: onClose } }: Props) {
  const { t } = useTranslation()
  // one e-mail is one file the user picks; several go to a folder
  const where = (a: ConfirmAsk) => t(a.how === 'eml' && a.letters === 1 ? 'letters.run.where.emlOne' : `letters.run.where.${a.how}`)
  return (
    <Modal opened={ask !== null} onClose={onClose} title={ask?.copies ? t('letters.run.copyTitle') : t('letters.run.confirmTitle')} centered>
      {ask && (
        <Stack data-testid="confirm-output">
          <Text size="sm">{ask.copies
              ? t('letters.run.copyText')
              : t(ask.pages === null ? 'letters.run.confirmOne' : 'letters.run.confirmText', { n: ask.letters, pages: ask.pages, where: where(ask) })}</Text>
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
