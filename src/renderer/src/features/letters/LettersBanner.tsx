// On the reminders page: what keeps letters from going out (the letterhead), and the last executed run
// whose letters have not been printed yet, with its letters one click away.
import { Alert, Button, Group, Modal, Text } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useApi } from '../../api/ApiProvider'
import { date } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { LetterheadAlert } from './LetterheadAlert'
import { RunLetters } from './RunLetters'

function UnprintedRun() {
  const { t } = useTranslation()
  const api = useApi()
  const language = useLanguage()
  const [open, setOpen] = useState(false)
  const last = useQuery({ queryKey: ['dunning', 'runs', 'last-executed'], queryFn: () => api.dunning.runs({ offset: 0, limit: 5 }) })
  const run = last.data?.rows.find((r) => r.status === 'executed')
  const letters = useQuery({ queryKey: ['letters', 'run', run?.id], queryFn: () => api.letters.runLetters({ runId: run!.id }), enabled: run !== undefined })
  const pending = letters.data !== undefined && letters.data.printable > 0 && !letters.data.printed
  // once printed the reminder goes, but the letters stay open until the user closes them
  if (!run || (!pending && !open)) return null
  return (
    <>
      {pending && (
        <Alert color="blue" data-testid="unprinted-run">
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">{t('letters.run.notPrinted', { date: date(run.runDate, language), n: letters.data?.printable ?? 0 })}</Text>
            <Button size="xs" onClick={() => setOpen(true)} data-testid="open-run-letters">
              {t('letters.run.open')}
            </Button>
          </Group>
        </Alert>
      )}
      <Modal opened={open} onClose={() => setOpen(false)} size="90%" title={t('letters.run.title')}>
        <RunLetters runId={run.id} />
      </Modal>
    </>
  )
}

export function LettersBanner() {
  return (
    <>
      <LetterheadAlert />
      <UnprintedRun />
    </>
  )
}
