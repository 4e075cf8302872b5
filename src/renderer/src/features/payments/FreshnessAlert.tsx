// The freshness guard as the user meets it: on the Payments page and above the reminder lists, so no
// reminder goes out on bank data older than the administration allows.
import { Alert } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useApi } from '../../api/ApiProvider'

export function FreshnessAlert() {
  const { t } = useTranslation()
  const api = useApi()
  const data = useQuery({ queryKey: ['payments', 'freshness'], queryFn: () => api.payments.freshness({}) }).data
  if (!data || data.level === 'ok') return null
  const stale = data.accounts.filter((a) => a.stale)
  return (
    <Alert color={data.level === 'block' ? 'red' : 'yellow'} data-testid="freshness-alert">
      {data.accounts.length === 0
        ? t('bank.freshness.none')
        : t(`bank.freshness.${data.level}`, { days: data.settings.maxAgeDays, accounts: stale.map((a) => a.account).join(', ') })}
    </Alert>
  )
}
