// Times the title engine on the market bench's 250,000 distinct titles, side by side with an earlier version of the
// engine (REF, loaded as check-title-engine.ts loads it: that version's engine files over today's tables) and with the
// bench's "fold + split into words" reference, alternating in the same process so load on the machine hits all alike.
//
//   node --import tsx scripts/time-title-engine.ts [REF] [ROUNDS]      (REF defaults to HEAD, ROUNDS to 7)
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median } from '../bench/bench-table.ts';
import { distinctTitles } from '../bench/title-mix.ts';
import { classifyTitleUncached } from '../src/core/taxonomy/classify-title.ts';
import { foldTitleText } from '../src/core/taxonomy/normalize-title.ts';

const ENGINE_FILES = ['classify-title.ts', 'normalize-title.ts', 'function-matcher.ts', 'seniority-gate.ts', 'title-word.ts'];
const TAXONOMY = 'src/core/taxonomy';

async function referenceClassifier(ref: string): Promise<{ classify: (title: string) => unknown; folder: string }> {
  const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();
  const folder = mkdtempSync(join(tmpdir(), 'time-title-engine-'));
  cpSync(join(root, TAXONOMY), folder, { recursive: true, filter: (source) => !source.endsWith('.test.ts') });
  for (const file of ENGINE_FILES) {
    try {
      writeFileSync(join(folder, file), execFileSync('git', ['show', `${ref}:${TAXONOMY}/${file}`], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    } catch {
      // not an engine file in that version
    }
  }
  const module = await import(pathToFileURL(join(folder, 'classify-title.ts')).href);
  return { classify: module.classifyTitleUncached, folder };
}

const ref = process.argv[2] ?? 'HEAD';
const rounds = Number(process.argv[3] ?? 7);
const titles = distinctTitles(250_000, 23);
const perMillion = 1_000_000 / titles.length;
const { classify: reference, folder } = await referenceClassifier(ref);
try {
  const sides: Record<string, () => void> = {
    now: () => {
      for (const title of titles) classifyTitleUncached(title);
    },
    [ref]: () => {
      for (const title of titles) reference(title);
    },
    'fold+split': () => {
      let words = 0;
      for (const title of titles) words += foldTitleText(title).split(' ').length;
      if (words === 0) throw new Error('no words');
    },
  };
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(sides).map((name) => [name, []]));
  for (const run of Object.values(sides)) run(); // warm-up: word tables filled, code compiled
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? Object.keys(sides) : Object.keys(sides).reverse();
    for (const name of order) {
      const start = performance.now();
      sides[name]();
      times[name].push((performance.now() - start) * perMillion);
    }
  }
  // Each round's own ratio: the machine's load moves all sides of a round together, so these vary far less than times.
  const ratios = times.now.map((took, round) => took / times[ref][round]);
  console.log(`now / ${ref}: median ${median(ratios).toFixed(3)} (min–max ${Math.min(...ratios).toFixed(3)}–${Math.max(...ratios).toFixed(3)}, ${ratios.length} rounds)`);
  const split = median(times['fold+split']);
  for (const [name, list] of Object.entries(times)) {
    const m = median(list);
    console.log(`${name.padEnd(12)} ${m.toFixed(0).padStart(6)} ms per million (min–max ${Math.min(...list).toFixed(0)}–${Math.max(...list).toFixed(0)}, ${list.length} runs), ${(m / split).toFixed(2)}x fold+split`);
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
