// The bookkeeper's own choice: an open invoice (searched by number or customer) and how much of the payment.
// The amount is typed in the UI language and read to cents by the shared parser: 50, 50,00 and 50,50 all work.
import { Button, Group, Select, TextInput } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useMutation, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useApi } from '../../api/ApiProvider'
import { money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'
import { AmountField } from '../arrangements/fields'

type Props = { entryId: number; unappliedCents: number; onDone: (message: string) => void }

export function ManualAllocation({ entryId, unappliedCents, onDone }: Props) {
  const { t } = useTranslation()
  const api = useApi()
  const language = useLanguage()
  const [search, setSearch] = useState('')
  const [debounced] = useDebouncedValue(search.trim(), 250)
  const [invoiceId, setInvoiceId] = useState<string | null>(null)
  const [cents, setCents] = useState<number | null>(unappliedCents)
  const open = useQuery({
    queryKey: ['invoices', 'allocation-search', debounced],
    queryFn: () => api.invoices.list({ view: 'open', search: debounced || undefined, sort: 'dueDate', limit: 50 })
  })
  const chosen = open.data?.rows.find((r) => String(r.id) === invoiceId)
  const max = Math.min(unappliedCents, chosen?.openCents ?? unappliedCents)
  const tooMuch = cents !== null && cents > max
  const allocate = useMutation({
    mutationFn: (amountCents: number) => api.payments.allocate({ entryId, parts: [{ invoiceId: Number(invoiceId), amountCents }] }),
    meta: { inlineErrors: true },
    onSuccess: (_, amountCents) => {
      onDone(t('bank.done.allocated', { amount: money(amountCents, language), invoice: chosen?.number ?? '' }))
      setInvoiceId(null)
    }
  })
  return (
    <Group align="start" wrap="nowrap">
      <TextInput label={t('bank.manual.search')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} w={180} />
      <Select
        label={t('bank.manual.invoice')}
        placeholder={t('bank.manual.choose')}
        data={(open.data?.rows ?? []).map((r) => ({ value: String(r.id), label: `${r.number} · ${r.customerName} · ${money(r.openCents, language)}` }))}
        value={invoiceId}
        onChange={(v) => {
          setInvoiceId(v)
          const row = open.data?.rows.find((r) => String(r.id) === v)
          if (row) setCents(Math.min(row.openCents, unappliedCents))
        }}
        nothingFoundMessage={t('app.noResults')}
        style={{ flex: 1 }}
      />
      <AmountField
        label={t('bank.amount')}
        value={cents}
        onChange={setCents}
        error={tooMuch ? t('bank.manual.tooMuch', { amount: money(max, language) }) : allocate.error?.message}
        w={150}
      />
      <Button mt={25} onClick={() => cents !== null && allocate.mutate(cents)} disabled={invoiceId === null || cents === null || cents <= 0 || tooMuch} loading={allocate.isPending}>
        {t('bank.manual.allocate')}
      </Button>
    </Group>
  )
}
