import { Grid, Loader, Paper, Stack, Table, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useApi } from '../../api/ApiProvider'
import { money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { bucketLabel, reportTexts } from '../../../../shared/domains/reports/texts'
import { useDashboard } from '../dashboard/use-dashboard'

const num = { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } as const

export function ReportsPage() {
  const { t } = useTranslation()
  const api = useApi()
  const language = useLanguage()
  const dashboard = useDashboard().data
  const top = useQuery({
    queryKey: ['customers', 'top-overdue'],
    queryFn: () => api.customers.list({ sort: 'overdueCents', direction: 'desc', limit: 10 })
  }).data
  const totalCents = dashboard?.aging.reduce((s, a) => s + a.cents, 0) ?? 0
  const totalCount = dashboard?.aging.reduce((s, a) => s + a.count, 0) ?? 0

  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('reports.title')}
      </Title>
      <Grid>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Paper withBorder p="md" radius="md">
            <Title order={2} size="h4" mb="sm">
              {t('reports.aging')}
            </Title>
            {!dashboard ? (
              <Loader size="sm" />
            ) : (
              <Table striped aria-label={t('reports.aging')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('reports.bucket')}</Table.Th>
                    <Table.Th style={num}>{t('reports.items')}</Table.Th>
                    <Table.Th style={num}>{t('reports.amount')}</Table.Th>
                    <Table.Th style={num}>{t('reports.share')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {dashboard.aging.map((a) => (
                    <Table.Tr key={a.label}>
                      <Table.Td>{bucketLabel(reportTexts(language), a)}</Table.Td>
                      <Table.Td style={num}>{a.count}</Table.Td>
                      <Table.Td style={num}>{money(a.cents, language)}</Table.Td>
                      <Table.Td style={num}>{totalCents > 0 ? `${Math.round((100 * a.cents) / totalCents)}%` : '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                  <Table.Tr fw={700}>
                    <Table.Td>{t('reports.total')}</Table.Td>
                    <Table.Td style={num}>{totalCount}</Table.Td>
                    <Table.Td style={num}>{money(totalCents, language)}</Table.Td>
                    <Table.Td style={num}>{totalCents > 0 ? '100%' : '—'}</Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
            )}
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Paper withBorder p="md" radius="md">
            <Title order={2} size="h4" mb="sm">
              {t('reports.topDebtors')}
            </Title>
            <Table striped aria-label={t('reports.topDebtors')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('customers.columns.name')}</Table.Th>
                  <Table.Th style={num}>{t('customers.columns.overdueCents')}</Table.Th>
                  <Table.Th style={num}>{t('customers.columns.oldestOverdueDays')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(top?.rows ?? [])
                  .filter((c) => c.overdueCents > 0)
                  .map((c) => (
                    <Table.Tr key={c.id}>
                      <Table.Td>{c.name}</Table.Td>
                      <Table.Td style={num}>{money(c.overdueCents, language)}</Table.Td>
                      <Table.Td style={num}>{c.oldestOverdueDays}</Table.Td>
                    </Table.Tr>
                  ))}
              </Table.Tbody>
            </Table>
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  )
}
