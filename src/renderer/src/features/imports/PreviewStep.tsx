// Step two: package, mapping and live preview; nothing is written until the user presses import.
import { Badge, Button, Group, Radio, Select, SimpleGrid, Stack, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PRESET_IDS, PRESETS, type PresetId } from '../../../../shared/domains/imports/presets'
import type { ImportOptionsDto, ImportPreviewDto } from '../../../../shared/ipc/imports.contract'
import { useApi } from '../../api/ApiProvider'
import { MappedRows } from './MappedRows'
import { MappingTable } from './MappingTable'
import { CommitPanel, PreviewHeader, PreviewProblems } from './PreviewParts'
import { CountTiles } from './CountTiles'
import { KeptByAllocations } from './KeptByAllocations'
import { useRejectedCsv } from './use-rejected-csv'

export type CommitChoice = { validRowsOnly: boolean; full: boolean; defaultTermDays?: number }

type Props = {
  fileId: string
  options: ImportOptionsDto
  preview: ImportPreviewDto
  refreshing: boolean
  onOptions: (options: ImportOptionsDto) => void
  onCommit: (choice: CommitChoice) => void
  committing: boolean
  onCancel: () => void
}

export function PreviewStep({ fileId, options, preview, refreshing, onOptions, onCommit, committing, onCancel }: Props) {
  const { t } = useTranslation()
  const api = useApi()
  const [chosen, setMode] = useState<'all' | 'valid'>('all')
  const [full, setFull] = useState(false)
  const csv = useRejectedCsv(fileId, options)
  const mappings = useQuery({ queryKey: ['settings', 'import-mappings'], queryFn: () => api.imports.listMappings({}) })
  const hasErrors = preview.rejectedCount > 0
  // with rejected rows "import all" cannot be chosen, so the valid rows are the choice that stands
  const mode = hasErrors ? 'valid' : chosen
  const validRowsOnly = mode === 'valid'
  const blocked = !preview.canImport || committing
  const stats: [string, number][] = [
    ['imports.stats.rows', preview.rowCount],
    ['imports.stats.customers', preview.customerCount],
    ['imports.stats.invoices', preview.invoiceCount],
    ['imports.stats.rejected', preview.rejectedCount],
    ['imports.stats.warnings', preview.warningCount]
  ]

  return (
    <Stack gap="md">
      <PreviewHeader
        title={preview.fileName}
        badges={
          <>
            <Badge variant="light">{preview.format.toUpperCase()}</Badge>
            {preview.encoding && <Badge variant="outline">{preview.encoding}</Badge>}
            {preview.delimiter && <Badge variant="outline">{t('imports.delimiter', { delimiter: preview.delimiter === '\t' ? 'TAB' : preview.delimiter })}</Badge>}
          </>
        }
        refreshing={refreshing}
        onCancel={onCancel}
      />
      <CountTiles items={stats} cols={5} />
      {preview.format !== 'ubl' && (
        <Group align="end">
          <Select
            label={t('imports.preset')}
            data={PRESET_IDS.map((id) => ({ value: id, label: PRESETS[id].label }))}
            value={preview.preset}
            onChange={(v) => v && onOptions({ preset: v as PresetId })}
            allowDeselect={false}
            w={280}
          />
          <Select
            label={t('imports.savedMapping')}
            placeholder={mappings.data?.length ? t('imports.chooseSaved') : t('imports.noSaved')}
            data={(mappings.data ?? []).map((m) => m.name)}
            value={null}
            onChange={(name) => {
              const saved = mappings.data?.find((m) => m.name === name)
              if (saved) onOptions({ ...saved.options, preset: saved.preset })
            }}
            disabled={!mappings.data?.length}
            w={280}
          />
        </Group>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        {preview.format !== 'ubl' && (
          <Stack gap="xs">
            <Title order={3} size="h5">
              {t('imports.mapping')}
            </Title>
            <MappingTable preview={preview} onChange={(mapping) => onOptions({ preset: preview.preset, mapping })} />
          </Stack>
        )}
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('imports.mappedRows')}
          </Title>
          <MappedRows preview={preview} />
          <PreviewProblems
            preview={preview}
            action={
              preview.rejectedCount > 0 && (
                <Button size="xs" variant="light" onClick={() => csv.mutate()} loading={csv.isPending}>
                  {t('imports.summary.downloadRejected')}
                </Button>
              )
            }
          />
        </Stack>
      </SimpleGrid>
      <KeptByAllocations conflicts={preview.allocationConflicts} total={preview.allocationConflictCount} stage="preview" />
      <CommitPanel
        canImport={preview.canImport}
        {...(preview.target === 'open-items' && preview.format !== 'ubl' ? { full: { checked: full, onChange: setFull } } : {})}
        disabled={blocked}
        committing={committing}
        onCommit={() => onCommit({ validRowsOnly, full })}
      >
        <Radio.Group value={mode} onChange={(v) => setMode(v as 'all' | 'valid')} label={t('imports.choice')}>
          <Stack gap={4} mt={4}>
            <Radio value="all" label={t('imports.importAll')} disabled={hasErrors} />
            <Radio value="valid" label={t('imports.importValid', { count: preview.invoiceCount || preview.customerCount, rejected: preview.rejectedCount })} />
          </Stack>
        </Radio.Group>
      </CommitPanel>
    </Stack>
  )
}
