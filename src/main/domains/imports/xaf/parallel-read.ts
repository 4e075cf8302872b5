// One large auditfile read on two cores (ARCHITECTURE C12). This worker reads the file up to a cut
// just after a </transaction> a little past halfway through the transactions; a second worker
// meanwhile reads the rest as one text made of the file's head up to its first journal (header,
// relations, ledger accounts: what its lines are judged by), the opening of the journal the cut falls
// in, and the file from the cut on. Its transactions are added here in file order, their lines
// renumbered as the file's, and the elements left open at the cut are closed as the file closes them.
// The tail is handed over only when it holds nothing but clean journals and transactions: at any
// problem, any other element, a repaired character or a failing worker, this worker reads the tail
// itself after all, exactly as in one piece, so every error keeps its element path and line.
import { createHash } from 'node:crypto'
import { cpus } from 'node:os'
import type { PreviewOptions } from '../../../../shared/domains/imports/options'
import type { ImportPreview } from '../../../../shared/domains/imports/results'
import { fromColumns, type Packed, toColumns } from '../../../jobs/columns'
import { startWorker } from '../../../jobs/start-worker'
import type { RowsSink } from '../preview'
import { createBook } from './book'
import { type BytesProgress, inReadingOrder, previewOfRead, previewXaf, PROGRESS_BYTES, type XafRead } from './preview-xaf'
import { createXafFileReader, type TailPart } from './read-file'
import type { XafMovement } from '../../../../shared/domains/imports/xaf/model'
import { type ByteRange, byteChunks, bytesAt, encodingOf, sourceSize, type XafSource } from './source'
import { TRANSACTION_END } from './xml-records'

/** Below this size a second worker costs more than it saves. */
export const PARALLEL_MIN_BYTES = 16 * 1024 * 1024
/**
 * What the head reader reads before the second one has begun (the look at the machine and the worker's
 * start, ~170 ms at ~60 MB/s) and while it reads the file's head again (relations through saxes, a cold
 * start): the cut lies half of it past the middle, so that both end together.
 */
const HEAD_START_BYTES = 14 * 1024 * 1024
/** the bytes looked at per read while looking for the cut */
const SCAN_BYTES = 1 << 20
/** where a cut after </transaction> leaves the reader of the head */
const JOURNAL_LEVEL = 'auditfile/company/transactions/journal'
const JOURNAL = Buffer.from('<journal')
const TRANSACTION = Buffer.from('<transaction')
const TRANSACTION_END_BYTES = Buffer.from(TRANSACTION_END)

/** The head reader reads [0, cut); the tail reader reads `tail` as one text. */
export type SplitPlan = { size: number; cut: number; tail: [ByteRange, ByteRange, ByteRange] }

/** What the tail reader gets: its ranges, and where it tells how many bytes of the file's tail it has read. */
export type TailJob = { source: XafSource; ranges: readonly ByteRange[]; progress: Int32Array }

// a start tag's name ends at '>', '/' or white space: <transaction is not <transactions
const endsName = (byte: number | undefined) => byte === 0x3e || byte === 0x2f || byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d
const viewOf = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)

/** The first position in [from, to) where `needle` starts (as a start tag's name when `tag`), or -1. */
function findForward(source: XafSource, needle: Buffer, from: number, to: number, tag: boolean): number {
  for (let at = from; at < to; at += SCAN_BYTES) {
    const window = viewOf(bytesAt(source, at, SCAN_BYTES + needle.length))
    for (let i = window.indexOf(needle); i >= 0 && i < SCAN_BYTES && at + i < to; i = window.indexOf(needle, i + 1))
      if (!tag || endsName(window[i + needle.length])) return at + i
  }
  return -1
}

