// Small cell and header renderers used by the grids' module-scope column definitions.
import { Badge, Group } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { date, money } from '../lib/format'
import { useLanguage } from '../lib/use-language'

export function Label({ k }: { k: string }) {
  const { t } = useTranslation()
  return <>{t(k)}</>
}

/** A plain span, not Mantine's Text: a grid page renders hundreds of these. */
export function MoneyCell({ cents, strong }: { cents: number; strong?: boolean }) {
  const language = useLanguage()
  return <span style={{ fontWeight: strong ? 600 : undefined, color: cents < 0 ? 'var(--mantine-color-teal-8)' : undefined }}>{money(cents, language)}</span>
}

export function DateCell({ iso }: { iso: string }) {
  return <>{date(iso, useLanguage())}</>
}

export function Flags({ items }: { items: { show: boolean; label: string; color: string }[] }) {
  const { t } = useTranslation()
  return (
    <Group gap={4} wrap="nowrap">
      {items
        .filter((i) => i.show)
        .map((i) => (
          <Badge key={i.label} size="xs" variant="light" color={i.color}>
            {t(i.label)}
          </Badge>
        ))}
    </Group>
  )
}
