// Drop a bank file, see what it holds and what importing would do (statements, accounts, warnings,
// matches), then import it. A statement of an account that is not the administration's own is only
// imported after the bookkeeper confirms adding that account.
import { Alert, Badge, Button, Checkbox, Group, List, Paper, Stack, Table, Text } from '@mantine/core'
import { useMutation, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { renderBankWarning } from '../../../../shared/domains/payments/warnings/render'
import type { StagedFileDto } from '../../../../shared/ipc/files.contract'
import type { BankImportSummaryDto, ParsedBankFileDto } from '../../../../shared/ipc/payments.contract'
import { useApi } from '../../api/ApiProvider'
import { FileDrop } from '../../components/FileDrop'
import { date, money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'

const STATUS_COLORS = { known: 'teal', new: 'blue', foreign: 'red' } as const

function Warnings({ list, testId }: { list: ParsedBankFileDto['warnings']; testId: string }) {
  const { t } = useTranslation()
  const language = useLanguage()
  if (list.length === 0) return null
  return (
    <Alert color="yellow" title={t('bank.warnings')} data-testid={testId}>
      <List size="sm">
        {list.map((w, i) => (
          <List.Item key={`${w.code}-${i}`}>{renderBankWarning(w, language)}</List.Item>
        ))}
      </List>
    </Alert>
  )
}

export function BankFileImport() {
  const { t } = useTranslation()
  const api = useApi()
  const language = useLanguage()
  const [file, setFile] = useState<StagedFileDto | null>(null)
  const [confirmed, setConfirmed] = useState(false)
  const [result, setResult] = useState<BankImportSummaryDto | null>(null)
  const parsed = useQuery({ queryKey: ['payments', 'parse', file?.fileId], queryFn: () => api.payments.parse({ fileId: file?.fileId ?? '' }), enabled: file !== null })
  const choose = (next: StagedFileDto | null) => {
    setFile(next)
    setConfirmed(false)
  }
  const run = useMutation({
    mutationFn: () => api.payments.import({ fileId: file?.fileId ?? '', addAccounts: confirmed }),
    onSuccess: (summary) => {
      setResult(summary)
      choose(null)
    }
  })
  const foreign = (parsed.data?.accounts ?? []).filter((a) => a.status === 'foreign').map((a) => a.account)
  // the warnings that name a foreign account are said by the alert that asks about it
  const otherWarnings = (list: ParsedBankFileDto['warnings']) => list.filter((w) => w.code !== 'foreign-account')
  const statusOf = (account: string) => parsed.data?.accounts.find((a) => a.account === account)?.status ?? 'known'

  return (
    <Stack gap="sm">
      {result && (
        <Alert color="teal" title={t('bank.imported', { file: result.file })} withCloseButton onClose={() => setResult(null)} data-testid="bank-import-summary">
          {t('bank.importSummary', { newEntries: result.newEntries, duplicates: result.duplicates, autoMatched: result.autoMatched, proposals: result.proposals, unmatched: result.unmatched, returns: result.returns })}
          <Warnings list={otherWarnings(result.warnings)} testId="bank-import-warnings" />
        </Alert>
      )}
      {!file && <FileDrop kind="bank" label={t('bank.dropLabel')} hint={t('bank.dropHint')} onStaged={choose} />}
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
                        <Table.Td>
                          <Group gap="xs" wrap="nowrap">
                            <Text ff="monospace" size="sm">
                              {s.account}
                            </Text>
                            <Badge size="sm" variant="light" color={STATUS_COLORS[statusOf(s.account)]}>
                              {t(`bank.accountStatus.${statusOf(s.account)}`)}
                            </Badge>
                          </Group>
                        </Table.Td>
                        <Table.Td>{`${date(s.opening.date, language)} · ${money(s.opening.amountCents, language)}`}</Table.Td>
                        <Table.Td>{`${date(s.closing.date, language)} · ${money(s.closing.amountCents, language)}`}</Table.Td>
                        <Table.Td ta="right">{s.entryCount}</Table.Td>
                        <Table.Td ta="right">{money(s.creditCents, language)}</Table.Td>
                        <Table.Td ta="right">{money(s.debitCents, language)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
                <Text size="sm" data-testid="bank-would-import">
                  {t('bank.wouldImport', { newEntries: parsed.data.newEntries, duplicates: parsed.data.duplicates, autoMatched: parsed.data.autoMatched })}
                </Text>
                {foreign.length > 0 && (
                  <Alert color="red" title={t('bank.foreignTitle')} data-testid="bank-foreign-account">
                    <Stack gap="xs">
                      <Text size="sm">{t('bank.foreignIntro')}</Text>
                      <List size="sm">
                        {parsed.data.warnings
                          .filter((w) => w.code === 'foreign-account')
                          .map((w, i) => (
                            <List.Item key={i}>{renderBankWarning(w, language)}</List.Item>
                          ))}
                      </List>
                      <Checkbox
                        label={t('bank.addAccount', { count: foreign.length, accounts: foreign.join(', ') })}
                        checked={confirmed}
                        onChange={(e) => setConfirmed(e.currentTarget.checked)}
                      />
                    </Stack>
                  </Alert>
                )}
                <Warnings list={otherWarnings(parsed.data.warnings)} testId="bank-preview-warnings" />
              </>
            )}
            <Group>
              <Button onClick={() => run.mutate()} disabled={!parsed.data || (foreign.length > 0 && !confirmed)} loading={run.isPending}>
                {t('bank.import')}
              </Button>
              <Button variant="subtle" onClick={() => choose(null)}>
                {t('app.cancel')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
    </Stack>
  )
}
