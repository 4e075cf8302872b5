// Data and writes of the arrangements screens: the customer's overview and open invoices, and one mutation
// helper that shows field errors in the form, confirms in a toast and offers undo where it exists.
import { notifications } from '@mantine/notifications'
import { useMutation, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isAppError } from '../../../../shared/errors'
import type { InvoiceRowDto } from '../../../../shared/ipc/invoices.contract'
import { useApi } from '../../api/ApiProvider'
import { showError } from '../../lib/errors'
import { UndoMessage } from './UndoMessage'

export function useOverview(customerId: number) {
  const api = useApi()
  return useQuery({ queryKey: ['customers', 'arrangements', 'overview', customerId], queryFn: () => api.arrangements.overview({ customerId }) })
}

/** The customer's items with something open, oldest due first (the pickers of every form), every page of them. */
export function useOpenInvoices(customerId: number) {
  const api = useApi()
  return useQuery({
    queryKey: ['invoices', 'arrangements-open', customerId],
    queryFn: async () => {
      const rows: InvoiceRowDto[] = []
      for (;;) {
        const page = await api.invoices.list({ customerId, view: 'open', sort: 'dueDate', direction: 'asc', offset: rows.length, limit: 500 })
        rows.push(...page.rows)
        if (page.rows.length === 0 || rows.length >= page.total) return rows.filter((r) => r.openCents > 0)
      }
    }
  })
}

export type FieldErrors = Record<string, string>

/**
 * A write from a form: on success a toast (with an undo button when `undo` is given) and `onDone`; a
 * validation error that names a field lands next to it, anything else becomes the usual error toast.
 */
export function useRecord<I, O>(run: (input: I) => Promise<O>, opts: { kind?: string; onDone?: (out: O) => void; undo?: (out: O) => Promise<unknown>; message?: (out: O) => string } = {}) {
  const { t, i18n } = useTranslation()
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({})
  const mutation = useMutation({
    mutationFn: run,
    meta: { inlineErrors: true },
    onMutate: () => setFieldErrors({}),
    onSuccess: (out) => {
      const message = opts.message?.(out) ?? (opts.kind ? `${t(`arrangements.labels.kind.${opts.kind}`)} · ${t('arrangements.saved')}` : t('arrangements.saved'))
      const undo = opts.undo
      notifications.show({ color: 'teal', message: undo ? <UndoMessage text={message} onUndo={() => void undo(out).then(() => notifications.show({ message: t('arrangements.undone') }))} /> : message, autoClose: undo ? 10_000 : 4_000 })
      opts.onDone?.(out)
    },
    onError: (err) => {
      if (isAppError(err) && err.field) setFieldErrors({ [err.field]: t(`arrangements.fieldErrors.${err.field}`, { defaultValue: err.message }) })
      else showError(err, i18n)
    }
  })
  return { ...mutation, fieldErrors }
}
