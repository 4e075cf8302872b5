// The bookkeeper's own choice: an open invoice (searched by number or customer) and how much of the payment.
import { Button, Group, NumberInput, Select, TextInput } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useMutation, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { decimalToCents } from '../../../../shared/money'
import { useApi } from '../../api/ApiProvider'
import { money } from '../../lib/format'
import { useLanguage } from '../../lib/use-language'

export function ManualAllocation({ entryId, unappliedCents }: { entryId: number; unappliedCents: number }) {
  const { t } = useTranslation()
  const api = useApi()
  const language = useLanguage()
  const [search, setSearch] = useState('')
  const [debounced] = useDebouncedValue(search.trim(), 250)
  const [invoiceId, setInvoiceId] = useState<string | null>(null)
  const [amount, setAmount] = useState<number | string>(unappliedCents / 100)
  const open = useQuery({
    queryKey: ['invoices', 'allocation-search', debounced],
    queryFn: () => api.invoices.list({ view: 'open', search: debounced || undefined, sort: 'dueDate', limit: 50 })
  })
  const chosen = open.data?.rows.find((r) => String(r.id) === invoiceId)
  const cents = typeof amount === 'number' ? decimalToCents(amount.toFixed(2)) : null
  const allocate = useMutation({
    mutationFn: () => api.payments.allocate({ entryId, parts: [{ invoiceId: Number(invoiceId), amountCents: cents ?? 0 }] }),
    meta: { inlineErrors: true },
    onSuccess: () => setInvoiceId(null)
  })
  return (
    <Group align="end" wrap="nowrap">
      <TextInput label={t('bank.manual.search')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} w={180} />
      <Select
        label={t('bank.manual.invoice')}
        placeholder={t('bank.manual.choose')}
        data={(open.data?.rows ?? []).map((r) => ({ value: String(r.id), label: `${r.number} · ${r.customerName} · ${money(r.openCents, language)}` }))}
        value={invoiceId}
        onChange={(v) => {
          setInvoiceId(v)
          const row = open.data?.rows.find((r) => String(r.id) === v)
          if (row) setAmount(Math.min(row.openCents, unappliedCents) / 100)
        }}
        nothingFoundMessage={t('app.noResults')}
        style={{ flex: 1 }}
      />
      <NumberInput
        label={t('bank.amount')}
        decimalScale={2}
        fixedDecimalScale
        min={0.01}
        max={Math.min(unappliedCents, chosen?.openCents ?? unappliedCents) / 100}
        decimalSeparator={language === 'en' ? '.' : ','}
        value={amount}
        onChange={setAmount}
        error={allocate.error?.message}
        w={150}
      />
      <Button onClick={() => allocate.mutate()} disabled={invoiceId === null || cents === null || cents <= 0} loading={allocate.isPending}>
        {t('bank.manual.allocate')}
      </Button>
    </Group>
  )
}
