import { describe, expect, it } from 'vitest'
import {
  betalingskenmerkFromPayload,
  formatBetalingskenmerk,
  formatIban,
  formatRf,
  ibanFromBban,
  isValidBetalingskenmerk,
  isValidIban,
  isValidOgm,
  isValidRf,
  ogmDigits,
  ogmFromBase,
  rfFromReference
} from '../../../src/shared/domains/legal'

describe('BE structured communication (OGM/VCS)', () => {
  it('reproduces the published examples', () => {
    expect(ogmFromBase('0108068171')).toBe('+++010/8068/17183+++')
    expect(ogmFromBase('1234567890')).toBe('+++123/4567/89002+++')
    expect(ogmFromBase('0123456789')).toBe('+++012/3456/78939+++')
    expect(ogmFromBase('0851927541')).toBe('+++085/1927/54115+++')
  })

  it('writes remainder 0 as 97', () => {
    expect(ogmFromBase('0000000000')).toBe('+++000/0000/00097+++')
    expect(ogmFromBase('0000000097')).toBe('+++000/0000/09797+++')
  })

  it('validates +++ and *** forms with or without separators', () => {
    expect(isValidOgm('+++010/8068/17183+++')).toBe(true)
    expect(isValidOgm('***010/8068/17183***')).toBe(true)
    expect(isValidOgm('010806817183')).toBe(true)
    expect(isValidOgm('+++010/8068/17184+++')).toBe(false)
    expect(isValidOgm('+++010/8068/17183***')).toBe(false)
    expect(isValidOgm('+++010/8068/1718+++')).toBe(false)
    expect(ogmDigits(' +++ 010 / 8068 / 17183 +++ '.trim())).toBe('010806817183')
  })

  it('refuses a base that is not 10 digits', () => {
    expect(() => ogmFromBase('123')).toThrow(expect.objectContaining({ kind: 'validation' }))
  })
})

describe('NL betalingskenmerk', () => {
  it('builds the 16-digit form, including the 10 → 1 and 11 → 0 cases', () => {
    expect(betalingskenmerkFromPayload('000056789012345')).toBe('5000056789012345')
    expect(betalingskenmerkFromPayload('000000000000006')).toBe('1000000000000006')
    expect(betalingskenmerkFromPayload('000000000000019')).toBe('0000000000000019')
  })

  it('builds shorter forms with a length code that takes part in the check', () => {
    expect(betalingskenmerkFromPayload('1234567')).toBe('271234567')
    expect(betalingskenmerkFromPayload('0000000000')).toBe('000000000000')
    expect(betalingskenmerkFromPayload('123456789012')).toBe('42123456789012')
  })

  it('refuses payloads that give the forbidden 8 or 15 digit lengths', () => {
    expect(() => betalingskenmerkFromPayload('123456')).toThrow(expect.objectContaining({ field: 'payload' }))
    expect(() => betalingskenmerkFromPayload('1234567890123')).toThrow(expect.objectContaining({ field: 'payload' }))
  })

  it('validates by recomputing the check digit and the length code', () => {
    expect(isValidBetalingskenmerk('12 2345 3462 2567')).toBe(true)
    expect(isValidBetalingskenmerk('6000056789012345')).toBe(false)
    expect(isValidBetalingskenmerk('1234567')).toBe(true)
    expect(isValidBetalingskenmerk('12345678')).toBe(false)
    expect(isValidBetalingskenmerk('281234567')).toBe(false)
    expect(isValidBetalingskenmerk('123456789012345')).toBe(false)
    expect(isValidBetalingskenmerk('12a4567')).toBe(false)
  })

  it('prints in groups of four from the right', () => {
    expect(formatBetalingskenmerk('12234534622567')).toBe('12 2345 3462 2567')
    expect(formatBetalingskenmerk('5000056789012345')).toBe('5000 0567 8901 2345')
  })
})

describe('ISO 11649 RF creditor reference', () => {
  it('generates the ISO example and references with letters', () => {
    expect(rfFromReference('2348231')).toBe('RF712348231')
    expect(rfFromReference('inv 2025 042')).toBe('RF04INV2025042')
    expect(rfFromReference('ABC')).toBe('RF45ABC')
  })

  it('validates with mod 97 = 1', () => {
    expect(isValidRf('RF18 5390 0754 7034')).toBe(true)
    expect(isValidRf('RF17 5390 0754 7034')).toBe(false)
    expect(isValidRf('rf712348231')).toBe(true)
    expect(isValidRf('RF71')).toBe(false)
  })

  it('refuses references longer than 21 characters or with symbols', () => {
    expect(() => rfFromReference('1234567890123456789012')).toThrow(expect.objectContaining({ field: 'reference' }))
    expect(() => rfFromReference('A-1')).toThrow(expect.objectContaining({ field: 'reference' }))
  })

  it('prints in groups of four', () => {
    expect(formatRf('RF962025000123')).toBe('RF96 2025 0001 23')
  })
})

describe('IBAN', () => {
  it('validates the official examples and rejects a wrong check', () => {
    expect(isValidIban('NL91ABNA0417164300')).toBe(true)
    expect(isValidIban('BE68 5390 0754 7034')).toBe(true)
    expect(isValidIban('be72 0000 0000 1616')).toBe(true)
    expect(isValidIban('BE68539007547035')).toBe(false)
    expect(isValidIban('NL91ABNA041716430')).toBe(false)
  })

  it('constructs check digits from a BBAN', () => {
    expect(ibanFromBban('NL', 'ABNA0417164300')).toBe('NL91ABNA0417164300')
    expect(ibanFromBban('be', '539007547034')).toBe('BE68539007547034')
    expect(() => ibanFromBban('BE', '53900754703')).toThrow(expect.objectContaining({ field: 'bban' }))
  })

  it('prints in groups of four', () => {
    expect(formatIban('NL91ABNA0417164300')).toBe('NL91 ABNA 0417 1643 00')
  })
})
