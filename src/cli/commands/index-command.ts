// `referable index [--history]`: the referability index, 0-100 in four pillars of 25, each with its next steps.
import type { Command } from 'commander';
import type { ReferabilityIndex } from '../../core/index/referability-index.ts';
import { printJson, type Output } from '../output.ts';
import type { Shell } from '../shell.ts';
import { meter, sparkline } from '../sparkline.ts';
import { actionLine } from '../../core/text/next-action.ts';

/** Loaded on demand: the index pulls in scoring, the ledger and content. */
const useCases = () => import('../../app/referability-index.ts');

export function printIndex(output: Output, index: ReferabilityIndex): void {
  output.out(`Referability index ${index.score}/100  ${meter(index.score / 100)}  (${index.market}, ${index.asOf})`);
  for (const pillar of index.pillars) {
    output.out(`\n${pillar.label.padEnd(16)} ${String(pillar.score).padStart(4)}/${pillar.max}  ${meter(pillar.score / pillar.max, 10)}`);
    output.out(`  ${pillar.explanation}`);
    for (const part of pillar.parts) if (pillar.parts.length > 1) output.out(`    ${part.name.padEnd(10)} ${String(part.points).padStart(4)}/${part.max}  ${part.detail}`);
    for (const action of pillar.actions.slice(0, 3)) output.out(`  -> ${actionLine(action)}`);
  }
  if (index.nextAction) output.out(`\nNext best step: ${actionLine(index.nextAction)}`);
}

export function registerIndex(program: Command, shell: Shell): void {
  program
    .command('index')
    .description('your referability index (0-100): reach in market, breadth, reciprocity, go-to presence; saves a daily snapshot')
    .option('--history', 'the snapshots over time instead')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nEach run stores today\'s snapshot (the latest run of a day wins); --history shows the series.\nFormulas: README, "Referability index".')
    .action(async (options: { history?: boolean; json?: boolean }, command: Command) => {
      if (options.history) {
        const history = await shell.withContext(command, async (context) => (await useCases()).indexHistory(context));
        if (options.json) return printJson(shell.output, history);
        const { snapshots } = history;
        if (snapshots.length === 0) return shell.output.out('No snapshots yet: each run of referable index saves one.');
        const first = snapshots[0];
        const last = snapshots[snapshots.length - 1];
        shell.output.out(`Referability index, ${snapshots.length} snapshot${snapshots.length === 1 ? '' : 's'} ${first.takenOn}..${last.takenOn}: ${last.score}${history.change === null ? '' : ` (${history.change >= 0 ? '+' : ''}${history.change})`}`);
        // Sparklines scale to the maximum; a fixed 100 (or 25) keeps "flat at 40" from looking like "full".
        shell.output.out(`  ${'index'.padEnd(12)} ${sparkline([...snapshots.map((s) => s.score), 100]).slice(0, -1)}  ${last.score}/100`);
        for (const pillar of last.pillars) {
          const series = snapshots.map((s) => s.pillars.find((p) => p.name === pillar.name)?.score ?? 0);
          shell.output.out(`  ${pillar.name.padEnd(12)} ${sparkline([...series, 25]).slice(0, -1)}  ${pillar.score}/25`);
        }
        return;
      }
      const index = await shell.withContext(command, async (context) => (await useCases()).computeIndex(context));
      if (options.json) return printJson(shell.output, index);
      printIndex(shell.output, index);
    });
}
