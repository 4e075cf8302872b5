// The aging report: as of any day, by due or invoice date, with the buckets the bookkeeper chooses;
// totals with the disputed part and unapplied payments apart, then per customer. Every bucket, row and
// amount opens the invoices behind it; the whole report exports to Excel, CSV or PDF.
import { Button, Group, Paper, SegmentedControl, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { useMutation, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { localToday } from '../../../../shared/dates'
import { type AgingBasis, parseAgingBounds } from '../../../../shared/domains/reports/aging'
import { bucketLabel, reportTexts } from '../../../../shared/domains/reports/texts'
import type { AgingCellDto } from '../../../../shared/ipc/reports.contract'
import { useApi } from '../../api/ApiProvider'
import { usePagedList } from '../../api/use-paged-list'
import { count, money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { AgingChart } from '../dashboard/AgingChart'
import { DateField } from '../../components/DateField'
import { ExportMenu } from './ExportMenu'
import { useDrill } from './use-drill'

const num = { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } as const
const PAGE = 100

function boundsOf(text: string): number[] | null {
  try {
    return parseAgingBounds(text)
  } catch {
    return null
  }
}

export function AgingReport() {
  const { t } = useTranslation()
  const api = useApi()
  const language = useLanguage()
  const texts = reportTexts(language)
  const drill = useDrill()
  const saved = useQuery({ queryKey: ['reports', 'aging-settings'], queryFn: () => api.reports.agingSettings({}) }).data
  const [asOf, setAsOf] = useState(localToday())
  // the saved setting fills the controls until the user changes them
  const [chosenBasis, setBasis] = useState<AgingBasis | null>(null)
  const [typedBounds, setBoundsText] = useState<string | null>(null)
  const basis = chosenBasis ?? saved?.basis ?? null
  const boundsText = typedBounds ?? saved?.bounds.join(', ') ?? null
  const [search, setSearch] = useState('')
  const [needle] = useDebouncedValue(search.trim(), 250)
  const bounds = boundsOf(boundsText ?? '')
  const choice = basis && bounds ? { asOf, basis, bounds } : null
  // one query: its first page carries the totals, later pages more customers
  const customers = usePagedList(
    ['reports', 'aging', choice, needle],
    (offset, limit) => api.reports.aging({ ...(choice ?? {}), search: needle || undefined, offset, limit }).then((r) => ({ rows: r.customers, total: r.customersTotal, report: r })),
    PAGE
  )
  const report = choice ? customers.first?.report : undefined
  const saveDefault = useMutation({
    mutationFn: () => api.reports.setAgingSettings({ basis: basis ?? 'due', bounds: bounds ?? [] }),
    onSuccess: () => notifications.show({ color: 'teal', message: t('reports.savedDefault') })
  })
  const toBucket = (b: Pick<AgingCellDto, 'fromDays' | 'toDays'>, customerId?: number) =>
    drill.invoices({ view: 'open', asOf, bucket: { basis: basis ?? 'due', fromDays: b.fromDays, toDays: b.toDays }, ...(customerId ? { customerId } : {}) })
  const total = report?.totalCents ?? 0

  return (
    <Stack gap="md">
      <Group align="end" justify="space-between">
        <Group align="end" gap="sm">
          <DateField size="xs" w={140} label={t('reports.asOfLabel')} value={asOf} onChange={setAsOf} />
          <Stack gap={2}>
            <Text size="xs" fw={500}>
              {t('reports.basisLabel')}
            </Text>
            <SegmentedControl
              size="xs"
              value={basis ?? 'due'}
              onChange={(v) => setBasis(v as AgingBasis)}
              data={[
                { value: 'due', label: t('reports.basisDue') },
                { value: 'invoice', label: t('reports.basisInvoice') }
              ]}
            />
          </Stack>
          <TextInput size="xs" w={170} label={t('reports.boundsLabel')} placeholder={t('reports.boundsHint')} value={boundsText ?? ''} onChange={(e) => setBoundsText(e.currentTarget.value)} error={boundsText !== null && !bounds ? t('reports.boundsHint') : undefined} />
          <Button size="xs" variant="subtle" disabled={!choice} loading={saveDefault.isPending} onClick={() => saveDefault.mutate()}>
            {t('reports.saveDefault')}
          </Button>
        </Group>
        {choice && <ExportMenu ask={{ report: 'aging', ...choice }} pdf />}
      </Group>
      {report && (
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h4" mb="xs">
            {t('reports.titles.aging')} · {texts.basis[report.basis]}
          </Title>
          <AgingChart buckets={report.buckets} onSelect={(b) => toBucket(b)} height={200} />
          <Table striped mt="sm" aria-label={t('reports.titles.aging')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reports.bucketColumn')}</Table.Th>
                <Table.Th style={num}>{t('reports.columns.count')}</Table.Th>
                <Table.Th style={num}>{t('reports.columns.openCents')}</Table.Th>
                <Table.Th style={num}>{t('reports.columns.share')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.buckets.map((b) => (
                <Table.Tr key={b.label} onClick={() => toBucket(b)} style={{ cursor: 'pointer' }}>
                  <Table.Td>{bucketLabel(texts, b)}</Table.Td>
                  <Table.Td style={num}>{count(b.count, language)}</Table.Td>
                  <Table.Td style={num}>{money(b.cents, language)}</Table.Td>
                  <Table.Td style={num}>{total > 0 ? `${Math.round((100 * b.cents) / total)}%` : '—'}</Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr fw={700}>
                <Table.Td>{t('reports.total')}</Table.Td>
                <Table.Td style={num}>{count(report.totalCount, language)}</Table.Td>
                <Table.Td style={num}>{money(report.totalCents, language)}</Table.Td>
                <Table.Td style={num}>{total > 0 ? '100%' : '—'}</Table.Td>
              </Table.Tr>
              <Table.Tr onClick={() => drill.invoices({ view: 'disputed', asOf })} style={{ cursor: 'pointer' }}>
                <Table.Td c="dimmed">{t('reports.ofWhichDisputed')}</Table.Td>
                <Table.Td style={num}>{count(report.disputedCount, language)}</Table.Td>
                <Table.Td style={num}>{money(report.disputedCents, language)}</Table.Td>
                <Table.Td />
              </Table.Tr>
              <Table.Tr onClick={() => drill.list('unapplied')} style={{ cursor: 'pointer' }}>
                <Table.Td c="dimmed">{t('reports.unapplied')}</Table.Td>
                <Table.Td style={num}>{count(report.unappliedCount, language)}</Table.Td>
                <Table.Td style={num}>{money(report.unappliedCents, language)}</Table.Td>
                <Table.Td />
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" mb="xs">
          <Title order={2} size="h4">
            {t('reports.customersTitle')}
          </Title>
          <TextInput size="xs" w={260} placeholder={t('reports.searchCustomers')} aria-label={t('reports.searchCustomers')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
        </Group>
        <Table.ScrollContainer minWidth={700}>
          <Table striped highlightOnHover aria-label={t('reports.customersTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reports.columns.customerName')}</Table.Th>
                {(report?.buckets ?? []).map((b) => (
                  <Table.Th key={b.label} style={num}>
                    {bucketLabel(texts, b)}
                  </Table.Th>
                ))}
                <Table.Th style={num}>{t('reports.total')}</Table.Th>
                <Table.Th style={num}>{t('reports.columns.disputedCents')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {customers.rows.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td style={{ cursor: 'pointer' }} onClick={() => drill.invoices({ view: 'open', asOf, customerId: c.id })}>
                    <Text size="sm">{c.name}</Text>
                    <Text size="xs" c="dimmed">
                      {c.code}
                    </Text>
                  </Table.Td>
                  {c.buckets.map((b) => (
                    <Table.Td key={b.label} style={{ ...num, cursor: b.count > 0 ? 'pointer' : undefined }} onClick={b.count > 0 ? () => toBucket(b, c.id) : undefined}>
                      {b.count > 0 ? money(b.cents, language) : ''}
                    </Table.Td>
                  ))}
                  <Table.Td style={num} fw={600}>
                    {money(c.totalCents, language)}
                  </Table.Td>
                  <Table.Td style={num}>{c.disputedCents !== 0 ? money(c.disputedCents, language) : ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group justify="space-between" mt="xs">
          <Text size="xs" c="dimmed">
            {customers.first ? t('reports.customersShown', { shown: count(customers.rows.length, language), total: count(customers.first.total, language) }) : t('app.loading')}
          </Text>
          {customers.hasMore && (
            <Button size="xs" variant="light" onClick={customers.loadMore}>
              {t('reports.loadMore')}
            </Button>
          )}
        </Group>
      </Paper>
    </Stack>
  )
}
