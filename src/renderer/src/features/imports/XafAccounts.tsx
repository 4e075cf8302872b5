// The ledger accounts that carry customer lines, with the receivable ones ticked: proposed from the
// file, or the user's own choice when some are in doubt. Nothing is imported until that choice is made.
import { Alert, Badge, Button, Checkbox, Group, Stack, Table, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { XafInfoDto } from '../../../../shared/ipc/imports-xaf.schemas'
import { count, money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'

type Props = { xaf: XafInfoDto; onChoose: (accounts: string[]) => void }

export function XafAccounts({ xaf, onChoose }: Props) {
  const { t } = useTranslation()
  const language = useLanguage()
  const chosen = xaf.accounts.filter((a) => a.chosen).map((a) => a.id)
  const [ticked, setTicked] = useState<string[]>(chosen)
  const changed = ticked.length !== chosen.length || ticked.some((id) => !chosen.includes(id))
  const toggle = (id: string, on: boolean) => setTicked((list) => (on ? [...list, id] : list.filter((x) => x !== id)))
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('imports.xaf.accounts')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('imports.xaf.accountsHint')}
      </Text>
      {xaf.needsConfirmation && <Alert color="yellow">{t('imports.xaf.confirm')}</Alert>}
      <Table withTableBorder striped aria-label={t('imports.xaf.accounts')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40} />
            <Table.Th>{t('imports.xaf.account')}</Table.Th>
            <Table.Th>{t('imports.xaf.description')}</Table.Th>
            <Table.Th ta="right">{t('imports.xaf.customerLines')}</Table.Th>
            <Table.Th ta="right">{t('imports.xaf.otherLines')}</Table.Th>
            <Table.Th ta="right">{t('imports.xaf.balance')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {xaf.accounts.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>
                <Checkbox aria-label={`${a.id} ${a.description}`} checked={ticked.includes(a.id)} onChange={(e) => toggle(a.id, e.currentTarget.checked)} />
              </Table.Td>
              <Table.Td>{a.id}</Table.Td>
              <Table.Td>
                <Group gap={6}>
                  {a.description}
                  {a.proposed && (
                    <Badge size="xs" variant="light">
                      {t('imports.xaf.proposed')}
                    </Badge>
                  )}
                  {a.doubtful && (
                    <Badge size="xs" color="yellow" variant="light">
                      {t('imports.xaf.doubtful')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td ta="right">{count(a.customerLines + a.bothLines, language)}</Table.Td>
              <Table.Td ta="right">{count(a.otherLines + a.plainLines, language)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {money(a.balanceCents, language)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {(changed || xaf.needsConfirmation) && (
        <Group>
          <Button variant={xaf.needsConfirmation ? 'filled' : 'light'} disabled={ticked.length === 0} onClick={() => onChoose(ticked)}>
            {t('imports.xaf.apply')}
          </Button>
        </Group>
      )}
    </Stack>
  )
}
