// Scores of credit bureaus (Graydon, Creditsafe, Companyweb, D&B): entered by hand here or imported from a
// CSV; the newest one is one more reason of the risk score.
import { ActionIcon, Button, Group, NumberInput, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { localToday } from '../../../../shared/dates'
import { AGENCY_NAMES } from '../../../../shared/domains/risk/score'
import { EXTERNAL_AGENCIES, type ExternalAgency } from '../../../../shared/domains/risk/vocabulary'
import type { RiskCardDto } from '../../../../shared/ipc/risk.contract'
import { useApi } from '../../api/ApiProvider'
import { date } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { DateField } from '../../components/DateField'

type Draft = { agency: ExternalAgency; score: number | null; rating: string; scoredOn: string | null }

export function ExternalScores({ card }: { card: RiskCardDto }) {
  const { t } = useTranslation()
  const api = useApi()
  const language = useLanguage()
  const agencyName = (a: ExternalAgency) => (a === 'other' ? t('risk.scoreForm.other') : AGENCY_NAMES[a])
  const empty: Draft = { agency: 'graydon', score: null, rating: '', scoredOn: localToday() }
  const [draft, setDraft] = useState<Draft | null>(null)
  const add = useMutation({
    mutationFn: (d: Draft) => api.risk.addScore({ customerId: card.customerId, agency: d.agency, score: d.score ?? 0, rating: d.rating.trim() || null, scoredOn: d.scoredOn ?? localToday() }),
    onSuccess: () => setDraft(null)
  })
  const remove = useMutation({ mutationFn: (id: number) => api.risk.deleteScore({ id }) })
  return (
    <Paper withBorder p="md" radius="md" aria-label={t('risk.card.external')}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3} size="h5">
            {t('risk.card.external')}
          </Title>
          {draft === null && (
            <Button size="xs" variant="light" onClick={() => setDraft(empty)}>
              {t('risk.card.addScore')}
            </Button>
          )}
        </Group>
        {card.externalScores.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('risk.card.noExternal')}
          </Text>
        ) : (
          <Table fz="sm" verticalSpacing={2}>
            <Table.Tbody>
              {card.externalScores.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>{agencyName(s.agency)}</Table.Td>
                  <Table.Td ta="right" fw={600}>
                    {s.score}
                    {s.rating ? ` (${s.rating})` : ''}
                  </Table.Td>
                  <Table.Td>{date(s.scoredOn, language)}</Table.Td>
                  <Table.Td c="dimmed">{s.source === 'csv' ? 'CSV' : ''}</Table.Td>
                  <Table.Td ta="right">
                    <ActionIcon size="sm" variant="subtle" color="red" aria-label={t('risk.card.deleteScore')} onClick={() => remove.mutate(s.id)}>
                      ×
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {draft !== null && (
          <form
            onSubmit={(e) => {
              e.preventDefault()
              add.mutate(draft)
            }}
          >
            <Group align="flex-end" gap="xs">
              <Select
                w={150}
                label={t('risk.scoreForm.agency')}
                data={EXTERNAL_AGENCIES.map((a) => ({ value: a, label: agencyName(a) }))}
                value={draft.agency}
                onChange={(v) => v && setDraft({ ...draft, agency: v as ExternalAgency })}
                allowDeselect={false}
              />
              <NumberInput w={170} label={t('risk.scoreForm.score')} value={draft.score ?? ''} onChange={(v) => setDraft({ ...draft, score: typeof v === 'number' ? v : null })} min={0} max={100} allowDecimal={false} required />
              <TextInput w={110} label={t('risk.scoreForm.rating')} value={draft.rating} onChange={(e) => setDraft({ ...draft, rating: e.currentTarget.value })} />
              <DateField w={140} label={t('risk.scoreForm.scoredOn')} value={draft.scoredOn} onChange={(v) => setDraft({ ...draft, scoredOn: v })} required />
              <Button type="submit" size="sm" loading={add.isPending} disabled={draft.score === null || draft.scoredOn === null}>
                {t('app.save')}
              </Button>
              <Button size="sm" variant="default" onClick={() => setDraft(null)}>
                {t('app.cancel')}
              </Button>
            </Group>
          </form>
        )}
      </Stack>
    </Paper>
  )
}
