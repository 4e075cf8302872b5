// An executed run's letters: what is in it, each letter previewed as stored, and the run handed out in
// one go (printed with the system dialog, saved as one PDF for duplex printing, or as .eml files), after
// a confirmation; a second time only as copies marked "kopie".
import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useApi } from '../../api/ApiProvider'
import { ConfirmOutput } from './ConfirmOutput'
import { emlOption } from './eml-option'
import { LetterRows } from './LetterRows'
import { PreviewButton } from './PreviewButton'
import { type DeliveryDto, useOutputFlow } from './use-output-flow'

const PAGE = 50

/** `heading`: where the surroundings do not already say what this is */
export function RunLetters({ runId, heading = false }: { runId: number; heading?: boolean }) {
  const { t } = useTranslation()
  const api = useApi()
  const [shown, setShown] = useState(PAGE)
  const run = useQuery({ queryKey: ['letters', 'run', runId], queryFn: () => api.letters.runLetters({ runId }) })
  const flow = useOutputFlow((how, resend) => (how === 'eml' ? api.letters.exportRun({ runId, eml: true, resend }) : api.letters.printRun({ runId, how, resend })))
  if (!run.data) return <Loader size="sm" />
  const { letters, printable, printed, pages } = run.data
  const emails = letters.filter((l) => l.email).length
  const eml = emlOption(emails, letters.length, t)
  const start = (how: DeliveryDto) => flow.start({ how, letters: how === 'eml' ? emails : printable, pages, copies: printed })
  return (
    <Stack gap="sm" data-testid={`run-letters-${runId}`}>
      {heading && (
        <Title order={3} size="h5">
          {t('letters.run.title')}
        </Title>
      )}
      {letters.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('letters.run.none')}
        </Text>
      ) : (
        <>
          <Group justify="space-between">
            <Text size="sm" data-testid="run-letters-summary">
              {t('letters.run.summary', { count: printable, n: printable, pages })}
            </Text>
            <Group gap="xs">
              <Button onClick={() => start('print')} disabled={printable === 0} loading={flow.busy} data-testid="print-run">
                {t('letters.run.print')}
              </Button>
              <Button variant="default" onClick={() => start('save')} disabled={printable === 0} loading={flow.busy} data-testid="save-run">
                {t('letters.run.savePdf')}
              </Button>
              <Button variant="default" onClick={() => start('eml')} disabled={eml.disabled} loading={flow.busy} title={eml.reason ?? t('letters.run.emlHint')} data-testid="eml-run">
                {t('letters.run.eml')}
              </Button>
            </Group>
          </Group>
          {eml.reason && (
            <Text size="xs" c="dimmed" ta="right" data-testid="eml-run-reason">
              {eml.reason}
            </Text>
          )}
          {printed && (
            <Alert color="yellow" data-testid="run-printed-before">
              {t('letters.run.printedBefore')}
            </Alert>
          )}
          <LetterRows
            rows={letters.slice(0, shown)}
            total={letters.length}
            onMore={() => setShown(shown + PAGE)}
            showCustomer
            actions={(l) => <PreviewButton queryKey={['letter', l.id]} load={() => api.letters.previewLetter({ letterId: l.id })} label={t('letters.previewShort')} testId={`preview-letter-${l.id}`} />}
          />
        </>
      )}
      <ConfirmOutput flow={flow} />
    </Stack>
  )
}
