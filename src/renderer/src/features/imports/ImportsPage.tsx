// The import wizard: choose a file → check package, mapping and problems → import → summary.
import { Button, Group, Progress, Stack, Stepper, Text, Title } from '@mantine/core'
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { StagedFileDto } from '../../../../shared/ipc/files.contract'
import type { ImportOptionsDto, ImportSummaryDto } from '../../../../shared/ipc/imports.contract'
import { useApi } from '../../api/ApiProvider'
import { useJobs } from '../../api/job-progress'
import { FileDrop } from '../../components/FileDrop'
import { type CommitChoice, PreviewStep } from './PreviewStep'
import { SummaryStep } from './SummaryStep'
import { XafPreviewStep } from './XafPreviewStep'

export function ImportsPage() {
  const { t } = useTranslation()
  const api = useApi()
  const [file, setFile] = useState<StagedFileDto | null>(null)
  /** more auditfiles read with the first: split parts, other fiscal years */
  const [more, setMore] = useState<StagedFileDto[]>([])
  const [options, setOptions] = useState<ImportOptionsDto>({})
  const [summary, setSummary] = useState<ImportSummaryDto | null>(null)
  const moreFileIds = more.map((f) => f.fileId)
  const preview = useQuery({
    queryKey: ['imports', 'preview', file?.fileId, moreFileIds, options],
    queryFn: () => api.imports.preview({ fileId: file?.fileId ?? '', moreFileIds, options }),
    enabled: file !== null,
    placeholderData: keepPreviousData
  })
  const commit = useMutation({
    mutationFn: (choice: CommitChoice) => api.imports.commit({ fileId: file?.fileId ?? '', moreFileIds, options, ...choice }),
    onSuccess: setSummary
  })
  const restart = () => {
    setFile(null)
    setMore([])
    setOptions({})
    setSummary(null)
    commit.reset()
  }
  const xaf = preview.data?.xaf ?? null
  const active = summary ? 2 : file ? 1 : 0
  const jobs = useJobs()
  const job = jobs.find((j) => j.label === 'imports.job' || j.label === 'imports.xaf.job')
  const reading = jobs.find((j) => (j.label === 'imports.readJob' || j.label === 'imports.xaf.readJob') && j.total > 0)
  const percent = (j: { done: number; total: number } | undefined) => (j && j.total > 0 ? Math.round((100 * j.done) / j.total) : 0)

  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('imports.title')}
      </Title>
      <Stepper active={active} size="sm">
        <Stepper.Step label={t('imports.steps.file')} />
        <Stepper.Step label={t('imports.steps.check')} />
        <Stepper.Step label={t('imports.steps.summary')} />
      </Stepper>
      {!file && (
        <FileDrop
          kind="spreadsheet"
          label={t('imports.dropLabel')}
          hint={t('imports.dropHint')}
          onStaged={(staged) => {
            setOptions({})
            setFile(staged)
          }}
        />
      )}
      {commit.isPending && (
        <Stack gap={4} role="status">
          <Text size="sm">{job?.label === 'imports.xaf.job' ? t('imports.xaf.writing', { percent: percent(job) }) : t('imports.writing', { done: job?.done ?? 0, total: job?.total ?? 0 })}</Text>
          <Progress value={job && job.total > 0 ? (100 * job.done) / job.total : 0} animated />
        </Stack>
      )}
      {file && !summary && !preview.data && !preview.isError && (
        <Stack gap={4} role="status">
          <Text c="dimmed">
            {reading?.label === 'imports.xaf.readJob'
              ? t('imports.xaf.reading', { name: file.name, percent: percent(reading) })
              : reading
                ? t('imports.readingRows', { name: file.name, done: reading.done, total: reading.total })
                : t('imports.reading', { name: file.name })}
          </Text>
          {reading && <Progress value={(100 * reading.done) / reading.total} animated />}
        </Stack>
      )}
      {file && !summary && !preview.data && preview.isError && (
        <Group>
          <Text c="red">{t('imports.previewFailed')}</Text>
          <Button variant="light" onClick={restart}>
            {t('imports.otherFile')}
          </Button>
        </Group>
      )}
      {file && !summary && preview.data && xaf && (
        <XafPreviewStep
          preview={{ ...preview.data, xaf }}
          files={[file, ...more]}
          options={options}
          refreshing={preview.isFetching}
          onOptions={setOptions}
          onAddFile={(staged) => setMore((list) => [...list, staged])}
          onRemoveFile={(fileId) => setMore((list) => list.filter((f) => f.fileId !== fileId))}
          onCommit={(choice) => commit.mutate(choice)}
          committing={commit.isPending}
          onCancel={restart}
        />
      )}
      {file && !summary && preview.data && !xaf && (
        <PreviewStep
          fileId={file.fileId}
          options={options}
          preview={preview.data}
          refreshing={preview.isFetching}
          onOptions={setOptions}
          onCommit={(choice) => commit.mutate(choice)}
          committing={commit.isPending}
          onCancel={restart}
        />
      )}
      {file && summary && preview.data && <SummaryStep summary={summary} preview={preview.data} fileId={file.fileId} options={options} onDone={restart} />}
    </Stack>
  )
}
