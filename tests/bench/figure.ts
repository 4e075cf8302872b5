/** One line of `npm run bench` output: a measured figure next to the bare library doing the same work. */
export type Figure = {
  figure: string
  value: number
  unit: string
  /** the same work done by the bare library in the same run (null where no baseline applies) */
  baseline: number | null
  ratio: number | null
}

export type BenchOptions = { quick: boolean }

/** A bench section: `tests/bench/<name>.bench.ts` exporting `run`. */
export type BenchSection = { run: (opts: BenchOptions) => Promise<Figure[]> }

export function figure(name: string, value: number, unit: string, baseline: number | null): Figure {
  const round = (n: number) => Math.round(n * 1000) / 1000
  return {
    figure: name,
    value: round(value),
    unit,
    baseline: baseline === null ? null : round(baseline),
    ratio: baseline === null || baseline === 0 ? null : round(value / baseline)
  }
}

/** Wall-clock seconds of a synchronous or async piece of work. */
export async function timed<T>(work: () => T | Promise<T>): Promise<{ seconds: number; result: T }> {
  const start = process.hrtime.bigint()
  const result = await work()
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, result }
}
