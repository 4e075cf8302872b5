// The customer's letters: a statement of account as of a date and the agreement of a running payment plan
// (previewed, then printed, saved or e-mailed), and every archived letter a page at a time, opened as it
// was sent or sent again as a copy after a confirmation.
import { Button, Divider, Group, Loader, Stack, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { type ReactNode, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { localToday } from '../../../../shared/dates'
import type { LetterSummaryDto } from '../../../../shared/ipc/letters.contract'
import { useApi } from '../../api/ApiProvider'
import { usePagedList } from '../../api/use-paged-list'
import { date, money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { DateField } from '../../components/DateField'
import { ConfirmOutput } from './ConfirmOutput'
import { LetterheadAlert } from './LetterheadAlert'
import { LetterRows } from './LetterRows'
import { hasEmail } from './eml-option'
import { OutputMenu } from './OutputMenu'
import { PreviewButton } from './PreviewButton'
import { useLetterOutput } from './letter-output'
import { useOutputFlow } from './use-output-flow'

const PAGE = 25

function Section({ title, hint, children }: { title: string; hint: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Title order={3} size="h6">
        {title}
      </Title>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
      {children}
    </Stack>
  )
}

function Statement({ customerId, emailable }: { customerId: number; emailable: boolean }) {
  const { t } = useTranslation()
  const api = useApi()
  const [asOf, setAsOf] = useState(localToday())
  const flow = useOutputFlow((how) => api.letters.statement({ customerId, asOf, how }))
  return (
    <Section title={t('letters.statement.title')} hint={t('letters.statement.hint')}>
      <Group align="flex-end" gap="xs">
        <DateField size="xs" w={140} label={t('letters.statement.asOf')} value={asOf} onChange={setAsOf} />
        <PreviewButton queryKey={['statement', customerId, asOf]} load={() => api.letters.previewStatement({ customerId, asOf })} testId="preview-statement" />
        <OutputMenu label={t('letters.statement.make')} emailable={emailable} busy={flow.busy} onPick={(how) => flow.start({ how, letters: 1, pages: null, copies: false })} testId="statement-out" />
      </Group>
      <ConfirmOutput flow={flow} />
    </Section>
  )
}

function PlanAgreements({ customerId, emailable }: { customerId: number; emailable: boolean }) {
  const { t } = useTranslation()
  const api = useApi()
  const language = useLanguage()
  const [planId, setPlanId] = useState(0)
  const overview = useQuery({ queryKey: ['customers', 'arrangements', 'overview', customerId], queryFn: () => api.arrangements.overview({ customerId }) })
  const flow = useOutputFlow((how, resend) => api.letters.planAgreement({ planId, how, resend }))
  const plans = (overview.data?.plans ?? []).filter((p) => p.status === 'active')
  return (
    <Section title={t('letters.plan.title')} hint={t('letters.plan.hint')}>
      {plans.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('letters.plan.none')}
        </Text>
      )}
      {plans.map((p) => (
        <Group key={p.id} gap="xs" data-testid={`plan-letter-${p.id}`}>
          <Text size="sm">{t('letters.plan.label', { date: date(p.startDate, language), amount: money(p.totalCents, language) })}</Text>
          <PreviewButton queryKey={['plan', p.id]} load={() => api.letters.previewPlan({ planId: p.id })} testId={`preview-plan-${p.id}`} />
          <OutputMenu
            label={t('letters.plan.make')}
            emailable={emailable}
            busy={flow.busy}
            onPick={(how) => {
              setPlanId(p.id)
              flow.start({ how, letters: 1, pages: null, copies: false })
            }}
            testId={`plan-out-${p.id}`}
          />
        </Group>
      ))}
      <ConfirmOutput flow={flow} />
    </Section>
  )
}

function Archive({ customerId, emailable }: { customerId: number; emailable: boolean }) {
  const { t } = useTranslation()
  const api = useApi()
  const [letter, setLetter] = useState<LetterSummaryDto | null>(null)
  const page = usePagedList(['letters', 'customer', customerId], (offset, limit) => api.letters.customerLetters({ customerId, offset, limit }), PAGE)
  const open = useLetterOutput((letterId: number) => api.letters.openLetter({ letterId }))
  const again = useOutputFlow((how, resend) => api.letters.sendLetter({ letterId: letter?.id ?? 0, how, resend }))
  if (!page.first) return <Loader size="sm" />
  if (page.rows.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('letters.archive.empty')}
      </Text>
    )
  return (
    <>
      <LetterRows
        rows={page.rows}
        total={page.first.total}
        onMore={page.loadMore}
        actions={(l) => (
          <>
            <Button size="xs" variant="subtle" onClick={() => open.mutate(l.id)} data-testid={`open-letter-${l.id}`}>
              {t('letters.archive.open')}
            </Button>
            <PreviewButton queryKey={['letter', l.id]} load={() => api.letters.previewLetter({ letterId: l.id })} label={t('letters.previewShort')} variant="subtle" testId={`preview-letter-${l.id}`} />
            <OutputMenu
              label={t('letters.archive.reprint')}
              variant="subtle"
              emailable={emailable}
              busy={again.busy && letter?.id === l.id}
              onPick={(how) => {
                setLetter(l)
                again.start({ how, letters: 1, pages: l.pages, copies: l.sentAt !== null })
              }}
              testId={`again-${l.id}`}
            />
          </>
        )}
      />
      <ConfirmOutput flow={again} />
    </>
  )
}

export function CustomerLetters({ customerId, email }: { customerId: number; email: string | null }) {
  const { t } = useTranslation()
  const emailable = hasEmail(email)
  return (
    <Stack gap="sm" data-testid="customer-letters">
      <LetterheadAlert />
      <Statement customerId={customerId} emailable={emailable} />
      <PlanAgreements customerId={customerId} emailable={emailable} />
      <Divider />
      <Section title={t('letters.archive.title')} hint={t('letters.archive.hint')}>
        <Archive customerId={customerId} emailable={emailable} />
      </Section>
    </Stack>
  )
}
