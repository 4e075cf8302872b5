import { Paper, Text } from '@mantine/core'
import type { ReactNode } from 'react'

/** A headline figure; with `onClick` it is a button that opens what is behind the figure. */
export function StatCard({ label, value, hint, color, onClick }: { label: string; value: ReactNode; hint?: ReactNode; color?: string; onClick?: () => void }) {
  const clickable = onClick ? { component: 'button' as const, type: 'button' as const, onClick, w: '100%', ta: 'left' as const, style: { cursor: 'pointer' } } : {}
  return (
    <Paper withBorder p="md" radius="md" {...clickable}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700} c={color} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Paper>
  )
}
