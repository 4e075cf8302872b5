// Credit bureau scores from a CSV (customer code, bureau, score, date; optionally rating and scale): checked
// first, with every problem named by line, and imported only when the whole file is right.
import { Alert, Button, Group, List, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { StagedFileDto } from '../../../../shared/ipc/files.contract'
import { useApi } from '../../api/ApiProvider'
import { FileDrop } from '../../components/FileDrop'

export function ScoreImport() {
  const { t } = useTranslation()
  const api = useApi()
  const [file, setFile] = useState<StagedFileDto | null>(null)
  const check = useMutation({ mutationFn: (f: StagedFileDto) => api.risk.importScores({ fileId: f.fileId, dryRun: true }) })
  const run = useMutation({
    mutationFn: (f: StagedFileDto) => api.risk.importScores({ fileId: f.fileId, dryRun: false }),
    onSuccess: (r) => {
      notifications.show({ color: 'teal', message: t('risk.scoreImport.done', { count: r.imported, duplicates: r.duplicates }) })
      setFile(null)
      check.reset()
    }
  })
  const preview = check.data
  return (
    <Stack gap="xs">
      <FileDrop
        kind="spreadsheet"
        label={t('risk.scoreImport.drop')}
        hint={t('risk.scoreImport.hint')}
        onStaged={(f) => {
          setFile(f)
          check.mutate(f)
        }}
      />
      {file && preview && (
        <Stack gap={4} data-testid="score-import-preview">
          <Text size="sm">{t('risk.scoreImport.preview', { file: file.name, rows: preview.rows, count: preview.imported, duplicates: preview.duplicates })}</Text>
          {preview.problems.length > 0 ? (
            <Alert color="red" p="xs" title={t('risk.scoreImport.problems')}>
              <List size="sm">
                {preview.problems.map((p, i) => (
                  <List.Item key={i}>{t(`risk.scoreImport.codes.${p.code}`, { line: p.line, value: p.value })}</List.Item>
                ))}
              </List>
            </Alert>
          ) : (
            <Group>
              <Button size="xs" loading={run.isPending} disabled={preview.imported === 0} onClick={() => run.mutate(file)}>
                {t('risk.scoreImport.import')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Stack>
  )
}
