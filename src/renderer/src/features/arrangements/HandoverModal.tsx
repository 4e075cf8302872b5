// Handing a customer's claim over to an agency, bailiff or lawyer: dunning stops for good.
import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { localToday } from '../../../../shared/dates'
import { HANDOVER_KINDS, type HandoverKind } from '../../../../shared/domains/arrangements/vocabulary'
import { useApi } from '../../api/ApiProvider'
import { DateField } from '../../components/DateField'
import { useRecord } from './use-arrangements'

export function HandoverModal({ customerId, onClose }: { customerId: number; onClose: () => void }) {
  const { t } = useTranslation()
  const api = useApi()
  const [kind, setKind] = useState<HandoverKind>('agency')
  const [party, setParty] = useState('')
  const [handedOverOn, setDate] = useState<string | null>(localToday())
  const [reference, setReference] = useState('')
  const [note, setNote] = useState('')
  const record = useRecord(() => api.arrangements.handOver({ customerId, kind, party, handedOverOn: handedOverOn ?? '', reference, note }), {
    kind: 'handover',
    undo: ({ id }) => api.arrangements.withdrawHandover({ handoverId: id }),
    onDone: onClose
  })
  const e = record.fieldErrors
  return (
    <Modal opened onClose={onClose} title={t('arrangements.handover.title')} size="lg">
      <Stack gap="sm">
        <Alert color="orange" variant="light" p="xs">
          {t('arrangements.handover.warning')}
        </Alert>
        <SimpleGrid cols={2} spacing="sm">
          <Select label={t('arrangements.handover.kind')} data={HANDOVER_KINDS.map((k) => ({ value: k, label: t(`arrangements.labels.handoverKind.${k}`) }))} value={kind} onChange={(v) => v && setKind(v as HandoverKind)} allowDeselect={false} />
          <DateField label={t('arrangements.handover.date')} required value={handedOverOn} onChange={setDate} error={e.handedOverOn} />
        </SimpleGrid>
        <TextInput label={t('arrangements.handover.party')} required value={party} onChange={(ev) => setParty(ev.currentTarget.value)} error={e.party ?? e.customerId} data-autofocus />
        <TextInput label={t('arrangements.handover.reference')} value={reference} onChange={(ev) => setReference(ev.currentTarget.value)} />
        <Textarea label={t('arrangements.handover.note')} value={note} onChange={(ev) => setNote(ev.currentTarget.value)} autosize minRows={2} />
        <Group justify="flex-end">
          <Button variant="subtle" onClick={onClose}>
            {t('arrangements.cancel')}
          </Button>
          <Button color="orange" onClick={() => record.mutate(undefined)} loading={record.isPending} disabled={party.trim() === '' || handedOverOn === null}>
            {t('arrangements.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
