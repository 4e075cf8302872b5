// Says up front, where letters are made, what the letterhead still lacks and where to fill it in: main
// refuses to send a letter without the administration's name, address, city and IBAN.
import { Alert, Button, Stack, Text } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { ProfileDto } from '../../../../shared/ipc/settings.contract'
import { useApi } from '../../api/ApiProvider'
import { useSection } from '../../routes'

const REQUIRED = ['name', 'addressLine', 'city', 'iban'] as const

export const missingLetterhead = (p: ProfileDto): string[] => REQUIRED.filter((f) => !p[f]?.trim())

export function LetterheadAlert({ withLink = true }: { withLink?: boolean }) {
  const { t } = useTranslation()
  const api = useApi()
  const [, go] = useSection()
  const profile = useQuery({ queryKey: ['settings', 'profile'], queryFn: () => api.settings.getProfile({}) })
  const missing = profile.data ? missingLetterhead(profile.data) : []
  if (missing.length === 0) return null
  return (
    <Alert color="orange" data-testid="letterhead-missing">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('letters.letterhead.missing', { fields: missing.map((f) => t(`settings.fields.${f}`)).join(', ') })}</Text>
        {withLink && (
          <Button size="xs" variant="light" color="orange" onClick={() => go('settings')}>
            {t('letters.letterhead.goToSettings')}
          </Button>
        )}
      </Stack>
    </Alert>
  )
}
