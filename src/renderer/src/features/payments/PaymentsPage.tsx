import { EmptyState, Stack, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/** Says plainly that the bank screens are still to come; shows no made-up payments. */
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
