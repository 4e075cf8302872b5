// What a compiled Node addon was built for: its CPU (from the ELF, PE or Mach-O header) and the
// NODE_MODULE_VERSION in its registration symbol. The release workflow checks every packaged
// better_sqlite3.node with it, because a rebuild against the wrong headers fails silently (STACK.md §8).

export type AddonArch = 'x64' | 'arm64' | 'universal' | 'unknown'
export type AddonInfo = { arch: AddonArch; abi: number | null }

const ELF_MACHINES: Record<number, AddonArch> = { 0x3e: 'x64', 0xb7: 'arm64' }
const PE_MACHINES: Record<number, AddonArch> = { 0x8664: 'x64', 0xaa64: 'arm64' }
const MACHO_CPUS: Record<number, AddonArch> = { 0x01000007: 'x64', 0x0100000c: 'arm64' }

function archOf(bytes: Buffer): AddonArch {
  if (bytes.length < 64) return 'unknown'
  if (bytes.readUInt32BE(0) === 0x7f454c46) return ELF_MACHINES[bytes.readUInt16LE(18)] ?? 'unknown'
  if (bytes.readUInt16LE(0) === 0x5a4d) {
    const pe = bytes.readUInt32LE(0x3c)
    return pe + 6 <= bytes.length ? (PE_MACHINES[bytes.readUInt16LE(pe + 4)] ?? 'unknown') : 'unknown'
  }
  if (bytes.readUInt32LE(0) === 0xfeedfacf) return MACHO_CPUS[bytes.readUInt32LE(4)] ?? 'unknown'
  if (bytes.readUInt32BE(0) === 0xcafebabe) return 'universal'
  return 'unknown'
}

export function inspectAddon(bytes: Buffer): AddonInfo {
  const match = /node_register_module_v(\d+)/.exec(bytes.toString('latin1'))
  return { arch: archOf(bytes), abi: match ? Number(match[1]) : null }
}

/** electron-builder's unpacked folders: win-unpacked, win-arm64-unpacked, mac/…, mac-arm64/…, linux-unpacked. */
export function expectedArch(path: string): AddonArch {
  return /[\\/](?:win|mac|linux)-arm64(?:-unpacked)?[\\/]/.test(path) ? 'arm64' : 'x64'
}
