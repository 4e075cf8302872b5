// Confirm, then send: every way a letter leaves the application goes through one confirmation, which
// becomes the copies confirmation when the letters went out before (or when main says so).
import { useState } from 'react'
import type { DeliverySchema, OutputResultDto } from '../../../../shared/ipc/letters.contract'
import type { z } from 'zod'
import type { ConfirmAsk } from './ConfirmOutput'
import { useLetterOutput } from './letter-output'

export type DeliveryDto = z.infer<typeof DeliverySchema>

export function useOutputFlow(send: (how: DeliveryDto, resend: boolean) => Promise<OutputResultDto>) {
  const [ask, setAsk] = useState<ConfirmAsk | null>(null)
  const output = useLetterOutput(
    ({ how, copies }: ConfirmAsk) => send(how, copies),
    (input) => setAsk({ ...input, copies: true })
  )
  return {
    ask,
    busy: output.isPending,
    /** opens the confirmation */
    start: (next: ConfirmAsk) => setAsk(next),
    confirm: (confirmed: ConfirmAsk) => {
      setAsk(null)
      output.mutate(confirmed)
    },
    close: () => setAsk(null)
  }
}
