// Choosing some of a customer's open invoices: a checkbox list with number, due date and open amount.
import { Checkbox, Group, ScrollArea, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { InvoiceRowDto } from '../../../../shared/ipc/invoices.contract'
import { date, money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'

type Props = { invoices: readonly InvoiceRowDto[]; value: readonly number[]; onChange: (ids: number[]) => void; error?: string | undefined; height?: number }

export function InvoicePicker({ invoices, value, onChange, error, height = 180 }: Props) {
  const { t } = useTranslation()
  const language = useLanguage()
  if (invoices.length === 0) return <Text size="sm" c="dimmed">{t('arrangements.noOpenInvoices')}</Text>
  const chosen = invoices.filter((i) => value.includes(i.id))
  const toggle = (id: number, on: boolean) => onChange(on ? [...value, id] : value.filter((v) => v !== id))
  return (
    <Stack gap={4}>
      <Group justify="space-between">
        <Checkbox
          size="xs"
          label={t('arrangements.allOpen')}
          checked={chosen.length === invoices.length}
          indeterminate={chosen.length > 0 && chosen.length < invoices.length}
          onChange={(e) => onChange(e.currentTarget.checked ? invoices.map((i) => i.id) : [])}
        />
        <Text size="xs" c="dimmed">
          {t('arrangements.selected', { count: chosen.length, amount: money(chosen.reduce((s, i) => s + i.openCents, 0), language) })}
        </Text>
      </Group>
      <ScrollArea.Autosize mah={height} type="auto" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}>
        <Stack gap={2} p={6}>
          {invoices.map((i) => (
            <Checkbox
              key={i.id}
              size="xs"
              checked={value.includes(i.id)}
              onChange={(e) => toggle(i.id, e.currentTarget.checked)}
              label={
                <Group gap="xs" wrap="nowrap">
                  <Text size="xs" fw={600} w={110}>
                    {i.number}
                  </Text>
                  <Text size="xs" c={i.daysOverdue > 0 ? 'red.7' : 'dimmed'} w={130}>
                    {t('arrangements.dueOn', { date: date(i.dueDate, language) })}
                  </Text>
                  <Text size="xs" ta="right" w={100} style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {money(i.openCents, language)}
                  </Text>
                </Group>
              }
            />
          ))}
        </Stack>
      </ScrollArea.Autosize>
      {error && (
        <Text size="xs" c="red">
          {error}
        </Text>
      )}
    </Stack>
  )
}
