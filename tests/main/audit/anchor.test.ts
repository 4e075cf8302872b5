// The audit chain's anchor (count and head hash) lives outside the database, in the registry and in
// every backup, so cutting off the newest entries or re-hashing the chain after an edit is found.
import { createHash } from 'node:crypto'
import { cpSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { type AppDb, withWrite } from '../../../src/main/db/connection'
import { createAdministrations } from '../../../src/main/domains/administrations/administrations.service'
import { readRegistry, writeRegistry } from '../../../src/main/domains/administrations/registry'
import { auditHead } from '../../../src/main/domains/audit/anchor'
import { appendAudit } from '../../../src/main/domains/audit/audit.repo'
import { canonicalJson } from '../../../src/main/domains/audit/canonical-json'
import { cli } from '../../helpers/cli'
import { tempDir } from '../../helpers/db'

const pw = { passphrase: 'kasboek 2026' }
const env = { DEBITO_PASSPHRASE: pw.passphrase, DEBITO_BACKUP_PASSPHRASE: 'reserve' }

let template: string
beforeAll(async () => {
  template = tempDir()
  const admins = createAdministrations(template)
  await admins.create({ name: 'Kas', unlock: pw })
  const open = await admins.open('Kas', pw)
  withWrite(open.db, (tx) => {
    for (const n of [1, 2, 3]) appendAudit(tx, { action: 'invoice.created', entity: 'invoice', entityId: n, data: { amountCents: n * 1000 } })
  })
  open.close()
})

function copy() {
  const dir = tempDir()
  cpSync(template, dir, { recursive: true })
  return { dir, admins: createAdministrations(dir), verify: (...extra: string[]) => cli(['verify-audit', '--admin', 'Kas', '--data-dir', dir, ...extra], env) }
}

/** What someone with the key could do: change an entry's data and re-hash it and every later link. */
function rewriteFrom(db: AppDb, seq: number, data: unknown): void {
  const rows = db.$client.prepare('SELECT * FROM audit_log WHERE seq >= ? ORDER BY seq').all(seq) as { seq: number; at: string; action: string; entity: string; entity_id: string | null; data_json: string; prev_hash: string }[]
  let prev = rows[0]!.prev_hash
  for (const r of rows) {
    const dataJson = r.seq === seq ? canonicalJson(data) : r.data_json
    const hash = createHash('sha256').update(prev).update(canonicalJson({ seq: r.seq, at: r.at, action: r.action, entity: r.entity, entityId: r.entity_id, data: JSON.parse(dataJson) })).digest('hex')
    db.$client.prepare('UPDATE audit_log SET data_json = ?, prev_hash = ?, hash = ? WHERE seq = ?').run(dataJson, prev, hash, r.seq)
    prev = hash
  }
}

describe('audit anchor', () => {
  it('is kept in the registry, and verify-audit says what it proves', async () => {
    const { dir, verify } = copy()
    expect(readRegistry(dir).administrations[0]!.audit).toMatchObject({ count: 4 })
    const ok = await verify()
    expect(ok.code).toBe(0)
    expect(ok.out).toMatch(/^audit log intact: 4 entries/)
    expect(ok.out).toMatch(/the anchor in administrations\.json \(.*\): 4 entries, head [0-9a-f]{16}… — matches/)
    expect(ok.out).toContain('The anchor proves that no entry up to the anchored one was removed or altered')
  })

  it('finds the newest entries cut off, also after Debito wrote new ones', async () => {
    const { admins, verify } = copy()
    const open = await admins.open('Kas', pw)
    open.db.$client.prepare('DELETE FROM audit_log WHERE seq >= 3').run()
    open.close()
    expect(await verify()).toMatchObject({ code: 1, err: 'error: audit log does not match the anchor in administrations.json: it recorded 4 entries, the log has 2 (the newest entries were removed)' })
    const again = await admins.open('Kas', pw)
    withWrite(again.db, (tx) => appendAudit(tx, { action: 'note.added', entity: 'note' }))
    withWrite(again.db, (tx) => appendAudit(tx, { action: 'note.added', entity: 'note' }))
    again.close()
    expect(await verify()).toMatchObject({ code: 1, err: expect.stringMatching(/entry 4 is not the one recorded/) })
  })

  it('finds an edited entry whose chain was re-hashed', async () => {
    const { admins, verify } = copy()
    const open = await admins.open('Kas', pw)
    rewriteFrom(open.db, 2, { amountCents: 1 })
    open.close()
    expect(await verify()).toMatchObject({ code: 1, err: expect.stringMatching(/entry 4 is not the one recorded \(it, or an entry before it, was altered and the chain re-hashed\)/) })
  })

  it('every backup carries the anchor: it still finds a rewrite when the registry was rewritten too', async () => {
    const { dir, admins, verify } = copy()
    const backup = join(tempDir(), 'kas.debito-backup')
    expect(await cli(['backup', '--admin', 'Kas', backup, '--data-dir', dir], env)).toMatchObject({ code: 0, out: expect.stringMatching(/audit anchor: 4 entries/) })
    expect(await verify('--backup', backup)).toMatchObject({ code: 0, out: expect.stringMatching(new RegExp(`the anchor in ${backup} \\(.*\\): 4 entries, head .* — matches`)) })
    const open = await admins.open('Kas', pw)
    rewriteFrom(open.db, 1, { name: 'Andere Kas' })
    const registry = readRegistry(dir)
    registry.administrations[0]!.audit = { ...auditHead(open.db), at: new Date().toISOString() }
    writeRegistry(dir, registry)
    open.close()
    expect((await verify()).code).toBe(0) // the registry alone was fooled
    expect(await verify('--backup', backup)).toMatchObject({ code: 1, err: expect.stringMatching(new RegExp(`does not match the anchor in ${backup}: entry 4 is not the one recorded`)) })
  })

  it('a restored administration starts from the anchor its backup carries', async () => {
    const { admins } = copy()
    const backup = join(tempDir(), 'kas.debito-backup')
    await admins.backup('Kas', pw, backup, 'reserve')
    const restored = await admins.restore({ source: { path: backup }, backupPassphrase: 'reserve', name: 'Kas (laptop)', unlock: pw })
    const open = await admins.open(restored.id, pw)
    expect(admins.verifyAudit(restored.id, open.db)).toMatchObject({ chain: { ok: true, count: 5 }, anchor: { status: 'match', anchor: { count: 5 }, newer: 0 } })
    // the backup's stamp is not data of the restored administration
    expect(open.db.$client.prepare("SELECT count(*) n FROM settings WHERE key LIKE 'backup.%'").get()).toEqual({ n: 0 })
    open.close()
  })
})
