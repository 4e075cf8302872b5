import '@mantine/core/styles.css'
import '@mantine/notifications/styles.css'
import { MantineProvider } from '@mantine/core'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createApi } from './api/client'
import { createQueryClient } from './api/query-client'
import { detectTransport } from './api/transport'
import { MissingToken } from './components/MissingToken'
import { createI18n, rememberLanguage, storedLanguage } from './i18n'
import { showError } from './lib/errors'
import { Root } from './Root'
import { theme } from './theme'

const i18n = createI18n()
rememberLanguage(storedLanguage())
const root = createRoot(document.getElementById('root') as HTMLElement)
const transport = detectTransport()

if (!transport) {
  root.render(
    <MantineProvider theme={theme}>
      <MissingToken i18n={i18n} />
    </MantineProvider>
  )
} else {
  // errors a form shows next to its fields (meta.inlineErrors) are not repeated as a toast
  const queryClient = createQueryClient((err, meta) => {
    if (!meta?.inlineErrors) showError(err, i18n)
  })
  root.render(
    <StrictMode>
      <Root api={createApi(transport)} i18n={i18n} queryClient={queryClient} />
    </StrictMode>
  )
}
