import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useApi } from '../../api/ApiProvider'
import { CURRENT_KEY, forgetAdministrationData } from '../../api/session'
import { SettingsCard } from './SettingsCard'

/** Rename the open administration, or archive it (after a confirmation: it leaves the picker). */
export function AdministrationCard({ current }: { current: { id: string; name: string } }) {
  const { t } = useTranslation()
  const api = useApi()
  const queryClient = useQueryClient()
  const [name, setName] = useState(current.name)
  const [confirming, confirm] = useDisclosure(false)

  const rename = useMutation({
    mutationFn: () => api.administrations.rename({ id: current.id, name }),
    onSuccess: (renamed) => {
      queryClient.setQueryData(CURRENT_KEY, { id: renamed.id, name: renamed.name })
      void queryClient.invalidateQueries({ queryKey: ['administrations', 'list'] })
      notifications.show({ color: 'teal', message: t('settings.renamed') })
    }
  })
  const archive = useMutation({
    mutationFn: () => api.administrations.archive({ id: current.id, archived: true }),
    onSuccess: () => {
      confirm.close()
      forgetAdministrationData(queryClient)
      queryClient.setQueryData(CURRENT_KEY, null)
      void queryClient.invalidateQueries({ queryKey: ['administrations', 'list'] })
    }
  })

  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (name.trim() && name.trim() !== current.name) rename.mutate()
  }

  return (
    <SettingsCard title={t('settings.administration')} hint={t('settings.administrationHint')}>
      <form onSubmit={submit}>
        <Group align="flex-end">
          <TextInput label={t('settings.adminName')} value={name} onChange={(e) => setName(e.currentTarget.value)} maxLength={120} w={360} />
          <Button type="submit" variant="default" loading={rename.isPending}>
            {t('settings.rename')}
          </Button>
          <Button color="red" variant="light" onClick={confirm.open}>
            {t('settings.archive')}
          </Button>
        </Group>
      </form>
      <Modal opened={confirming} onClose={confirm.close} title={t('settings.archiveTitle', { name: current.name })} centered>
        <Stack>
          <Text size="sm">{t('settings.archiveText')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={confirm.close}>
              {t('app.cancel')}
            </Button>
            <Button color="red" loading={archive.isPending} onClick={() => archive.mutate()}>
              {t('settings.archiveConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </SettingsCard>
  )
}