/** The last position in [from, before) where the start tag `needle` starts, or -1. */
function findBackward(source: XafSource, needle: Buffer, from: number, before: number): number {
  for (let end = before; end > from; end -= SCAN_BYTES) {
    const start = Math.max(from, end - SCAN_BYTES)
    const window = viewOf(bytesAt(source, start, end - start + needle.length))
    for (let i = window.lastIndexOf(needle, end - start - 1); i >= 0; i = i === 0 ? -1 : window.lastIndexOf(needle, i - 1))
      if (endsName(window[i + needle.length])) return start + i
  }
  return -1
}

/**
 * Where to cut one file, or null when it is small, UTF-16, or has no transaction to cut after.
 * `headStart`: bytes the head reader reads before the tail reader begins (at most a quarter of the journals).
 */
export function planSplit(source: XafSource, minBytes = PARALLEL_MIN_BYTES, headStart = HEAD_START_BYTES): SplitPlan | null {
  const size = sourceSize(source)
  // the tail reader's progress is an Int32
  if (size < minBytes || size >= 2 ** 31 || encodingOf(bytesAt(source, 0, 256)) === 'utf-16le') return null
  const first = findForward(source, JOURNAL, 0, size, true)
  if (first < 0) return null
  // the tail reader reads the file's head up to `first` too
  const middle = Math.floor(first + (size - first) / 2 + Math.min(headStart, (size - first) / 4) / 2)
  const end = findForward(source, TRANSACTION_END_BYTES, middle, Math.min(size, middle + 16 * SCAN_BYTES), false)
  const journal = end < 0 ? -1 : findBackward(source, JOURNAL, first, end)
  const opened = journal < 0 ? -1 : findForward(source, TRANSACTION, journal, end, true)
  if (opened < 0) return null
  const cut = end + TRANSACTION_END_BYTES.length
  return { size, cut, tail: [[0, first], [journal, opened], [cut, size]] }
}

/**
 * In the second worker: the transactions of the file from the cut on, or null when they cannot be
 * handed over as they are (see the top of this file).
 */
export function readTail({ source, ranges, progress }: TailJob): TailPart | null {
  const book = createBook(false)
  const tail = { started: false }
  const reader = createXafFileReader({ source, index: 0, book, multi: false, tail })
  const before = ranges.slice(0, 2).reduce((sum, [start, end]) => sum + end - start, 0)
  let junction = { line: 0, problems: 0, lineCount: 0 }
  const startTail = (range: number) => {
    if (range !== 2) return
    tail.started = true
    junction = { line: reader.line, problems: book.problemCount, lineCount: book.lineCount }
  }
  const read = reader.read((n) => Atomics.store(progress, 0, Math.max(0, n - before)), { ranges, onRange: startTail, hash: false })
  if (!read || reader.finish() === null || !tail.started || book.problemCount > junction.problems) return null
  return { movements: book.movements, accountLines: book.accountLines, lineCount: book.lineCount - junction.lineCount, totals: reader.totals, junctionLine: junction.line }
}

/** A tail as it crosses between the workers: its movements column by column (jobs/columns.ts). */
type PackedTail = Omit<TailPart, 'movements'> & { movements: Packed<XafMovement> }

export const packTail = ({ movements, ...rest }: TailPart): PackedTail => ({ ...rest, movements: toColumns(movements) })
const unpackTail = ({ movements, ...rest }: PackedTail): TailPart => ({ ...rest, movements: fromColumns(movements) })

/** The second worker reading the tail; settles with null when it fails or is stopped. */
function startTail(job: TailJob): { part: Promise<TailPart | null>; stop: () => void } {
  // no inherited flags: run from source a worker registers its TypeScript loader itself (start-worker.ts),
  // and a bundled one (the app, the bench) must not load it at all
  const worker = startWorker('import-worker', { workerData: { xafTail: job }, execArgv: [] })
  const part = new Promise<TailPart | null>((resolve) => {
    worker.once('message', (p: PackedTail | null) => resolve(p && unpackTail(p)))
    worker.once('error', () => resolve(null))
    worker.once('exit', () => resolve(null))
  })
  const stop = () => void worker.terminate()
  void part.then(stop)
  return { part, stop }
}

