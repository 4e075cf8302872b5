import { Paper, SimpleGrid, type SimpleGridProps, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { count } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'

/** A row of small tiles, each a translated label over a formatted count or a text such as an amount (tests find them by label key). */
export function CountTiles({ items, cols }: { items: readonly (readonly [labelKey: string, n: number | string])[]; cols: SimpleGridProps['cols'] }) {
  const { t } = useTranslation()
  const language = useLanguage()
  return (
    <SimpleGrid cols={cols}>
      {items.map(([label, n]) => (
        <Paper key={label} withBorder p="xs">
          <Text size="xs" c="dimmed">
            {t(label)}
          </Text>
          <Text fw={700} data-testid={label}>
            {typeof n === 'string' ? n : count(n, language)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  )
}
