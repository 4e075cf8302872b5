// The draft run waiting for review: approve or skip per customer, change amounts with a reason, then execute
// (with a confirmation, under main's exclusive gate) or cancel the draft.
import { Alert, Badge, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { isAppError } from '../../../../shared/errors'
import type { RunSummaryDto } from '../../../../shared/ipc/dunning.contract'
import { useApi } from '../../api/ApiProvider'
import { showError } from '../../lib/errors'
import { count, date, money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { ActionList } from './ActionList'
import { useRunActions } from './use-run-actions'

/** The field a letter lacks before it may go out: the administration's letterhead or a customer's address. */
function unsendable(err: unknown): { scope: 'profile' | 'customer'; field: string } | null {
  const [scope, field] = isAppError(err) && err.kind === 'validation' ? (err.field?.split('.') ?? []) : []
  return (scope === 'profile' || scope === 'customer') && field ? { scope, field } : null
}

export function RunReview({ run }: { run: RunSummaryDto }) {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const language = useLanguage()
  const actions = useRunActions(run.id)
  const [executing, execution] = useDisclosure(false)
  const [cancelling, cancellation] = useDisclosure(false)
  const all = useMutation({ mutationFn: (decision: 'approve' | 'skip') => api.dunning.reviewAll({ runId: run.id, decision }) })
  const execute = useMutation({
    mutationFn: () => api.dunning.execute({ runId: run.id }),
    // what keeps the letters from going out is said in the dialog; anything else is a toast
    meta: { inlineErrors: true },
    onError: (err) => void (unsendable(err) === null && showError(err, i18n)),
    onSuccess: (r) => {
      execution.close()
      notifications.show({ color: 'teal', message: r.alreadyExecuted ? t('dunning.alreadyExecuted') : t('dunning.executed', { sent: r.sent, skipped: r.skipped }) })
      if (r.superseded > 0) notifications.show({ color: 'yellow', message: t('dunning.superseded', { count: r.superseded }) })
    }
  })
  const missing = unsendable(execute.error)
  const cancel = useMutation({
    mutationFn: () => api.dunning.cancel({ runId: run.id, reason: null }),
    onSuccess: () => {
      cancellation.close()
      notifications.show({ color: 'teal', message: t('dunning.cancelled') })
    }
  })
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Group gap="xs">
            <Text fw={700} data-testid="draft-title">
              {t('dunning.draftOf', { date: date(run.runDate, language) })}
            </Text>
            {run.source === 'scheduler' && <Badge variant="light">{t('dunning.fromScheduler')}</Badge>}
          </Group>
          <Text size="sm" c="dimmed">
            {t('dunning.draftHint')}
          </Text>
          <Text size="sm" data-testid="draft-totals">
            {t('dunning.totals', { count: run.approved, n: count(run.approved, language), amount: money(run.totalCents, language) })}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button variant="default" onClick={() => all.mutate('approve')} loading={all.isPending}>
            {t('dunning.approveAll')}
          </Button>
          <Button variant="default" onClick={() => all.mutate('skip')} loading={all.isPending}>
            {t('dunning.skipAll')}
          </Button>
          <Button variant="subtle" color="red" onClick={cancellation.open}>
            {t('dunning.cancelRun')}
          </Button>
          <Button onClick={execution.open} disabled={run.approved === 0} data-testid="execute-run">
            {t('dunning.execute')}
          </Button>
        </Group>
      </Group>
      {actions.isPending ? <Loader size="sm" /> : <ActionList actions={actions.rows} total={actions.total} onMore={actions.more} mode="review" />}
      <Modal opened={executing} onClose={execution.close} title={t('dunning.executeTitle')}>
        <Stack>
          <Text>{t('dunning.executeText', { sent: run.approved, skipped: run.skipped, date: date(run.runDate, language), amount: money(run.totalCents, language) })}</Text>
          {missing && (
            <Alert color="red" data-testid="execute-blocked">
              {missing.scope === 'profile' ? t('dunning.letterheadMissing', { field: t(`settings.fields.${missing.field}`) }) : t('dunning.addressMissing')}
            </Alert>
          )}
          {execute.isPending && (
            <Group gap="xs">
              <Loader size="xs" />
              <Text size="sm">{t('dunning.executing')}</Text>
            </Group>
          )}
          <Group justify="flex-end">
            <Button variant="subtle" onClick={execution.close} disabled={execute.isPending}>
              {t('dunning.keep')}
            </Button>
            <Button onClick={() => execute.mutate()} loading={execute.isPending} data-testid="execute-confirm">
              {t('dunning.executeConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal opened={cancelling} onClose={cancellation.close} title={t('dunning.cancelTitle')}>
        <Stack>
          <Text>{t('dunning.cancelText')}</Text>
          <Group justify="flex-end">
            <Button variant="subtle" onClick={cancellation.close}>
              {t('dunning.keep')}
            </Button>
            <Button color="red" onClick={() => cancel.mutate()} loading={cancel.isPending}>
              {t('dunning.cancelConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  )
}
