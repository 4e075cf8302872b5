// Step two for an XML Auditfile Financieel: the files and their period, the as-of date, the receivable
// accounts (confirmed when in doubt), the payment term, and the first items. Nothing is written until
// the user presses import.
import { Badge, Button, Group, NumberInput, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { StagedFileDto } from '../../../../shared/ipc/files.contract'
import type { ImportOptionsDto, ImportPreviewDto } from '../../../../shared/ipc/imports.contract'
import type { XafInfoDto } from '../../../../shared/ipc/imports-xaf.schemas'
import { FileDrop } from '../../components/FileDrop'
import { date, money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { DateField } from '../../components/DateField'
import { CountTiles } from './CountTiles'
import { KeptByAllocations } from './KeptByAllocations'
import { MappedRows } from './MappedRows'
import type { CommitChoice } from './PreviewStep'
import { CommitPanel, PreviewHeader, PreviewProblems } from './PreviewParts'
import { XafAccounts } from './XafAccounts'

type Props = {
  preview: ImportPreviewDto & { xaf: XafInfoDto }
  files: StagedFileDto[]
  options: ImportOptionsDto
  refreshing: boolean
  onOptions: (options: ImportOptionsDto) => void
  onAddFile: (file: StagedFileDto) => void
  onRemoveFile: (fileId: string) => void
  onCommit: (choice: CommitChoice) => void
  committing: boolean
  onCancel: () => void
}

export function XafPreviewStep({ preview, files, options, refreshing, onOptions, onAddFile, onRemoveFile, onCommit, committing, onCancel }: Props) {
  const { t } = useTranslation()
  const language = useLanguage()
  const [full, setFull] = useState(false)
  const [term, setTerm] = useState<number | string>(30)
  const xaf = preview.xaf
  const setXaf = (change: Partial<NonNullable<ImportOptionsDto['xaf']>>) => onOptions({ ...options, xaf: { ...options.xaf, ...change } })
  const termDays = typeof term === 'number' ? term : Number.NaN
  const termValid = Number.isInteger(termDays) && termDays >= 0 && termDays <= 366
  const tiles: [string, number | string][] = [
    ['imports.xaf.stats.customers', preview.customerCount],
    ['imports.xaf.stats.openItems', xaf.openCount],
    ['imports.xaf.stats.openTotal', money(xaf.openTotalCents, language)],
    ['imports.xaf.stats.paidHistory', xaf.paidHistory],
    ['imports.xaf.stats.lines', preview.rowCount],
    ['imports.xaf.stats.warnings', preview.warningCount]
  ]

  return (
    <Stack gap="md">
      <PreviewHeader
        title={t('imports.xaf.files')}
        badges={<Badge variant="light">{t('imports.xaf.period', { version: xaf.version, start: date(xaf.startDate, language), end: date(xaf.endDate, language) })}</Badge>}
        refreshing={refreshing}
        onCancel={onCancel}
      />
      <Stack gap={4} aria-label={t('imports.xaf.files')} role="list">
        {files.map((f, i) => {
          const info = xaf.files.find((x) => x.fileName === f.name)
          return (
            <Group key={f.fileId} gap="xs" role="listitem">
              <Text fw={600}>{f.name}</Text>
              {info && (
                <Text size="sm" c="dimmed">
                  {t('imports.xaf.fileLine', { year: info.fiscalYear, start: date(info.startDate, language), end: date(info.endDate, language) })}
                  {info.software ? ` · ${t('imports.xaf.software', { software: info.software })}` : ''}
                </Text>
              )}
              {i > 0 && (
                <Button size="compact-xs" variant="subtle" color="red" onClick={() => onRemoveFile(f.fileId)}>
                  {t('imports.xaf.remove')}
                </Button>
              )}
            </Group>
          )
        })}
      </Stack>
      <FileDrop kind="spreadsheet" label={t('imports.xaf.addFile')} hint={t('imports.xaf.addHint')} onStaged={onAddFile} />
      <CountTiles items={tiles} cols={{ base: 2, md: 3, lg: 6 }} />
      <Group align="end">
        <DateField size="sm" w={220} label={t('imports.xaf.asOf')} description={t('imports.xaf.asOfHint')} value={xaf.asOf} min={xaf.startDate} max={xaf.endDate} onChange={(asOf) => setXaf({ asOf })} />
        <NumberInput label={t('imports.xaf.term')} description={t('imports.xaf.termHint')} value={term} onChange={setTerm} min={0} max={366} allowDecimal={false} w={260} />
      </Group>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <XafAccounts key={xaf.accounts.map((a) => `${a.id}${a.chosen}`).join()} xaf={xaf} onChoose={(accounts) => setXaf({ accounts })} />
        <Stack gap="xs">
          <PreviewProblems preview={preview} columnLabel={t('imports.xaf.element')} />
        </Stack>
      </SimpleGrid>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('imports.mappedRows')}
        </Title>
        <MappedRows preview={preview} />
      </Stack>
      <KeptByAllocations conflicts={preview.allocationConflicts} total={preview.allocationConflictCount} stage="preview" />
      <CommitPanel
        canImport={preview.canImport}
        full={{ checked: full, onChange: setFull }}
        disabled={!preview.canImport || !termValid || committing || refreshing}
        committing={committing}
        onCommit={() => onCommit({ validRowsOnly: false, full, defaultTermDays: termDays })}
      />
    </Stack>
  )
}
