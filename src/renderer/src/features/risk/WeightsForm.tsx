// The risk score's weights in Settings: points per unit and the maximum of every reason, and the class
// bounds. Saving recomputes the scores; "Defaults" puts the shipped weights back.
import { Button, Group, NumberInput, Stack, Table } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMutation, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FACTORS, type RiskWeights } from '../../../../shared/domains/risk/weights'
import { useApi } from '../../api/ApiProvider'
import { useLanguage } from '../../lib/use-language'

function WeightsTable({ initial, defaults }: { initial: RiskWeights; defaults: RiskWeights }) {
  const { t } = useTranslation()
  const api = useApi()
  const language = useLanguage()
  const [w, setW] = useState(initial)
  const save = useMutation({
    mutationFn: (weights: RiskWeights | null) => api.risk.setWeights({ weights }),
    onSuccess: (saved) => {
      setW(saved)
      notifications.show({ color: 'teal', message: t('risk.settings.saved') })
    }
  })
  const num = (v: string | number) => (typeof v === 'number' ? v : 0)
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault()
        save.mutate(w)
      }}
    >
      <Stack gap="sm">
        <Table fz="sm" verticalSpacing={2} data-testid="risk-weights">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('risk.settings.factor')}</Table.Th>
              <Table.Th w={130}>{t('risk.settings.perUnit')}</Table.Th>
              <Table.Th w={110}>{t('risk.settings.cap')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {FACTORS.map((f) => (
              <Table.Tr key={f}>
                <Table.Td>{t(`risk.settings.factors.${f}`)}</Table.Td>
                <Table.Td>
                  <NumberInput
                    size="xs"
                    aria-label={`${t(`risk.settings.factors.${f}`)}: ${t('risk.settings.perUnit')}`}
                    value={w.factors[f].weight}
                    min={0}
                    max={100}
                    decimalScale={2}
                    decimalSeparator={language === 'en' ? '.' : ','}
                    onChange={(v) => setW({ ...w, factors: { ...w.factors, [f]: { ...w.factors[f], weight: num(v) } } })}
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    size="xs"
                    aria-label={`${t(`risk.settings.factors.${f}`)}: ${t('risk.settings.cap')}`}
                    value={w.factors[f].cap}
                    min={0}
                    max={100}
                    allowDecimal={false}
                    onChange={(v) => setW({ ...w, factors: { ...w.factors, [f]: { ...w.factors[f], cap: num(v) } } })}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group gap="xs" align="flex-end">
          {w.classBounds.map((b, i) => (
            <NumberInput
              key={i}
              w={90}
              size="xs"
              label={i === 0 ? t('risk.settings.classBounds') : undefined}
              aria-label={`${t('risk.settings.classBounds')} ${'ABCD'[i]}`}
              leftSection={'ABCD'[i]}
              value={b}
              min={1}
              max={100}
              allowDecimal={false}
              onChange={(v) => setW({ ...w, classBounds: w.classBounds.map((x, j) => (j === i ? num(v) : x)) as RiskWeights['classBounds'] })}
              styles={{ label: { whiteSpace: 'nowrap' } }}
            />
          ))}
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => (setW(defaults), save.mutate(null))}>
            {t('risk.settings.reset')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('risk.settings.saveWeights')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

export function WeightsForm() {
  const api = useApi()
  const q = useQuery({ queryKey: ['risk', 'weights'], queryFn: () => api.risk.getWeights({}) })
  return q.data ? <WeightsTable key={q.dataUpdatedAt} initial={q.data.weights} defaults={q.data.defaults} /> : null
}
