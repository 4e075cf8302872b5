import { Button, Menu } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useApi } from '../api/ApiProvider'
import { useCloseAdministration } from '../api/session'
import { preselectAdministration } from '../features/admin/picker-state'

/** Switching closes the open administration first; the next one must be unlocked on its own. */
export function AdminSwitcher({ current }: { current: { id: string; name: string } }) {
  const { t } = useTranslation()
  const api = useApi()
  const others = useQuery({ queryKey: ['administrations', 'list'], queryFn: () => api.administrations.list({}) })
  const close = useCloseAdministration()
  const switchTo = (id: string | null) => {
    preselectAdministration(id)
    close.mutate()
  }
  return (
    <Menu position="bottom-end" shadow="md" width={260}>
      <Menu.Target>
        <Button variant="default" size="xs" aria-label={t('header.switchAdmin')} maw={280}>
          {current.name}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('header.switchAdmin')}</Menu.Label>
        {(others.data ?? [])
          .filter((a) => a.id !== current.id)
          .map((a) => (
            <Menu.Item key={a.id} onClick={() => switchTo(a.id)}>
              {a.name}
            </Menu.Item>
          ))}
        <Menu.Divider />
        <Menu.Item color="red" onClick={() => switchTo(null)}>
          {t('header.closeAdmin')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}
