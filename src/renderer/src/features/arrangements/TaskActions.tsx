// What a reminder or follow-up task offers where it shows (the plan card, Vandaag): the instalment's reminder
// letter previewed, then printed, saved or written as an .eml after the usual confirmation (which also ticks
// the task off), and "done" on a customer's follow-ups with undo in the toast.
import { Button, Group } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useApi } from '../../api/ApiProvider'
import { ConfirmOutput } from '../letters/ConfirmOutput'
import { hasEmail } from '../letters/eml-option'
import { OutputMenu } from '../letters/OutputMenu'
import { PreviewButton } from '../letters/PreviewButton'
import { useOutputFlow } from '../letters/use-output-flow'
import { useRecord } from './use-arrangements'

export function ReminderLetter({ instalmentId }: { instalmentId: number }) {
  const { t } = useTranslation()
  const api = useApi()
  const recipient = useQuery({ queryKey: ['customers', 'plan-reminder-recipient', instalmentId], queryFn: () => api.letters.planReminderRecipient({ instalmentId }) })
  const emailable = hasEmail(recipient.data?.email)
  const flow = useOutputFlow((how, resend) => api.letters.planReminder({ instalmentId, how, resend }))
  return (
    <Group gap={4} wrap="nowrap">
      <PreviewButton queryKey={['plan-reminder', instalmentId]} load={() => api.letters.previewPlanReminder({ instalmentId })} label={t('arrangements.reminderLetter.preview')} testId={`preview-reminder-${instalmentId}`} />
      <OutputMenu label={t('arrangements.reminderLetter.send')} emailable={emailable} busy={flow.busy} onPick={(how) => flow.start({ how, letters: 1, pages: null, copies: false })} testId={`reminder-out-${instalmentId}`} />
      <ConfirmOutput flow={flow} />
    </Group>
  )
}

/**
 * Vandaag's line stands for every follow-up of the customer due by today: all are ticked off, and all come
 * back on undo. On the customer card (`single`) only that note's.
 */
export function FollowUpDone({ noteId, single = false }: { noteId: number; single?: boolean }) {
  const { t } = useTranslation()
  const api = useApi()
  const done = useRecord(
    async () => (single ? (await api.arrangements.completeFollowUp({ noteId }), { noteIds: [noteId] }) : api.arrangements.completeDueFollowUps({ noteId })),
    {
      message: ({ noteIds }) => t('arrangements.note.followUpsDone', { count: noteIds.length }),
      undo: ({ noteIds }) => api.arrangements.reopenFollowUps({ noteIds })
    }
  )
  return (
    <Button size={single ? 'compact-xs' : 'xs'} variant={single ? 'subtle' : 'default'} onClick={() => done.mutate(undefined)} loading={done.isPending} data-testid={`follow-up-done-${noteId}`}>
      {t('arrangements.note.done')}
    </Button>
  )
}
