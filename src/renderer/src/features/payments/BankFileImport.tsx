// Drop a bank file, see what it holds (statements, balances, warnings), then import it.
import { Alert, Badge, Button, Group, List, Paper, Stack, Table, Text } from '@mantine/core'
import { useMutation, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { StagedFileDto } from '../../../../shared/ipc/files.contract'
import type { BankImportSummaryDto } from '../../../../shared/ipc/payments.contract'
import { useApi } from '../../api/ApiProvider'
import { FileDrop } from '../../components/FileDrop'
import { date, money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'

export function BankFileImport() {
  const { t } = useTranslation()
  const api = useApi()
  const language = useLanguage()
  const [file, setFile] = useState<StagedFileDto | null>(null)
  const [result, setResult] = useState<BankImportSummaryDto | null>(null)
  const parsed = useQuery({ queryKey: ['payments', 'parse', file?.fileId], queryFn: () => api.payments.parse({ fileId: file?.fileId ?? '' }), enabled: file !== null })
  const run = useMutation({
    mutationFn: () => api.payments.import({ fileId: file?.fileId ?? '' }),
    onSuccess: (summary) => {
      setResult(summary)
      setFile(null)
    }
  })
  const warnings = (list: string[]) =>
    list.length > 0 && (
      <Alert color="yellow" title={t('bank.warnings')}>
        <List size="sm">
          {list.map((w) => (
            <List.Item key={w}>{w}</List.Item>
          ))}
        </List>
      </Alert>
    )

  return (
    <Stack gap="sm">
      {result && (
        <Alert color="teal" title={t('bank.imported', { file: result.file })} withCloseButton onClose={() => setResult(null)} data-testid="bank-import-summary">
          {t('bank.importSummary', { newEntries: result.newEntries, duplicates: result.duplicates, autoMatched: result.autoMatched, proposals: result.proposals, unmatched: result.unmatched, returns: result.returns })}
          {warnings(result.warnings)}
        </Alert>
      )}
      {!file && <FileDrop kind="bank" label={t('bank.dropLabel')} hint={t('bank.dropHint')} onStaged={setFile} />}
      {file && (
        <Paper withBorder p="md">
          <Stack gap="sm">
            <Group gap="xs">
              <Text fw={600}>{file.name}</Text>
              {parsed.data && <Badge variant="light">{t(`bank.formats.${parsed.data.format}`)}</Badge>}
            </Group>
            {parsed.isError && <Alert color="red">{parsed.error.message}</Alert>}
            {parsed.data && (
              <>
                <Table withTableBorder aria-label={t('bank.statements')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('bank.account')}</Table.Th>
                      <Table.Th>{t('bank.opening')}</Table.Th>
                      <Table.Th>{t('bank.closing')}</Table.Th>
                      <Table.Th ta="right">{t('bank.entries')}</Table.Th>
                      <Table.Th ta="right">{t('bank.credits')}</Table.Th>
                      <Table.Th ta="right">{t('bank.debits')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {parsed.data.statements.map((s, i) => (
                      <Table.Tr key={`${s.account}-${i}`}>
                        <Table.Td ff="monospace">{s.account}</Table.Td>
                        <Table.Td>{`${date(s.opening.date, language)} · ${money(s.opening.amountCents, language)}`}</Table.Td>
                        <Table.Td>{`${date(s.closing.date, language)} · ${money(s.closing.amountCents, language)}`}</Table.Td>
                        <Table.Td ta="right">{s.entryCount}</Table.Td>
                        <Table.Td ta="right">{money(s.creditCents, language)}</Table.Td>
                        <Table.Td ta="right">{money(s.debitCents, language)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
                {warnings(parsed.data.warnings)}
              </>
            )}
            <Group>
              <Button onClick={() => run.mutate()} disabled={!parsed.data} loading={run.isPending}>
                {t('bank.import')}
              </Button>
              <Button variant="subtle" onClick={() => setFile(null)}>
                {t('app.cancel')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
    </Stack>
  )
}
