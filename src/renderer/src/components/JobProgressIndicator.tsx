import { Group, Progress, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useJobs } from '../api/job-progress'

/** Shows the long jobs main reports (imports, letter batches) with how far they are. */
export function JobProgressIndicator() {
  const { t } = useTranslation()
  const jobs = useJobs()
  const job = jobs[0]
  if (!job) return null
  const pct = job.total > 0 ? Math.round((100 * job.done) / job.total) : 0
  return (
    <Group gap="xs" w={260} role="status" aria-live="polite">
      <Text size="xs" c="dimmed" truncate>
        {t('jobs.running', { label: t(job.label, { defaultValue: job.label }), done: job.done, total: job.total })}
      </Text>
      <Progress value={pct} size="sm" w="100%" animated aria-label={t(job.label, { defaultValue: job.label })} />
    </Group>
  )
}
