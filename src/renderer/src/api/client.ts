// Typed clients per contract: React code calls `api.invoices.list({...})` and never sees a channel
// string. A failed envelope becomes an AppError with the same kind and field.
import { AppError } from '../../../shared/errors'
import type { Contract, InputOf, OutputOf } from '../../../shared/ipc/contract'
import { CONTRACTS } from '../../../shared/ipc/channels'
import type { Transport } from './transport'

export type Client<T extends Contract> = { [K in keyof T]: (input: InputOf<T[K]>) => Promise<OutputOf<T[K]>> }
export type Api = { [D in keyof typeof CONTRACTS]: Client<(typeof CONTRACTS)[D]> } & { transport: Transport }

function createClient<T extends Contract>(contract: T, transport: Transport): Client<T> {
  const entries = Object.entries(contract).map(([method, cmd]) => [
    method,
    async (input: unknown) => {
      const result = await transport.invoke(cmd.channel, input)
      if (!result.ok) throw new AppError(result.error.kind, result.error.message, result.error.field)
      return result.value
    }
  ])
  return Object.fromEntries(entries) as Client<T>
}

export function createApi(transport: Transport): Api {
  const clients = Object.fromEntries(Object.entries(CONTRACTS).map(([domain, contract]) => [domain, createClient(contract, transport)]))
  return { ...(clients as Omit<Api, 'transport'>), transport }
}
