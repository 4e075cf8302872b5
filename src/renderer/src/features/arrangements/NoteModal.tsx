// A note or a phone call with its outcome, and a follow-up date that puts the customer on the worklist.
import { Button, Group, Modal, SegmentedControl, Select, Stack, Text, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CALL_OUTCOMES, type CallOutcome } from '../../../../shared/domains/arrangements/vocabulary'
import { useApi } from '../../api/ApiProvider'
import { DateField } from '../../components/DateField'
import { useRecord } from './use-arrangements'

export function NoteModal({ customerId, onClose }: { customerId: number; onClose: () => void }) {
  const { t } = useTranslation()
  const api = useApi()
  const [kind, setKind] = useState<'note' | 'call'>('call')
  const [outcome, setOutcome] = useState<CallOutcome | null>(null)
  const [body, setBody] = useState('')
  const [followUpOn, setFollowUp] = useState<string | null>(null)
  const record = useRecord(() => api.arrangements.addNote({ customerId, kind, body, callOutcome: kind === 'call' ? outcome : null, followUpOn }), { kind, onDone: onClose })
  const e = record.fieldErrors
  return (
    <Modal opened onClose={onClose} title={t('arrangements.note.title')} size="md">
      <Stack gap="sm">
        <Group align="end">
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t('arrangements.note.kind')}
            </Text>
            <SegmentedControl size="xs" value={kind} onChange={(v) => setKind(v as 'note' | 'call')} data={[{ value: 'call', label: t('arrangements.note.call') }, { value: 'note', label: t('arrangements.note.note') }]} />
          </div>
          {kind === 'call' && (
            <Select
              label={t('arrangements.note.outcome')}
              data={CALL_OUTCOMES.map((o) => ({ value: o, label: t(`arrangements.labels.callOutcome.${o}`) }))}
              value={outcome}
              onChange={(v) => setOutcome(v as CallOutcome | null)}
              style={{ flex: 1 }}
            />
          )}
        </Group>
        <Textarea label={t('arrangements.note.body')} required value={body} onChange={(ev) => setBody(ev.currentTarget.value)} error={e.body} autosize minRows={3} data-autofocus />
        <DateField label={t('arrangements.note.followUp')} value={followUpOn} onChange={setFollowUp} onClear={() => setFollowUp(null)} error={e.followUpOn} />
        <Group justify="flex-end">
          <Button variant="subtle" onClick={onClose}>
            {t('arrangements.cancel')}
          </Button>
          <Button onClick={() => record.mutate(undefined)} loading={record.isPending} disabled={body.trim() === ''}>
            {t('arrangements.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
