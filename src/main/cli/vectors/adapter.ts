// Shared pieces of the vector adapters: each adapter turns a vector's inputs into every output it can compute,
// in the string forms of debito-legal-vectors/1 (amounts "1234.56", dates YYYY-MM-DD, percents as written).
import { z } from 'zod'
import { isIsoDate } from '../../../shared/dates'
import { centsToDecimal } from '../../../shared/money'
import { parseAmount } from '../../../shared/domains/legal'

export type VectorValue = string | number | boolean | null
export type VectorOutputs = Record<string, VectorValue>
export type Adapter = (inputs: unknown) => VectorOutputs

export const isoDate = z.string().refine(isIsoDate, 'expected a date YYYY-MM-DD')
export const decimalText = z.string().regex(/^\d+(?:\.\d+)?$/, 'expected a plain decimal')
export const amountText = z.string().regex(/^\d+(?:\.\d{1,2})?$/, 'expected an amount with at most two decimals')

export const cents = (text: string, field: string): number => parseAmount(text, field)
export const optionalCents = (text: string | undefined, field: string): number | undefined => (text === undefined ? undefined : cents(text, field))
export const amount = (value: number): string => centsToDecimal(value)

/** Builds an adapter from an input schema and a function of the parsed inputs. */
export function adapter<S extends z.ZodType>(schema: S, run: (inputs: z.infer<S>) => VectorOutputs): Adapter {
  return (inputs) => run(schema.parse(inputs))
}