/** How long the head reader looks at the machine before it decides on a second reader. */
const LOOK_MS = 100

/** The cores' idle time so far, in ms (os.cpus(); ticks of 10 ms on Linux). */
const idleMs = () => cpus().reduce((sum, c) => sum + c.times.idle, 0)

/**
 * Whether a second reader gets a core of its own: the cores were idle, over `elapsed` ms, for at least a
 * fifth of one core's time. On a quiet 2-core machine the look sees 30–60 ms idle per 100 ms, in 10 ms
 * ticks (the head reader takes one core; the process's start and V8 compiling the reader's code in the
 * background take part of the other); with every core busy it sees next to none, and a second reader
 * would only add its work.
 */
export const coreWasFree = (idle: number, elapsed: number): boolean => idle >= 0.2 * elapsed

/**
 * Reads one file in two parts at once (see the top of this file); `tail` tells who read the tail in the
 * end. `second`: 'if-a-core-is-free' starts the tail reader only once the first LOOK_MS showed a free core.
 */
export async function readSplit(source: XafSource, plan: SplitPlan, onBytes?: BytesProgress, second: 'always' | 'if-a-core-is-free' = 'always'): Promise<XafRead & { tail: 'apart' | 'here' }> {
  const progress = new Int32Array(new SharedArrayBuffer(4))
  const job = { source, ranges: plan.tail, progress }
  let tail = second === 'always' ? startTail(job) : null
  const since = { at: performance.now(), idle: idleMs(), decided: second === 'always' }
  const book = createBook(false)
  const hash = createHash('sha256')
  const reader = createXafFileReader({ source, index: 0, book, multi: false, hash })
  let told = 0
  let tailRead = () => Atomics.load(progress, 0)
  const tell = (read: number) => {
    if (!since.decided && performance.now() - since.at >= LOOK_MS) {
      since.decided = true
      if (coreWasFree(idleMs() - since.idle, performance.now() - since.at)) tail = startTail(job)
    }
    const all = read + tailRead()
    if (all - told < PROGRESS_BYTES) return
    told = all
    onBytes?.(all, plan.size)
  }
  const head = reader.read(tell, { ranges: [[0, plan.cut]] })
  let part: TailPart | null = null
  let digest = hash
  if (tail && head && reader.cutAfterEndTag() === JOURNAL_LEVEL) {
    // the tail's bytes are hashed while its reader finishes, on a copy: this worker may read them itself after all
    const whole = hash.copy()
    for (const [chunk] of byteChunks(source, [[plan.cut, plan.size]])) whole.update(chunk)
    const ticker = setInterval(() => tell(plan.cut), 100)
    part = await tail.part.finally(() => clearInterval(ticker))
    if (part) digest = whole
  } else tail?.stop()
  tailRead = () => 0
  if (part) reader.addTail(part)
  else if (head) reader.read((read) => tell(plan.cut + read), { ranges: [[plan.cut, plan.size]] })
  const info = reader.finish()
  onBytes?.(plan.size, plan.size)
  return { book, files: info ? [info] : [], sha256: digest.digest('hex'), tail: part ? 'apart' : 'here' }
}

/**
 * The import worker's auditfile preview: one large file read on two cores when a core is free for
 * the second, anything else as previewXaf reads it.
 */
export async function previewXafFiles(input: readonly XafSource[], options: PreviewOptions = {}, sink?: RowsSink, onBytes?: BytesProgress): Promise<ImportPreview> {
  const sources = inReadingOrder(input)
  const plan = sources.length === 1 ? planSplit(sources[0] as XafSource) : null
  if (!plan) return previewXaf(sources, options, sink, onBytes)
  return previewOfRead(sources, await readSplit(sources[0] as XafSource, plan, onBytes, 'if-a-core-is-free'), options, sink)
}
