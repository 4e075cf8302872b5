import { Alert, Center } from '@mantine/core'
import type { i18n } from 'i18next'

/** Browser mode opened without its one-time key: say how to get in, call nothing. */
export function MissingToken({ i18n }: { i18n: i18n }) {
  return (
    <Center mih="100vh">
      <Alert color="orange" title={i18n.t('browser.missingTokenTitle')} maw={480}>
        {i18n.t('browser.missingTokenText')}
      </Alert>
    </Center>
  )
}
