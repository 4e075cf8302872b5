// Typed errors from main become toasts in the user's language: the kind picks the title, the field
// (when there is one) says where to look.
import { notifications } from '@mantine/notifications'
import type { i18n } from 'i18next'
import { ERROR_KINDS, isAppError } from '../../../shared/errors'

export function errorTitle(err: unknown, i18nInstance: i18n): string {
  const kind = isAppError(err) && (ERROR_KINDS as readonly string[]).includes(err.kind) ? err.kind : 'internal'
  return i18nInstance.t(`errors.${kind}`)
}

export function showError(err: unknown, i18nInstance: i18n): void {
  const detail = isAppError(err) ? (err.field ? i18nInstance.t('errors.field', { field: err.field }) : err.message) : undefined
  notifications.show({ color: 'red', title: errorTitle(err, i18nInstance), message: detail ?? '', autoClose: 8000 })
}
