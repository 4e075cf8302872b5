import { AppShell, Group, NavLink, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useActivityReports } from '../features/session/use-activity-reports'
import { UpdateBadge } from '../features/updates/UpdateBadge'
import { SECTIONS, type Section, useSection } from '../routes'
import { AdminSwitcher } from './AdminSwitcher'
import { ErrorBoundary } from './ErrorBoundary'
import { JobProgressIndicator } from './JobProgressIndicator'
import { LanguagePicker } from './LanguagePicker'

const ICONS: Record<Section, string> = { dashboard: '◧', today: '☑', invoices: '▤', customers: '◎', risk: '◬', dunning: '✉', payments: '⇄', imports: '⇪', reports: '▥', settings: '⚙' }

export function AppLayout({ current, pages }: { current: { id: string; name: string }; pages: Record<Section, () => ReactNode> }) {
  const { t } = useTranslation()
  const [section, go] = useSection()
  useActivityReports()
  const Page = pages[section]
  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 210, breakpoint: 0 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Title order={2} size="h4" c="blue.8">
              Debito
            </Title>
            <AdminSwitcher current={current} />
          </Group>
          <Group gap="md" wrap="nowrap">
            <JobProgressIndicator />
            <UpdateBadge />
            <LanguagePicker />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('header.navigation')}>
        {SECTIONS.map((s) => (
          <NavLink
            key={s}
            href={`#/${s}`}
            label={t(`nav.${s}`)}
            leftSection={<Text span aria-hidden>{ICONS[s]}</Text>}
            active={s === section}
            onClick={(e) => {
              e.preventDefault()
              go(s)
            }}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0">
        <ErrorBoundary resetKey={section}>
          <Page />
        </ErrorBoundary>
      </AppShell.Main>
    </AppShell>
  )
}
