import { EmptyState, Stack, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/** An honest empty state until the bank-statement screens arrive; no made-up payments. */
export function PaymentsPage() {
  const { t } = useTranslation()
  return (
    <Stack gap="sm">
      <Title order={1} size="h2">
        {t('payments.title')}
      </Title>
      <EmptyState title={t('payments.emptyTitle')} description={t('payments.emptyText')} mt="xl" />
    </Stack>
  )
}
