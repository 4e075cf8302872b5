import { describe, expect, it } from 'vitest'
import { bareReference, referencesInText } from '../../../src/shared/domains/payments/references'

describe('bareReference', () => {
  it('strips the print form of OGM, RF and betalingskenmerk', () => {
    expect(bareReference('+++010/8068/17183+++')).toBe('010806817183')
    expect(bareReference('***010/8068/17183***')).toBe('010806817183')
    expect(bareReference('rf18 5390 0754 7034')).toBe('RF18539007547034')
    expect(bareReference('5000 0567 8901 2345')).toBe('5000056789012345')
  })

  it('refuses text that is no reference', () => {
    expect(bareReference('factuur 12')).toBeNull()
    expect(bareReference('123')).toBeNull()
  })
})

describe('referencesInText', () => {
  it('finds references whose check digits pass, in any print form', () => {
    expect(referencesInText('betaling +++010/8068/17183+++ dank u')).toEqual(['010806817183'])
    expect(referencesInText('OGM 010/8068/17183')).toEqual(['010806817183'])
    expect(referencesInText('ref RF18 5390 0754 7034 factuur 12')).toEqual(['RF18539007547034'])
    expect(referencesInText('kenmerk 5000.0567.8901.2345')).toEqual(['5000056789012345'])
  })

  it('ignores look-alikes with wrong check digits', () => {
    expect(referencesInText('+++010/8068/17184+++ RF17 5390 0754 7034 5000056789012346')).toEqual([])
  })
})
