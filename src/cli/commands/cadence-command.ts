// `referable cadence`: in-market contacts past their cadence tier's maximum, the longest overdue first.
import type { Command } from 'commander';
import { plain, printJson, table } from '../output.ts';
import { wholeNumberOption } from '../option-parsers.ts';
import type { Shell } from '../shell.ts';


export function registerCadence(program: Command, shell: Shell): void {
  program
    .command('cadence')
    .description('losing touch: in-market contacts past the maximum days of their cadence tier')
    .option('--limit <n>', 'at most n contacts (all with --json, 30 in the terminal)', wholeNumberOption('--limit'))
    .option('--json', 'print JSON')
    .action(async (options: { limit?: number; json?: boolean }, command: Command) => {
      const limit = options.limit ?? (options.json ? undefined : 30);
      const report = await shell.withContext(command, async (context) => (await import('../../app/interactions.ts')).cadenceReport(context, { limit }));
      if (options.json) return printJson(shell.output, report);
      shell.output.out(`Tiers: ${report.tiers.map((tier) => `${tier.name} every ${tier.idealDays}–${tier.maxDays} days${tier.tags.length ? ` (tags ${tier.tags.join(', ')})` : tier.inMarket ? ' (in market)' : ''}`).join('; ')}`);
      if (report.total === 0) return shell.output.out('Nobody in market is losing touch. Keep it up.');
      shell.output.out(`${report.total} in-market contact${report.total === 1 ? ' is' : 's are'} losing touch:`);
      shell.output.out(table(['id', 'name', 'company', 'tier', 'days since touch', 'max'], report.losingTouch.map((row) => [row.contactId, plain(row.name), plain(row.company), row.tier, row.daysSinceLastTouch ?? 'never', row.maxDays])));
      if (report.losingTouch.length < report.total) shell.output.out(`${report.losingTouch.length} of ${report.total} shown; --limit N or --json for all. Log a touch: referable log CONTACT "call"`);
    });
}
