// Risk and credit: the portfolio of the administration and its cash-in forecast.
import { Stack, Tabs, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ForecastView } from './ForecastView'
import { PortfolioView } from './PortfolioView'

export function RiskPage() {
  const { t } = useTranslation()
  return (
    <Stack gap="sm">
      <Title order={1} size="h2">
        {t('risk.title')}
      </Title>
      <Tabs defaultValue="portfolio" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="portfolio">{t('risk.tabs.portfolio')}</Tabs.Tab>
          <Tabs.Tab value="forecast">{t('risk.tabs.forecast')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="portfolio" pt="sm">
          <PortfolioView />
        </Tabs.Panel>
        <Tabs.Panel value="forecast" pt="sm">
          <ForecastView />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  )
}
