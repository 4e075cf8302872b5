// A button that opens a letter as it would be printed, drawn by main on demand (nothing is sent or stored).
import { Alert, Button, type ButtonProps, Loader, Modal } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { type ReactNode, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PreviewDto } from '../../../../shared/ipc/letters.contract'
import { LetterPages } from './LetterPages'
import { letterErrorText } from './letter-output'

type Props = { queryKey: readonly unknown[]; load: () => Promise<PreviewDto>; label?: ReactNode; testId?: string } & Pick<ButtonProps, 'size' | 'variant'>

export function PreviewButton({ queryKey, load, label, testId, size = 'xs', variant = 'light' }: Props) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const preview = useQuery({ queryKey: ['letters', 'preview', ...queryKey], queryFn: load, enabled: open, retry: false, meta: { inlineErrors: true } })
  return (
    <>
      <Button size={size} variant={variant} onClick={() => setOpen(true)} data-testid={testId}>
        {label ?? t('letters.preview')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} size={680} title={preview.data ? t('letters.previewTitle', { title: preview.data.title }) : t('letters.preview')}>
        {preview.error ? (
          <Alert color="red" data-testid="preview-error">
            {letterErrorText(preview.error, t) ?? preview.error.message}
          </Alert>
        ) : preview.data ? (
          <LetterPages preview={preview.data} width={620} />
        ) : (
          <Loader size="sm" />
        )}
      </Modal>
    </>
  )
}
