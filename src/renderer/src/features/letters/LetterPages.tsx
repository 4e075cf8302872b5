// A letter drawn by main as SVG pages (the same layout as its PDF, glyphs included) shown as images: an
// <img> never runs anything inside the SVG.
import { Image, Paper, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { PreviewDto } from '../../../../shared/ipc/letters.contract'

const svgUrl = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`

export function LetterPages({ preview, width = 595 }: { preview: PreviewDto; width?: number }) {
  const { t } = useTranslation()
  return (
    <Stack gap="xs" align="center" data-testid="letter-pages">
      {preview.pages.map((svg, i) => (
        <Stack key={i} gap={2} align="center">
          <Paper shadow="sm" withBorder w={width} maw="100%">
            <Image src={svgUrl(svg)} alt={preview.texts[i] ?? `${preview.title} ${i + 1}`} w="100%" />
          </Paper>
          <Text size="xs" c="dimmed">
            {t('letters.previewPage', { page: i + 1, pages: preview.pages.length })}
          </Text>
        </Stack>
      ))}
    </Stack>
  )
}
