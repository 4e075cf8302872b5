// Drop a file or choose one; its bytes are staged in main and only the id comes back. In the desktop
// app the button opens the native dialog, in browser mode the browser's own file picker.
import { Button, Group, Paper, Stack, Text } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { type DragEvent, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { AppError } from '../../../shared/errors'
import { MAX_STAGED_FILE_BYTES, type StagedFileDto } from '../../../shared/ipc/files.contract'
import { useApi } from '../api/ApiProvider'
import { useAppInfo } from '../api/session'
import { readBase64 } from '../lib/read-file'

export type FileKind = 'bank' | 'spreadsheet'

const ACCEPT: Record<FileKind, string> = { bank: '.xml,.sta,.mt940,.txt,.cod,.coda', spreadsheet: '.csv,.txt,.xlsx,.xml,.xaf' }

type Props = { kind: FileKind; onStaged: (file: StagedFileDto) => void; label: string; hint: string }

export function FileDrop({ kind, onStaged, label, hint }: Props) {
  const { t } = useTranslation()
  const api = useApi()
  const info = useAppInfo()
  const input = useRef<HTMLInputElement>(null)
  const [over, setOver] = useState(false)
  const stage = useMutation({
    mutationFn: async (file: File) => {
      if (file.size > MAX_STAGED_FILE_BYTES) throw new AppError('validation', t('files.tooLarge', { name: file.name }), 'file')
      return api.files.stage({ name: file.name, dataBase64: await readBase64(file) })
    },
    onSuccess: onStaged
  })
  const pick = useMutation({
    mutationFn: () => api.files.pick({ kind }),
    onSuccess: (file) => file && onStaged(file)
  })
  const busy = stage.isPending || pick.isPending
  const choose = () => (info.data?.mode === 'desktop' ? pick.mutate() : input.current?.click())
  const drop = (e: DragEvent) => {
    e.preventDefault()
    setOver(false)
    const file = e.dataTransfer.files[0]
    if (file) stage.mutate(file)
  }

  return (
    <Paper
      withBorder
      p="xl"
      radius="md"
      bg={over ? 'blue.0' : 'white'}
      style={{ borderStyle: 'dashed', borderWidth: 2 }}
      onDragOver={(e) => {
        e.preventDefault()
        setOver(true)
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      data-testid={`file-drop-${kind}`}
    >
      <Stack align="center" gap="xs">
        <Text fw={600}>{label}</Text>
        <Text size="sm" c="dimmed" ta="center">
          {hint}
        </Text>
        <Group>
          <Button onClick={choose} loading={busy}>
            {t('files.choose')}
          </Button>
        </Group>
        <input
          ref={input}
          type="file"
          hidden
          accept={ACCEPT[kind]}
          aria-label={label}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0]
            e.currentTarget.value = ''
            if (file) stage.mutate(file)
          }}
        />
      </Stack>
    </Paper>
  )
}
