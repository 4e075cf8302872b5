import { describe, expect, it } from 'vitest'
import { type EpcInput, buildEpcPayload, epcReferenceFromOgm } from '../../../src/shared/domains/legal'

const base: EpcInput = { version: '002', name: 'Jansen B.V.', iban: 'NL91ABNA0417164300', amountCents: 9995 }
const issues = (input: EpcInput) => {
  const r = buildEpcPayload(input)
  return r.valid ? [] : r.issues
}

describe('EPC QR payload', () => {
  it('reproduces the EPC069-12 sample (version 001)', () => {
    const r = buildEpcPayload({
      version: '001',
      bic: 'BPOTBEB1',
      name: 'Red Cross of Belgium',
      iban: 'BE72000000001616',
      amountCents: 100,
      purpose: 'CHAR',
      text: 'Urgency fund',
      info: 'Sample EPC QR code'
    })
    expect(r).toEqual({
      valid: true,
      payload: 'BCD\n001\n1\nSCT\nBPOTBEB1\nRed Cross of Belgium\nBE72000000001616\nEUR1.00\nCHAR\n\nUrgency fund\nSample EPC QR code',
      bytes: 106
    })
  })

  it('leaves out trailing empty elements and writes the IBAN electronically', () => {
    const r = buildEpcPayload({ ...base, iban: 'nl91 abna 0417 1643 00', reference: 'RF712348231' })
    expect(r.valid && r.payload).toBe('BCD\n002\n1\nSCT\n\nJansen B.V.\nNL91ABNA0417164300\nEUR99.95\n\nRF712348231')
  })

  it('puts a Belgian OGM in the structured element as 12 digits', () => {
    expect(epcReferenceFromOgm('+++202/5000/12390+++')).toBe('202500012390')
    expect(epcReferenceFromOgm('+++202/5000/1239+++')).toBeNull()
  })

  it('requires the BIC in version 001 and outside the EEA, not in version 002 within it', () => {
    expect(issues({ ...base, version: '001' })).toEqual([{ field: 'bic', code: 'required' }])
    expect(issues(base)).toEqual([])
    expect(issues({ ...base, iban: 'CH9300762011623852957' })).toEqual([{ field: 'bic', code: 'required' }])
    expect(issues({ ...base, iban: 'CH9300762011623852957', bic: 'UBSWCHZH80A' })).toEqual([])
    expect(issues({ ...base, bic: 'ABNA' })).toEqual([{ field: 'bic', code: 'invalid' }])
  })

  it('accepts amounts from 0.01 to 999999999.99 only', () => {
    expect(issues({ ...base, amountCents: 1 })).toEqual([])
    expect(issues({ ...base, amountCents: 99_999_999_999 })).toEqual([])
    expect(issues({ ...base, amountCents: 0 })).toEqual([{ field: 'amount', code: 'out-of-range' }])
    expect(issues({ ...base, amountCents: 100_000_000_000 })).toEqual([{ field: 'amount', code: 'out-of-range' }])
    const noAmount = buildEpcPayload({ ...base, amountCents: undefined, text: 'x' })
    expect(noAmount.valid && noAmount.payload).toBe('BCD\n002\n1\nSCT\n\nJansen B.V.\nNL91ABNA0417164300\n\n\n\nx')
  })

  it('enforces the element lengths', () => {
    expect(issues({ ...base, name: 'n'.repeat(70) })).toEqual([])
    expect(issues({ ...base, name: 'n'.repeat(71) })).toEqual([{ field: 'name', code: 'too-long' }])
    expect(issues({ ...base, name: ' ' })).toEqual([{ field: 'name', code: 'required' }])
    expect(issues({ ...base, text: 't'.repeat(141) })).toEqual([{ field: 'text', code: 'too-long' }])
    expect(issues({ ...base, info: 'i'.repeat(71) })).toEqual([{ field: 'info', code: 'too-long' }])
    expect(issues({ ...base, reference: '1'.repeat(36) })).toEqual([{ field: 'reference', code: 'too-long' }])
  })

  it('keeps structured and unstructured remittance mutually exclusive', () => {
    expect(issues({ ...base, reference: 'RF712348231', text: 'Factuur 1' })).toEqual([{ field: 'text', code: 'exclusive' }])
  })

  it('checks the purpose code, RF references, the IBAN and line breaks', () => {
    expect(issues({ ...base, purpose: 'gdds' })).toEqual([{ field: 'purpose', code: 'invalid' }])
    expect(issues({ ...base, reference: 'RF17 5390 0754 7034' })).toEqual([{ field: 'reference', code: 'invalid' }])
    expect(issues({ ...base, iban: 'NL91ABNA0417164301' })).toEqual([{ field: 'iban', code: 'invalid' }])
    expect(issues({ ...base, text: 'two\nlines' })).toEqual([{ field: 'text', code: 'line-break' }])
  })

  it('rejects characters outside ISO 8859-1 when that character set is chosen', () => {
    expect(issues({ ...base, characterSet: 2, text: 'Café' })).toEqual([])
    expect(issues({ ...base, characterSet: 2, text: '€ 5' })).toEqual([{ field: 'text', code: 'invalid' }])
  })

  it('limits the payload to 331 bytes, counting UTF-8 bytes', () => {
    const long = { ...base, name: 'N'.repeat(70), text: 'é'.repeat(140), info: 'i'.repeat(70) }
    expect(issues(long)).toEqual([{ field: 'payload', code: 'too-large' }])
    const latin1 = buildEpcPayload({ ...long, characterSet: 2 })
    expect(latin1.valid && latin1.bytes).toBeLessThanOrEqual(331)
  })
})
