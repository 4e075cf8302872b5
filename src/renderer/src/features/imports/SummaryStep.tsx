// Step three: what the import did, the rows it left out and why, and saving the mapping for next time.
import { Alert, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportOptionsDto, ImportPreviewDto, ImportSummaryDto } from '../../../../shared/ipc/imports.contract'
import { useApi } from '../../api/ApiProvider'
import { AmountChanges } from './AmountChanges'
import { CountTiles } from './CountTiles'
import { KeptByAllocations } from './KeptByAllocations'
import { useRejectedCsv } from './use-rejected-csv'
import { money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'

type Props = { summary: ImportSummaryDto; preview: ImportPreviewDto; fileId: string; options: ImportOptionsDto; onDone: () => void }

export function SummaryStep({ summary, preview, fileId, options, onDone }: Props) {
  const { t } = useTranslation()
  const api = useApi()
  const queryClient = useQueryClient()
  const [name, setName] = useState('')
  const csv = useRejectedCsv(fileId, options)
  const { preset: _preset, ...mapOptions } = options
  const save = useMutation({
    mutationFn: () => api.imports.saveMapping({ name, preset: preview.preset, options: { ...mapOptions, mapping: preview.mapping } }),
    meta: { inlineErrors: true },
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: ['settings', 'import-mappings'] })
      notifications.show({ color: 'teal', message: t('imports.mappingSaved', { name: saved.name }) })
    }
  })
  const language = useLanguage()
  const auditfile: [string, number | string][] =
    preview.format === 'xaf'
      ? [
          ['imports.xaf.summary.openTotal', money(summary.openTotalCents, language)],
          ['imports.xaf.summary.paidHistory', summary.paidHistory],
          ['imports.xaf.summary.historyCreated', summary.history.created],
          ['imports.xaf.summary.historyUpdated', summary.history.updated]
        ]
      : []
  const figures: [string, number | string][] = [
    ['imports.summary.customersCreated', summary.customers.created],
    ['imports.summary.customersUpdated', summary.customers.updated],
    ['imports.summary.invoicesCreated', summary.invoices.created],
    ['imports.summary.invoicesUpdated', summary.invoices.updated + summary.invoices.reopened],
    ['imports.summary.invoicesUnchanged', summary.invoices.unchanged],
    ['imports.summary.archived', summary.invoices.archived],
    ['imports.summary.rejected', summary.rejectedCount]
  ]
  return (
    <Stack gap="md">
      <Alert color="teal" title={t('imports.summary.title')}>
        {t('imports.summary.done', { file: summary.fileName })}
        {summary.missing > 0 && !summary.full && <Text size="sm">{t('imports.summary.missing', { count: summary.missing })}</Text>}
      </Alert>
      <CountTiles items={figures} cols={{ base: 2, md: 4, lg: 7 }} />
      {auditfile.length > 0 && <CountTiles items={auditfile} cols={{ base: 2, md: 4 }} />}
      <KeptByAllocations conflicts={summary.allocationConflicts} total={summary.allocationConflictCount} stage="summary" />
      <AmountChanges changes={summary.amountChanges} />
      {summary.rejectedCount > 0 && (
        <Stack gap="xs">
          <Group justify="space-between">
            <Title order={3} size="h5">
              {t('imports.summary.rejectedRows')}
            </Title>
            <Button variant="light" onClick={() => csv.mutate()} loading={csv.isPending}>
              {t('imports.summary.downloadRejected')}
            </Button>
          </Group>
          <Table withTableBorder striped aria-label={t('imports.summary.rejectedRows')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={70}>{t('imports.line')}</Table.Th>
                <Table.Th>{t('imports.problem')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {summary.rejected.map((r) => (
                <Table.Tr key={r.line}>
                  <Table.Td>{r.line}</Table.Td>
                  <Table.Td>{r.problems.map((p) => `${p.column ? `${p.column}: ` : ''}${t(`imports.codes.${p.code}`)}${p.value === undefined ? '' : ` (“${p.value}”)`}`).join(' · ')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
      {preview.format !== 'ubl' && preview.format !== 'xaf' && (
        <Group align="end">
          <TextInput
            label={t('imports.saveMappingAs')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={save.error ? t('errors.validation') : null}
            w={320}
          />
          <Button variant="light" onClick={() => save.mutate()} disabled={name.trim() === ''} loading={save.isPending}>
            {t('imports.saveMapping')}
          </Button>
        </Group>
      )}
      <Group>
        <Button onClick={onDone}>{t('imports.another')}</Button>
      </Group>
    </Stack>
  )
}
