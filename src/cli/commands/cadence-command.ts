// `referable cadence`: in-market contacts past their cadence tier's maximum: lapsed, then never in touch; by fit, then overdue.
import type { Command } from 'commander';
import { plain, printJson, table } from '../output.ts';
import { wholeNumberOption } from '../option-parsers.ts';
import type { Shell } from '../shell.ts';
import type { LosingTouchEntry } from '../../app/interactions.ts';
import { agoText, sinceConnectingText } from '../../core/planner/touch-age.ts';

/** "3 years ago (2023-05-02)", or for someone never in touch "connected in 2017 (9 years ago)". */
function lastTouchText(row: LosingTouchEntry): string {
  if (row.daysSinceLastTouch === null) return 'never';
  return row.status === 'never in touch' ? sinceConnectingText(row.daysSinceLastTouch, row.lastTouch).replace('no contact since connecting', 'connected') : agoText(row.daysSinceLastTouch, row.lastTouch);
}

export function registerCadence(program: Command, shell: Shell): void {
  program
    .command('cadence')
    .description('losing touch: in-market contacts past the maximum days of their cadence tier (lapsed, or never in touch since connecting)')
    .option('--limit <n>', 'at most n contacts (all with --json, 30 in the terminal)', wholeNumberOption('--limit'))
    .option('--json', 'print JSON')
    .action(async (options: { limit?: number; json?: boolean }, command: Command) => {
      const limit = options.limit ?? (options.json ? undefined : 30);
      const report = await shell.withContext(command, async (context) => (await import('../../app/interactions.ts')).cadenceReport(context, { limit }));
      if (options.json) return printJson(shell.output, report);
      shell.output.out(`Tiers: ${report.tiers.map((tier) => `${tier.name} every ${tier.idealDays}–${tier.maxDays} days${tier.tags.length ? ` (tags ${tier.tags.join(', ')})` : tier.inMarket ? ' (in market)' : ''}`).join('; ')}`);
      if (report.total === 0) return shell.output.out('Nobody in market is losing touch. Keep it up.');
      shell.output.out(`${report.total} in-market contact${report.total === 1 ? ' is' : 's are'} losing touch: ${report.lapsed} lapsed, ${report.neverInTouch} never in touch since connecting (lapsed first; each by fit, then most overdue):`);
      shell.output.out(table(['id', 'name', 'company', 'fit', 'status', 'last touch', 'tier', 'max days'], report.losingTouch.map((row) => [row.contactId, plain(row.name), plain(row.company), row.fit, row.status, lastTouchText(row), row.tier, row.maxDays])));
      if (report.losingTouch.length < report.total) shell.output.out(`${report.losingTouch.length} of ${report.total} shown; --limit N or --json for all. Log a touch: referable log CONTACT "call"`);
    });
}
