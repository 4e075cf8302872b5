// The parts both preview steps (a table file and an auditfile) share: the heading with the way back to
// another file, the problems list under its title, and the panel that says whether the file can be
// imported and imports it.
import { Alert, Button, Checkbox, Group, Loader, Paper, Stack, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportPreviewDto } from '../../../../shared/ipc/imports.contract'
import { ProblemList } from './ProblemList'

export function PreviewHeader({ title, badges, refreshing, onCancel }: { title: string; badges: ReactNode; refreshing: boolean; onCancel: () => void }) {
  const { t } = useTranslation()
  return (
    <Group justify="space-between">
      <Group gap="xs">
        <Title order={2} size="h4">
          {title}
        </Title>
        {badges}
        {refreshing && <Loader size="xs" aria-label={t('app.loading')} />}
      </Group>
      <Button variant="subtle" onClick={onCancel}>
        {t('imports.otherFile')}
      </Button>
    </Group>
  )
}

/** `action`, when given (even as nothing for now), sits beside the title: the rejected rows' download. */
export function PreviewProblems({ preview, action, columnLabel }: { preview: ImportPreviewDto; action?: ReactNode; columnLabel?: string }) {
  const { t } = useTranslation()
  const title = (
    <Title order={3} size="h5">
      {t('imports.problems')}
    </Title>
  )
  return (
    <>
      {action !== undefined ? (
        <Group justify="space-between">
          {title}
          {action}
        </Group>
      ) : (
        title
      )}
      <ProblemList problems={preview.problems} total={preview.errorCount + preview.warningCount} columnLabel={columnLabel} />
    </>
  )
}

type CommitProps = {
  canImport: boolean
  /** the "full re-import" choice, where the file can be one */
  full?: { checked: boolean; onChange: (checked: boolean) => void }
  /** further choices above it */
  children?: ReactNode
  disabled: boolean
  committing: boolean
  onCommit: () => void
}

export function CommitPanel({ canImport, full, children, disabled, committing, onCommit }: CommitProps) {
  const { t } = useTranslation()
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        {!canImport && <Alert color="red">{t('imports.cannotImport')}</Alert>}
        {children}
        {full && <Checkbox label={t('imports.full')} description={t('imports.fullHint')} checked={full.checked} onChange={(e) => full.onChange(e.currentTarget.checked)} />}
        <Group>
          <Button onClick={onCommit} disabled={disabled} loading={committing}>
            {t('imports.commit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  )
}
