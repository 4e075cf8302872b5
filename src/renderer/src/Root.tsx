// Providers in one place, so the app and the component tests render the same tree.
import { MantineProvider } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query'
import type { i18n } from 'i18next'
import { useEffect } from 'react'
import { I18nextProvider } from 'react-i18next'
import { ApiProvider } from './api/ApiProvider'
import type { Api } from './api/client'
import { subscribePushEvents } from './api/push-events'
import { App } from './App'
import { ErrorBoundary } from './components/ErrorBoundary'
import { theme } from './theme'

export function Root({ api, i18n, queryClient }: { api: Api; i18n: i18n; queryClient: QueryClient }) {
  useEffect(() => subscribePushEvents(api.transport, queryClient), [api, queryClient])
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme}>
        <Notifications position="bottom-right" />
        <QueryClientProvider client={queryClient}>
          <ApiProvider api={api}>
            <ErrorBoundary>
              <App />
            </ErrorBoundary>
          </ApiProvider>
        </QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  )
}
