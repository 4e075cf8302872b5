// Edit one dunning policy and its levels in a modal: amounts typed in the user's language, levels numbered
// without gaps, auto-send only on e-mail levels. Main validates again and names the field it refuses.
import { Button, Checkbox, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMutation } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { TEMPLATE_KEYS } from '../../../../shared/domains/dunning/default-policies'
import { DUNNING_CHANNELS, REGIMES } from '../../../../shared/domains/dunning/vocabulary'
import type { PolicyInputDto } from '../../../../shared/ipc/dunning.contract'
import { centsToDecimal } from '../../../../shared/money'
import { useApi } from '../../api/ApiProvider'
import { useLanguage } from '../../lib/use-language'
import { typedCents } from './action-format'
import { FormActions } from '../../components/FormActions'

type Level = PolicyInputDto['levels'][number]
/** The form keeps money as the text the user typed. */
type LevelDraft = Omit<Level, 'feeCents'> & { fee: string }
type Draft = Omit<PolicyInputDto, 'levels' | 'minimumCents'> & { minimum: string; levels: LevelDraft[] }

const amountText = (cents: number, decimal: string) => centsToDecimal(cents).replace('.', decimal)

function toDraft(p: PolicyInputDto, decimal: string): Draft {
  const { levels, minimumCents, ...rest } = p
  return { ...rest, minimum: amountText(minimumCents, decimal), levels: levels.map(({ feeCents, ...l }) => ({ ...l, fee: amountText(feeCents, decimal) })) }
}

type Props = { policy: PolicyInputDto; id: number | null; onClose: () => void }

