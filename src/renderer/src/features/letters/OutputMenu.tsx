// One button for a letter going out: print, save as PDF, or an .eml for the user's mail program (greyed
// out, with the reason, when the customer has no e-mail address).
import { Button, type ButtonProps, Menu, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { DeliverySchema } from '../../../../shared/ipc/letters.contract'
import { emlOption } from './eml-option'
import type { DeliveryDto } from './use-output-flow'

type Props = { label: ReactNode; onPick: (how: DeliveryDto) => void; emailable: boolean; busy?: boolean; testId?: string } & Pick<ButtonProps, 'variant'>

export function OutputMenu({ label, onPick, emailable, busy = false, testId, variant = 'light' }: Props) {
  const { t } = useTranslation()
  const eml = emlOption(emailable ? 1 : 0, 1, t)
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button size="xs" variant={variant} loading={busy} data-testid={testId}>
          {label}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {DeliverySchema.options.map((how) => (
          <Menu.Item key={how} onClick={() => onPick(how)} disabled={how === 'eml' && eml.disabled} title={how === 'eml' ? (eml.reason ?? undefined) : undefined} data-testid={testId ? `${testId}-${how}` : undefined}>
            {t(`letters.how.${how}`)}
            {how === 'eml' && eml.reason && (
              <Text size="xs" c="dimmed" maw={240} data-testid={testId ? `${testId}-eml-reason` : undefined}>
                {eml.reason}
              </Text>
            )}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  )
}
