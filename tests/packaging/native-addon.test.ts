// The release workflow's addon check, on synthetic headers of each executable format.
import { describe, expect, it } from 'vitest'
import { expectedArch, inspectAddon } from './native-addon'

function image(header: (b: Buffer) => void, symbol = 'node_register_module_v140'): Buffer {
  const bytes = Buffer.alloc(256)
  header(bytes)
  bytes.write(symbol, 128, 'latin1')
  return bytes
}

describe('native addon inspection', () => {
  it.each([
    ['ELF x64', (b: Buffer) => (b.writeUInt32BE(0x7f454c46, 0), b.writeUInt16LE(0x3e, 18)), 'x64'],
    ['ELF arm64', (b: Buffer) => (b.writeUInt32BE(0x7f454c46, 0), b.writeUInt16LE(0xb7, 18)), 'arm64'],
    ['PE x64', (b: Buffer) => (b.writeUInt16LE(0x5a4d, 0), b.writeUInt32LE(0x40, 0x3c), b.writeUInt16LE(0x8664, 0x44)), 'x64'],
    ['PE arm64', (b: Buffer) => (b.writeUInt16LE(0x5a4d, 0), b.writeUInt32LE(0x40, 0x3c), b.writeUInt16LE(0xaa64, 0x44)), 'arm64'],
    ['Mach-O x86_64', (b: Buffer) => (b.writeUInt32LE(0xfeedfacf, 0), b.writeUInt32LE(0x01000007, 4)), 'x64'],
    ['Mach-O arm64', (b: Buffer) => (b.writeUInt32LE(0xfeedfacf, 0), b.writeUInt32LE(0x0100000c, 4)), 'arm64'],
    ['fat Mach-O', (b: Buffer) => b.writeUInt32BE(0xcafebabe, 0), 'universal'],
    ['text file', (b: Buffer) => b.write('hello', 0), 'unknown']
  ])('%s', (_name, header, arch) => {
    expect(inspectAddon(image(header))).toEqual({ arch, abi: 140 })
  })

  it('reports an N-API-only or foreign file as having no module version', () => {
    expect(inspectAddon(image((b) => b.writeUInt32BE(0x7f454c46, 0), 'napi_register_module_v1')).abi).toBeNull()
  })

  it('expects the CPU electron-builder named the output folder after', () => {
    expect(expectedArch('dist/win-unpacked/resources/app.asar.unpacked/x.node')).toBe('x64')
    expect(expectedArch('dist\\win-arm64-unpacked\\resources\\app.asar.unpacked\\x.node')).toBe('arm64')
    expect(expectedArch('dist/mac-arm64/Debito.app/Contents/Resources/app.asar.unpacked/x.node')).toBe('arm64')
    expect(expectedArch('dist/mac/Debito.app/Contents/Resources/app.asar.unpacked/x.node')).toBe('x64')
  })
})
