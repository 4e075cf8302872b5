// Every problem the preview found, with the line and column the bookkeeper looks up in the file.
import { Badge, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ProblemDto } from '../../../../shared/ipc/imports.contract'

export function ProblemList({ problems, total, columnLabel }: { problems: ProblemDto[]; total: number; columnLabel?: string }) {
  const { t } = useTranslation()
  if (problems.length === 0) return <Text c="teal.8">{t('imports.noProblems')}</Text>
  return (
    <>
      <Table withTableBorder striped aria-label={t('imports.problems')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={90}>{t('imports.severity')}</Table.Th>
            <Table.Th w={70}>{t('imports.line')}</Table.Th>
            <Table.Th w={160}>{columnLabel ?? t('imports.column')}</Table.Th>
            <Table.Th>{t('imports.problem')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((p, i) => (
            <Table.Tr key={`${p.line ?? 'file'}-${p.column ?? ''}-${i}`}>
              <Table.Td>
                <Badge color={p.severity === 'error' ? 'red' : 'yellow'} variant="light">
                  {t(`imports.severities.${p.severity}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{p.line ?? t('imports.wholeFile')}</Table.Td>
              <Table.Td>{p.column ?? ''}</Table.Td>
              <Table.Td>
                {t(`imports.codes.${p.code}`)}
                {p.value === undefined ? '' : ` (“${p.value}”)`}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {total > problems.length && <Text size="sm">{t('imports.moreProblems', { count: total - problems.length })}</Text>}
    </>
  )
}
