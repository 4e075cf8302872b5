import { Alert, Button, Stack, Text } from '@mantine/core'
import { Component, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

function Fallback({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation()
  return (
    <Alert color="red" title={t('errors.boundaryTitle')} m="md" role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('errors.boundaryText')}</Text>
        <Button size="xs" variant="light" color="red" onClick={onRetry}>
          {t('errors.reload')}
        </Button>
      </Stack>
    </Alert>
  )
}

/** A render error shows a calm message instead of a blank window; React needs a class for this. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey?: string }, { failed: boolean; resetKey?: string | undefined }> {
  override state: { failed: boolean; resetKey?: string | undefined } = { failed: false, resetKey: this.props.resetKey }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  // navigating to another section clears the error
  static getDerivedStateFromProps(props: { resetKey?: string }, state: { failed: boolean; resetKey?: string | undefined }) {
    return props.resetKey !== state.resetKey ? { failed: false, resetKey: props.resetKey } : null
  }

  override componentDidCatch(error: unknown): void {
    console.error('[ui] render failed', error)
  }

  override render(): ReactNode {
    return this.state.failed ? <Fallback onRetry={() => this.setState({ failed: false })} /> : this.props.children
  }
}