export function PolicyEditor({ policy, id, onClose }: Props) {
  const { t } = useTranslation()
  const api = useApi()
  const language = useLanguage()
  const decimal = language === 'en' ? '.' : ','
  const [draft, setDraft] = useState<Draft>(() => toDraft(policy, decimal))
  const [error, setError] = useState<string | null>(null)
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }))
  const setLevel = (i: number, change: Partial<LevelDraft>) => setDraft((d) => ({ ...d, levels: d.levels.map((l, k) => (k === i ? { ...l, ...change } : l)) }))
  const save = useMutation({
    mutationFn: (input: PolicyInputDto) => api.dunning.savePolicy({ id, policy: input }),
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('dunning.policies.saved') })
      onClose()
    }
  })
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const minimumCents = typedCents(draft.minimum, language)
    const fees = draft.levels.map((l) => typedCents(l.fee, language))
    if (minimumCents === null || fees.some((f) => f === null)) return setError(t('dunning.policies.invalidAmount'))
    setError(null)
    const { minimum: _m, levels, ...rest } = draft
    save.mutate({ ...rest, minimumCents, levels: levels.map(({ fee: _f, ...l }, i) => ({ ...l, feeCents: fees[i] ?? 0, autoSend: l.autoSend && l.channel === 'email' })) })
  }
  const addLevel = () => {
    const last = draft.levels.at(-1)
    const level = draft.levels.length + 1
    set('levels', [...draft.levels, { level, name: t('dunning.level', { level }), daysAfterDue: (last?.daysAfterDue ?? 0) + 14, minDaysSincePrevious: 14, channel: 'letter', template: 'demand', fee: amountText(0, decimal), chargeCosts: false, chargeInterest: false, legalNotice: false, autoSend: false }])
  }
  const channels = DUNNING_CHANNELS.map((c) => ({ value: c, label: t(`dunning.channels.${c}`) }))
  return (
    <Modal opened onClose={onClose} size="95%" title={draft.name}>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <TextInput label={t('dunning.policies.name')} value={draft.name} onChange={(e) => set('name', e.currentTarget.value)} required />
            <Select label={t('dunning.policies.regime')} data={REGIMES.map((r) => ({ value: r, label: t(`dunning.policies.regimes.${r}`) }))} value={draft.regime} onChange={(v) => v && set('regime', v as Draft['regime'])} allowDeselect={false} />
            <TextInput label={t('dunning.policies.minimum')} value={draft.minimum} onChange={(e) => set('minimum', e.currentTarget.value)} />
            <NumberInput label={t('dunning.policies.interval')} value={draft.minIntervalDays} min={0} max={365} onChange={(v) => set('minIntervalDays', Number(v) || 0)} />
            <Group align="flex-end">
              <Switch label={t('dunning.policies.courtesy')} checked={draft.courtesyDays !== null} onChange={(e) => set('courtesyDays', e.currentTarget.checked ? -3 : null)} />
              {draft.courtesyDays !== null && (
                <NumberInput label={t('dunning.policies.courtesyDays')} value={-draft.courtesyDays} min={0} max={30} w={110} onChange={(v) => set('courtesyDays', -(Number(v) || 0))} />
              )}
            </Group>
            <Select label={t('dunning.policies.courtesyChannel')} data={channels} value={draft.courtesyChannel} onChange={(v) => v && set('courtesyChannel', v as Draft['courtesyChannel'])} allowDeselect={false} />
          </SimpleGrid>
          <Group>
            <Checkbox label={t('dunning.policies.isDefault')} checked={draft.isDefault} onChange={(e) => set('isDefault', e.currentTarget.checked)} />
            <Checkbox label={t('dunning.policies.archived')} checked={draft.archived} onChange={(e) => set('archived', e.currentTarget.checked)} />
          </Group>
          <Title order={3} size="h5">
            {t('dunning.policies.levels')}
          </Title>
          <Table fz="sm" withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>#</Table.Th>
                {(['name', 'daysAfterDue', 'minDaysSincePrevious', 'channel', 'template', 'fee'] as const).map((f) => (
                  <Table.Th key={f}>{t(`dunning.policies.levelFields.${f}`)}</Table.Th>
                ))}
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {draft.levels.map((l, i) => (
                <Table.Tr key={l.level}>
                  <Table.Td>{l.level}</Table.Td>
                  <Table.Td>
                    <TextInput size="xs" value={l.name} onChange={(e) => setLevel(i, { name: e.currentTarget.value })} aria-label={t('dunning.policies.levelFields.name')} />
                  </Table.Td>
                  <Table.Td>
                    <NumberInput size="xs" w={90} min={0} max={730} value={l.daysAfterDue} onChange={(v) => setLevel(i, { daysAfterDue: Number(v) || 0 })} aria-label={t('dunning.policies.levelFields.daysAfterDue')} />
                  </Table.Td>
                  <Table.Td>
                    <NumberInput size="xs" w={90} min={0} max={365} value={l.minDaysSincePrevious} onChange={(v) => setLevel(i, { minDaysSincePrevious: Number(v) || 0 })} aria-label={t('dunning.policies.levelFields.minDaysSincePrevious')} />
                  </Table.Td>
                  <Table.Td>
                    <Select size="xs" w={120} data={channels} value={l.channel} onChange={(v) => v && setLevel(i, { channel: v as Level['channel'] })} allowDeselect={false} />
                  </Table.Td>
                  <Table.Td>
                    <Select size="xs" w={190} data={TEMPLATE_KEYS.map((k) => ({ value: k, label: t(`dunning.policies.templates.${k}`) }))} value={l.template} onChange={(v) => v && setLevel(i, { template: v })} allowDeselect={false} />
                  </Table.Td>
                  <Table.Td>
                    <TextInput size="xs" w={90} value={l.fee} onChange={(e) => setLevel(i, { fee: e.currentTarget.value })} aria-label={t('dunning.policies.levelFields.fee')} />
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      {(['chargeCosts', 'chargeInterest', 'legalNotice', 'autoSend'] as const).map((f) => (
                        <Checkbox key={f} size="xs" label={t(`dunning.policies.levelFields.${f}`)} checked={l[f]} disabled={f === 'autoSend' && l.channel !== 'email'} onChange={(e) => setLevel(i, { [f]: e.currentTarget.checked })} />
                      ))}
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group>
            <Button variant="default" size="xs" onClick={addLevel} disabled={draft.levels.length >= 12}>
              {t('dunning.policies.addLevel')}
            </Button>
            <Button variant="subtle" size="xs" color="red" onClick={() => set('levels', draft.levels.slice(0, -1))} disabled={draft.levels.length === 0}>
              {t('dunning.policies.removeLevel')}
            </Button>
          </Group>
          {error && (
            <Text size="sm" c="red">
              {error}
            </Text>
          )}
          <FormActions onCancel={onClose} saving={save.isPending} saveTestId="policy-save" />
        </Stack>
      </form>
    </Modal>
  )
}
