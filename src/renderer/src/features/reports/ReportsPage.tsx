// Rapporten: the aging, the key figures and the lists, each exportable; the tab and list are in the
// address (#/reports?tab=lists&list=unapplied) so the dashboard can open them.
import { Stack, Tabs, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { REPORT_LISTS, type ReportList } from '../../../../shared/domains/reports/tables'
import { useRouteQuery, useSection } from '../../routes'
import { AgingReport } from './AgingReport'
import { KpiReport } from './KpiReport'
import { ReportLists } from './ReportLists'

const TABS = ['aging', 'kpis', 'lists'] as const
type Tab = (typeof TABS)[number]

export function ReportsPage() {
  const { t } = useTranslation()
  const query = useRouteQuery()
  const [, go] = useSection()
  const tab = (TABS as readonly string[]).includes(query.get('tab') ?? '') ? (query.get('tab') as Tab) : 'aging'
  const list = (REPORT_LISTS as readonly string[]).includes(query.get('list') ?? '') ? (query.get('list') as ReportList) : 'open-items'
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('reports.title')}
      </Title>
      <Tabs value={tab} onChange={(v) => go('reports', { tab: v ?? 'aging', ...(v === 'lists' ? { list } : {}) })} keepMounted={false}>
        <Tabs.List>
          {TABS.map((k) => (
            <Tabs.Tab key={k} value={k}>
              {t(`reports.tabs.${k}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="aging" pt="md">
          <AgingReport />
        </Tabs.Panel>
        <Tabs.Panel value="kpis" pt="md">
          <KpiReport />
        </Tabs.Panel>
        <Tabs.Panel value="lists" pt="md">
          <ReportLists list={list} onList={(next) => go('reports', { tab: 'lists', list: next })} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  )
}
