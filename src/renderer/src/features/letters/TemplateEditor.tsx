// The letter texts per template, regime and language: the administration's own version edited with a live
// preview (a made-up customer of that regime) and the legal checks main applies, saved per administration;
// the shipped text can always be restored.
import { Alert, Badge, Button, Grid, Group, List, Loader, Select, Stack, Text, TextInput, Textarea } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TemplateDetailDto, TemplateListItemDto } from '../../../../shared/ipc/letters.contract'
import { useApi } from '../../api/ApiProvider'
import { date } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { LetterPages } from './LetterPages'

type TemplateId = Pick<TemplateListItemDto, 'key' | 'regime' | 'language'>
const idOf = (value: string): TemplateId => {
  const [key, regime, language] = value.split('|') as [string, TemplateId['regime'], TemplateId['language']]
  return { key, regime, language }
}

function Editor({ id, detail }: { id: TemplateId; detail: TemplateDetailDto }) {
  const { t } = useTranslation()
  const api = useApi()
  const language = useLanguage()
  const queryClient = useQueryClient()
  const [subject, setSubject] = useState(detail.current.subject)
  const [body, setBody] = useState(detail.current.body)
  const [draft] = useDebouncedValue({ subject, body }, 400)
  const preview = useQuery({ queryKey: ['letters', 'template-preview', id, draft], queryFn: () => api.letters.previewTemplate({ ...id, ...draft }), placeholderData: keepPreviousData })
  const refresh = (next: TemplateDetailDto) => {
    queryClient.setQueryData(['letters', 'template', id], next)
    void queryClient.invalidateQueries({ queryKey: ['letters', 'templates'] })
  }
  const save = useMutation({
    mutationFn: () => api.letters.saveTemplate({ ...id, subject, body }),
    onSuccess: (next) => {
      refresh(next)
      notifications.show({ color: 'teal', message: t('letters.templates.saved') })
    }
  })
  const restore = useMutation({
    mutationFn: () => api.letters.restoreTemplate(id),
    onSuccess: (next) => {
      refresh(next)
      setSubject(next.current.subject)
      setBody(next.current.body)
      notifications.show({ color: 'teal', message: t('letters.templates.restored') })
    }
  })
  const problems = preview.data?.problems ?? []
  return (
    <Grid>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Stack gap="xs">
          <Group gap="xs">
            <Badge variant="light" color={detail.current.origin === 'custom' ? 'blue' : 'gray'} data-testid="template-origin">
              {detail.current.origin === 'custom' && detail.current.updatedAt
                ? t('letters.templates.custom', { date: date(detail.current.updatedAt.slice(0, 10), language) })
                : t('letters.templates.shipped', { version: detail.shipped.version })}
            </Badge>
          </Group>
          <TextInput label={t('letters.templates.subject')} value={subject} onChange={(e) => setSubject(e.currentTarget.value)} maxLength={300} />
          <Textarea label={t('letters.templates.body')} value={body} onChange={(e) => setBody(e.currentTarget.value)} autosize minRows={12} maxRows={24} ff="monospace" fz="xs" data-testid="template-body" />
          <Text size="xs" c="dimmed">
            {t('letters.templates.placeholders', { example: '{{total}}', interpolation: { escapeValue: false } })}
          </Text>
          {problems.length > 0 && (
            <Alert color="red" data-testid="template-problems">
              <List size="sm">
                {problems.map((p, i) => (
                  <List.Item key={i}>{t(`letters.templates.problems.${p.code}`, { name: p.name, phrase: p.phrase, interpolation: { escapeValue: false } })}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          <Group>
            <Button onClick={() => save.mutate()} loading={save.isPending} disabled={problems.length > 0} data-testid="template-save">
              {t('letters.templates.save')}
            </Button>
            <Button variant="default" onClick={() => restore.mutate()} loading={restore.isPending} disabled={detail.current.origin === 'shipped'} data-testid="template-restore">
              {t('letters.templates.restore')}
            </Button>
          </Group>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Text size="xs" c="dimmed" mb={4}>
          {t('letters.templates.livePreview')}
        </Text>
        {preview.data ? <LetterPages preview={preview.data} width={380} /> : <Loader size="sm" />}
      </Grid.Col>
    </Grid>
  )
}

export function TemplateEditor() {
  const { t } = useTranslation()
  const api = useApi()
  const list = useQuery({ queryKey: ['letters', 'templates'], queryFn: () => api.letters.templates({}) })
  const [value, setValue] = useState<string | null>(null)
  const id = value ? idOf(value) : null
  const detail = useQuery({ queryKey: ['letters', 'template', id], queryFn: () => api.letters.template(id!), enabled: id !== null })
  const options = (list.data ?? []).map((l) => ({
    value: `${l.key}|${l.regime}|${l.language}`,
    label: `${t(`letters.templates.keys.${l.key}`, { defaultValue: l.key })} · ${t(`letters.templates.regimes.${l.regime}`)} · ${t(`languages.${l.language}`)}${l.custom ? ' ✎' : ''}`
  }))
  return (
    <Stack gap="sm">
      <Text fw={600} size="sm">
        {t('letters.templates.title')}
      </Text>
      <Select data={options} value={value} onChange={setValue} searchable placeholder={t('letters.templates.choose')} aria-label={t('letters.templates.choose')} maw={520} data-testid="template-select" />
      {id && detail.data && <Editor key={`${value}-${detail.dataUpdatedAt}`} id={id} detail={detail.data} />}
    </Stack>
  )
}
