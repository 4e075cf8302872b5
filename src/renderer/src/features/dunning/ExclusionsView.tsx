// Who gets no reminder, and why: from the draft run when there is one, else from the dry run.
import { Badge, Loader, Table, Text } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { ExclusionDto } from '../../../../shared/ipc/dunning.contract'
import { useApi } from '../../api/ApiProvider'
import { useLanguage } from '../../lib/use-language'
import { explain } from './action-format'

export function ExclusionsView({ runId, asOf }: { runId: number | null; asOf: string }) {
  const { t } = useTranslation()
  const api = useApi()
  const language = useLanguage()
  const query = useQuery({
    queryKey: ['dunning', 'exclusions', runId ?? asOf],
    queryFn: async (): Promise<ExclusionDto[]> => (runId === null ? (await api.dunning.propose({ asOf })).excluded : api.dunning.runExclusions({ runId }))
  })
  if (!query.data) return <Loader size="sm" />
  if (query.data.length === 0) return <Text c="dimmed">{t('dunning.excluded.empty')}</Text>
  return (
    <Table striped fz="sm" data-testid="exclusions">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('dunning.excluded.customer')}</Table.Th>
          <Table.Th>{t('dunning.excluded.reason')}</Table.Th>
          <Table.Th>{t('dunning.excluded.explanation')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {query.data.map((x, i) => (
          <Table.Tr key={`${x.customerId}-${i}`}>
            <Table.Td>
              {x.customerName}
              <Text size="xs" c="dimmed">
                {x.customerCode}
              </Text>
            </Table.Td>
            <Table.Td>
              {/* at its full width: the long explanations beside it would otherwise squeeze it to "CONFIÉ …" */}
              <Badge variant="light" color="gray" miw="max-content">
                {t(`dunning.reasons.${x.reason}`)}
              </Badge>
            </Table.Td>
            <Table.Td>{explain(x.explanation, language).join('; ')}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
