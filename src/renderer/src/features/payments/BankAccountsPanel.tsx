// The administration's own bank accounts: which statements belong here. An account added by mistake is
// removed after a confirmation, with undo in the toast; main refuses one that imported statements use.
import { Badge, Button, Group, Modal, Paper, Stack, Table, Text, TextInput, Title, Tooltip } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMutation, useQuery } from '@tanstack/react-query'
import type { TFunction } from 'i18next'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isAppError } from '../../../../shared/errors'
import type { BankAccountDto } from '../../../../shared/ipc/payments.contract'
import { useApi } from '../../api/ApiProvider'
import { showError } from '../../lib/errors'
import { count } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { UndoMessage } from '../arrangements/UndoMessage'

/** Main's refusal in the user's words: the account and how many statements use it, or why it is not removable here. */
function refusalText(err: unknown, row: BankAccountDto, t: TFunction): string | null {
  if (!isAppError(err)) return null
  if (err.field === 'statements') return t('bank.ownAccounts.inUse', { account: row.account, count: row.statements })
  if (err.field === 'letterhead') return t('bank.ownAccounts.letterheadHint')
  return null
}

export function BankAccountsPanel() {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const language = useLanguage()
  const accounts = useQuery({ queryKey: ['payments', 'accounts'], queryFn: () => api.payments.accounts({}) })
  const [draft, setDraft] = useState('')
  const [confirming, setConfirming] = useState<BankAccountDto | null>(null)
  const add = useMutation({
    mutationFn: (account: string) => api.payments.addAccount({ account, name: null, currency: 'EUR' }),
    meta: { inlineErrors: true },
    onSuccess: (added) => {
      setDraft('')
      notifications.show({ color: 'teal', message: t('bank.ownAccounts.added', { account: added.account }) })
    }
  })
  const remove = useMutation({
    mutationFn: (row: BankAccountDto) => api.payments.removeAccount({ account: row.account }),
    meta: { inlineErrors: true },
    onSettled: () => setConfirming(null),
    onSuccess: (removed) => {
      const undo = () => void api.payments.addAccount(removed).then(() => notifications.show({ message: t('bank.ownAccounts.restored', { account: removed.account }) }), (err) => showError(err, i18n))
      notifications.show({ color: 'teal', message: <UndoMessage text={t('bank.ownAccounts.removed', { account: removed.account })} onUndo={undo} />, autoClose: 10_000 })
    },
    onError: (err, row) => {
      const text = refusalText(err, row, t)
      if (text) notifications.show({ color: 'red', title: t('bank.ownAccounts.refusedTitle'), message: text, autoClose: 10_000 })
      else showError(err, i18n)
    }
  })
  const addError = isAppError(add.error) ? (add.error.field === 'account' ? t(add.error.kind === 'conflict' ? 'bank.ownAccounts.exists' : 'bank.ownAccounts.invalid') : add.error.message) : null
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (draft.trim()) add.mutate(draft.trim())
  }
  const rows = accounts.data ?? []
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('bank.ownAccounts.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('bank.ownAccounts.intro')}
        </Text>
        {rows.length === 0 ? (
          <Text size="sm">{t('bank.ownAccounts.none')}</Text>
        ) : (
          <Table withTableBorder aria-label={t('bank.ownAccounts.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('bank.account')}</Table.Th>
                <Table.Th>{t('bank.ownAccounts.name')}</Table.Th>
                <Table.Th ta="right">{t('bank.ownAccounts.statements')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((a) => (
                <Table.Tr key={a.account}>
                  <Table.Td ff="monospace">{a.account}</Table.Td>
                  <Table.Td>{a.name ?? '—'}</Table.Td>
                  <Table.Td ta="right">{count(a.statements, language)}</Table.Td>
                  <Table.Td ta="right">
                    {a.letterhead ? (
                      <Tooltip label={t('bank.ownAccounts.letterheadHint')} multiline w={260}>
                        <Badge variant="light">{t('bank.ownAccounts.letterhead')}</Badge>
                      </Tooltip>
                    ) : (
                      <Button size="compact-xs" variant="subtle" color="red" aria-label={t('bank.ownAccounts.removeAria', { account: a.account })} onClick={() => setConfirming(a)}>
                        {t('bank.ownAccounts.remove')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <form onSubmit={submit}>
          <Group align="start">
            <TextInput size="xs" w={260} label={t('bank.ownAccounts.iban')} value={draft} onChange={(e) => setDraft(e.currentTarget.value)} error={addError} />
            <Button size="xs" mt={24} type="submit" variant="light" loading={add.isPending} disabled={!draft.trim()}>
              {t('bank.ownAccounts.add')}
            </Button>
          </Group>
        </form>
      </Stack>
      <Modal opened={confirming !== null} onClose={() => setConfirming(null)} title={t('bank.ownAccounts.confirmTitle')}>
        <Stack gap="md">
          <Text size="sm">{t('bank.ownAccounts.confirmText', { account: confirming?.account ?? '' })}</Text>
          <Group justify="end">
            <Button variant="default" onClick={() => setConfirming(null)}>
              {t('app.cancel')}
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => confirming && remove.mutate(confirming)}>
              {t('bank.ownAccounts.remove')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  )
}
