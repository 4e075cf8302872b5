import { Paper, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'

/** One block of the Settings page: a title, a line on what it is for, and its controls. */
export function SettingsCard({ title, hint, children }: { title: string; hint: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4">
        {title}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {hint}
      </Text>
      {children}
    </Paper>
  )
}
