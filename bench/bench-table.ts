// The benchmark table every figure lands in: ours vs a reference measured in the same run, ratio, goal, met or not.
import { cpus, totalmem, release } from 'node:os';

export interface BenchRow {
  figure: string;
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

export function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpus().length} × ${cpu}, ${(totalmem() / 1024 ** 3).toFixed(0)} GB RAM, Linux ${release()}, Node ${process.version}`;
}

export function renderTable(rows: BenchRow[], runs: number, date: string): string {
  const lines = [
    '# Benchmark results',
    '',
    `Measured ${date} on ${machine()}. Medians of ${runs} runs; each figure is measured side by side with its reference in the same run.`,
    'Regenerate with `npm run bench`.',
    '',
    '| figure | ours | reference | ratio | goal | met |',
    '|---|---|---|---|---|---|',
    ...rows.map((row) => `| ${row.figure} | ${row.ours} | ${row.reference} | ${row.ratio} | ${row.goal} | ${row.met ? 'yes' : '**no**'} |`),
    '',
  ];
  return lines.join('\n');
}
