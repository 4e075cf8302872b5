// One large auditfile read on two cores: the file is cut after a </transaction> halfway, a second
// worker reads the tail, and the result must be the very preview the reading in one piece gives,
// errors and their lines included (the tail is read in one piece again whenever it is not clean).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { coreWasFree, planSplit, readSplit } from '../../../../src/main/domains/imports/xaf/parallel-read'
import { previewOfRead, previewXaf } from '../../../../src/main/domains/imports/xaf/preview-xaf'
import type { XafSource } from '../../../../src/main/domains/imports/xaf/source'
import { xafXml, type XafSpec } from '../../../helpers/xaf'
import { receipt, sale, year2024 } from './scenario'

const dir = mkdtempSync(join(tmpdir(), 'debito-xaf-parallel-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The 2024 books with 200 more sales to C003, two in three of them paid. */
function busyYear(): XafSpec {
  const spec = year2024()
  const [sales, , bank] = spec.journals ?? []
  if (!sales || !bank) throw new Error('scenario')
  for (let i = 0; i < 200; i++) {
    const day = `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`
    sales.transactions.push(sale(`X${i}`, day, 'C003', `G${i}`, 10_00 + i))
    if (i % 3 > 0) bank.transactions.push(receipt(`Y${i}`, day, 'C003', 10_00 + i + Math.round((10_00 + i) * 0.21), { inv: `G${i}` }))
  }
  return spec
}

const bytes = (xml: string): XafSource => ({ fileName: 'a.xaf', bytes: new TextEncoder().encode(xml) })

/** The file read cut in two (right after the middle of its journals unless given a head start), and in one piece. */
async function bothWays(source: XafSource, headStart = 0) {
  const plan = planSplit(source, 0, headStart)
  if (!plan) throw new Error('no cut found')
  const progress: [number, number][] = []
  const split = await readSplit(source, plan, (read, total) => progress.push([read, total]))
  return { plan, tail: split.tail, apart: previewOfRead([source], split), whole: previewXaf([source]), progress }
}

describe('reading one auditfile in two parts', () => {
  it('gives the same preview as one piece, the tail’s lines numbered as the file’s', async () => {
    const xml = xafXml(busyYear())
    const { plan, tail, apart, whole } = await bothWays(bytes(xml))
    const file = Buffer.from(xml)
    expect(file.subarray(plan.cut - '</transaction>'.length, plan.cut).toString()).toBe('</transaction>')
    expect(file.subarray(...plan.tail[1]).toString()).toMatch(/^<journal><jrnID>\w+<\/jrnID>[^]*\n$/)
    expect(file.subarray(plan.tail[1][1]).toString()).toMatch(/^<transaction>/)
    expect(tail).toBe('apart')
    expect(apart).toEqual(whole)
    expect(apart.canImport).toBe(true)
    // items raised after the cut keep the line of their element in the file
    const cutLine = file.subarray(0, plan.cut).toString().split('\n').length
    const late = apart.invoices.find((i) => i.line > cutLine)
    expect(late && xml.split('\n')[late.line - 1]).toContain(`>${late?.number}</`)
  })

  it('cuts later by half the head reader’s start, at most an eighth of the journals, to the same preview', async () => {
    const xml = xafXml(busyYear())
    const even = planSplit(bytes(xml), 0, 0)
    const { plan, tail, apart, whole } = await bothWays(bytes(xml), 1024 * 1024)
    const journals = plan.size - plan.tail[0][1]
    expect(plan.cut - (even?.cut ?? 0)).toBeGreaterThan(journals / 8 - 2_000)
    expect(plan.cut - (even?.cut ?? 0)).toBeLessThan(journals / 8 + 2_000)
    expect(tail).toBe('apart')
    expect(apart).toEqual(whole)
  })

  it('reads a file from its path in ranges the same way', async () => {
    const path = join(dir, 'groot.xaf')
    writeFileSync(path, xafXml(busyYear()))
    const { plan, tail, apart, whole, progress } = await bothWays({ fileName: 'groot.xaf', path })
    expect(tail).toBe('apart')
    expect(apart).toEqual(whole)
    expect(progress.at(-1)).toEqual([plan.size, plan.size])
    expect(progress.every(([read], i) => i === 0 || read >= (progress[i - 1] as [number, number])[0])).toBe(true)
  })

  it('an unbalanced transaction in the tail: read here again, the error names its element and line', async () => {
    const xml = xafXml(busyYear())
    const damaged = xml.slice(0, xml.lastIndexOf('<amnt>')) + xml.slice(xml.lastIndexOf('<amnt>')).replace(/<amnt>[\d.]+<\/amnt>/, '<amnt>1.00</amnt>')
    const { plan, tail, apart, whole } = await bothWays(bytes(damaged))
    expect(Buffer.from(damaged).lastIndexOf('<amnt>1.00</amnt>')).toBeGreaterThan(plan.cut)
    expect(tail).toBe('here')
    expect(apart).toEqual(whole)
    expect(apart.problems).toContainEqual(expect.objectContaining({ code: 'xaf-unbalanced', column: expect.stringMatching(/^transactions\/journal\[B\]\/transaction\[Y\d+\]$/) }))
  })

  it('a file cut off: the tail reader gives up and the truncation is reported as in one piece', async () => {
    const xml = xafXml(busyYear())
    const { tail, apart, whole } = await bothWays(bytes(xml.slice(0, xml.length - 300)))
    expect(tail).toBe('here')
    expect(apart).toEqual(whole)
    expect(apart.problems[0]).toMatchObject({ code: 'xaf-truncated', line: expect.any(Number) })
  })

  it('bad XML before the cut stops the reading there, and the tail reader is not waited for', async () => {
    const xml = xafXml(busyYear()).replace('</trDt>', '</trDT>')
    const { tail, apart, whole } = await bothWays(bytes(xml))
    expect(tail).toBe('here')
    expect(apart).toEqual(whole)
    expect(apart.problems[0]).toMatchObject({ code: 'bad-xml', severity: 'error' })
  })

  it('a </transaction> inside CDATA is no cut: the file is read on in one piece', async () => {
    const xml = xafXml(busyYear()).replaceAll('</transaction>', '<![CDATA[</transaction>]]></transaction>')
    const { plan, tail, apart, whole } = await bothWays(bytes(xml))
    expect(Buffer.from(xml).subarray(plan.cut - '<![CDATA[</transaction>'.length, plan.cut).toString()).toBe('<![CDATA[</transaction>')
    expect(tail).toBe('here')
    expect(apart).toEqual(whole)
    expect(apart.canImport).toBe(true)
  })

  it('starts the second reader only when the cores were idle for at least a fifth of one core’s time', () => {
    // over 100 ms of two cores: one idle throughout, more idle, a quiet machine (30–60 ms idle in 10 ms ticks), 10 ms idle, none idle
    expect([coreWasFree(100, 100), coreWasFree(130, 100), coreWasFree(50, 100), coreWasFree(30, 100), coreWasFree(10, 100), coreWasFree(0, 100)]).toEqual([true, true, true, true, false, false])
  })

  it('a file read before the first look at the machine is read by the head reader alone, to the same preview', async () => {
    const source = bytes(xafXml(busyYear()))
    const plan = planSplit(source, 0)
    if (!plan) throw new Error('no cut found')
    // a small file is read before the first look at the machine: no second reader is started
    const split = await readSplit(source, plan, undefined, 'if-a-core-is-free')
    expect(split.tail).toBe('here')
    expect(previewOfRead([source], split)).toEqual(previewXaf([source]))
  })

  it('small, single-journal-less or UTF-16 files are not cut', () => {
    expect(planSplit(bytes(xafXml(busyYear())))).toBeNull()
    expect(planSplit(bytes(xafXml({ ...year2024(), journals: [] })), 0)).toBeNull()
    const utf16 = Buffer.from(`\uFEFF${xafXml(busyYear())}`, 'utf16le')
    expect(planSplit({ fileName: 'a.xaf', bytes: utf16 }, 0)).toBeNull()
  })
})
