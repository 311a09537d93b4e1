// The benchmark table every figure lands in: ours vs a reference measured in the same run, ratio, goal, met or not.
import { cpus, totalmem, release } from 'node:os';

export interface BenchRow {
  figure: string;
  /**
   * How many timed runs the row's figures come from, e.g. '5' or '5 (graphology 3)'; '—' for figures that are not
   * timed (accuracy, sizes).
   */
  runs: string;
  ours: string;
  reference: string;
  ratio: string;
  goal: string;
  met: boolean;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function ms(value: number): string {
  return `${value.toFixed(0)} ms`;
}

/** "min–max" of the runs, each formatted like the median beside it. */
export function range(values: number[], format: (value: number) => string = (value) => value.toFixed(0)): string {
  if (values.length === 0) throw new Error('no runs to summarise');
  return `${format(Math.min(...values))}–${format(Math.max(...values))}`;
}

/** "1245 ms (1210–1302)": the median of the runs with their min–max, so a bad run is visible beside the median. */
export function msSpread(values: number[], digits = 0): string {
  const format = (value: number) => value.toFixed(digits);
  return `${format(median(values))} ms (${range(values, format)})`;
}

/** The same for a rate computed from each run's time: `work / ms` per run, scaled and labelled by `unit`. */
export function rateSpread(work: number, times: number[], perMs: (work: number, ms: number) => number, unit: string, digits = 1): string {
  const rates = times.map((took) => perMs(work, took));
  const format = (value: number) => value.toFixed(digits);
  return `${format(perMs(work, median(times)))} ${unit} (${range(rates, format)})`;
}

export function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpus().length} × ${cpu}, ${(totalmem() / 1024 ** 3).toFixed(0)} GB RAM, Linux ${release()}, Node ${process.version}`;
}

export function renderTable(rows: BenchRow[], runs: number, date: string): string {
  const lines = [
    '# Benchmark results',
    '',
    `Measured ${date} on ${machine()}. Each row says how many timed runs it is from (${runs} unless the row says fewer, for a slow reference);`,
    'times are medians with the min–max of those runs in brackets, and each figure is measured side by side with its reference in the same run.',
    'Ratios are of the medians. Regenerate with `npm run bench`.',
    '',
    '| figure | runs | ours | reference | ratio | goal | met |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((row) => `| ${row.figure} | ${row.runs} | ${row.ours} | ${row.reference} | ${row.ratio} | ${row.goal} | ${row.met ? 'yes' : '**no**'} |`),
    '',
  ];
  return lines.join('\n');
}
