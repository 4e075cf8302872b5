// Letters going out (printed, saved, e-mailed as .eml, or downloaded in browser mode): main does the work;
// here the result becomes a message in the user's language, and an error that names what to fix
// (the letterhead, a customer's address or e-mail) gets its own text instead of main's English.
import { notifications } from '@mantine/notifications'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { isAppError } from '../../../../shared/errors'
import type { OutputResultDto } from '../../../../shared/ipc/letters.contract'
import { showError } from '../../lib/errors'
import { downloadUrl } from '../../lib/download'

const OWN_ERRORS = ['email', 'letters', 'folder', 'logo', 'template'] as const

/** The user's text for a letters error that has one, or null (then the general toast applies). */
export function letterErrorText(err: unknown, t: TFunction): string | null {
  if (!isAppError(err) || !err.field) return null
  const [scope, field] = err.field.split('.')
  if (scope === 'profile') return t('letters.letterhead.missing', { fields: field ? t(`settings.fields.${field}`) : t('settings.profile') })
  if (scope === 'customer') return t('letters.errors.customerAddress')
  return (OWN_ERRORS as readonly string[]).includes(err.field) ? t(`letters.errors.${err.field}`) : null
}

/** Main asked for a confirmation first: these letters went out before, so only copies may follow. */
export const needsCopyConfirmation = (err: unknown): boolean => isAppError(err) && err.kind === 'conflict' && err.field === 'resend'

function announce(result: OutputResultDto, t: TFunction): void {
  if (result.status === 'cancelled') {
    notifications.show({ message: t('letters.result.cancelled') })
    return
  }
  if (result.status === 'download') downloadUrl(result.url, result.fileName)
  const lines = [
    result.status === 'printed' ? t('letters.result.printed', { n: result.letters, pages: result.pages }) : t(`letters.result.${result.status}`, { file: result.fileName }),
    result.copies ? t('letters.result.copies') : '',
    result.skipped.length > 0 ? t('letters.result.skipped', { codes: result.skipped.join(', ') }) : ''
  ]
  notifications.show({ color: 'teal', message: lines.filter(Boolean).join(' '), autoClose: 8000 })
}

/**
 * One way letters go out. `onCopyAsked` is called instead of an error when main wants the user to confirm
 * copies of letters already sent; the caller shows its confirmation and calls again with `resend`.
 */
export function useLetterOutput<I>(send: (input: I) => Promise<OutputResultDto>, onCopyAsked?: (input: I) => void) {
  const { t, i18n } = useTranslation()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: send,
    meta: { inlineErrors: true },
    onSuccess: (result) => {
      announce(result, t)
      void queryClient.invalidateQueries({ queryKey: ['letters'] })
    },
    onError: (err, input) => {
      if (needsCopyConfirmation(err) && onCopyAsked) return onCopyAsked(input)
      const text = letterErrorText(err, t)
      if (text) notifications.show({ color: 'red', message: text, autoClose: 10_000 })
      else showError(err, i18n)
    }
  })
}
