// The Export button of a report: Excel, CSV and (for the aging and the key figures) PDF.
import { Button, Menu } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ExportFormat } from '../../../../shared/domains/reports/document'
import { type ExportAsk, useExport } from './use-export'

export function ExportMenu({ ask, pdf = false }: { ask: Omit<ExportAsk, 'format'>; pdf?: boolean }) {
  const { t } = useTranslation()
  const run = useExport()
  const formats: ExportFormat[] = pdf ? ['xlsx', 'csv', 'pdf'] : ['xlsx', 'csv']
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button size="xs" variant="light" loading={run.isPending}>
          {t('reports.export.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {formats.map((format) => (
          <Menu.Item key={format} onClick={() => run.mutate({ ...ask, format })}>
            {t(`reports.export.${format}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  )
}
