// `referable demo`: a realistic sample network, imported like a real export, then a summary of it.
import type { Command } from 'commander';
import { dirname, resolve } from 'node:path';
import pc from 'picocolors';
import { resolveStoreLocation } from '../../app/app-context.ts';
import { DEMO_DEFAULTS } from '../../app/demo-options.ts';
import { ReferableError } from '../../core/errors.ts';
import { printJson } from '../output.ts';
import { globalOptions, type Shell } from '../shell.ts';
import { printImportReport } from './import-command.ts';
import { printReport } from './report-command.ts';
import { printPaths, printReach } from './network-commands.ts';

export const DEMO_DB = 'referable-demo.db';


export function registerDemo(program: Command, shell: Shell): void {
  program
    .command('demo')
    .description(`build a sample network (${DEMO_DEFAULTS.connections} connections, seeded) as a LinkedIn export and import it; uses ./${DEMO_DB} unless --db is given`)
    .option('--connections <n>', 'how many connections', String(DEMO_DEFAULTS.connections))
    .option('--seed <n>', 'random seed (same seed, same network)', String(DEMO_DEFAULTS.seed))
    .option('--json', 'print JSON')
    .action(async (options: { connections: string; seed: string; json?: boolean }, command: Command) => {
      const connections = Number(options.connections);
      const seed = Number(options.seed);
      if (!Number.isInteger(seed)) throw new ReferableError('INVALID_INPUT', `--seed must be a whole number; got "${options.seed}"`);
      // The demo keeps to its own file unless told otherwise, so it never mixes with a real network.
      const globals = globalOptions(command);
      const explicit = globals.db ?? (shell.env.DATABASE_URL || shell.env.REFERABLE_DB);
      if (!explicit) command.parent?.setOptionValue('db', DEMO_DB);
      const location = resolveStoreLocation({ db: globalOptions(command).db, env: shell.env });
      const folder = /^postgres/i.test(location) ? resolve('.referable-demo') : resolve(dirname(location), '.referable-demo');
      // Loaded on demand: the generator's word lists are not needed by any other command.
      const { runDemo } = await import('../../app/demo.ts');
      const summary = await shell.withContext(command, (context) => runDemo(context, { connections, seed, folder }));
      if (options.json) return printJson(shell.output, summary);
      shell.output.out(pc.bold(`Referable demo: a ${connections}-connection network, generated as a LinkedIn export at ${summary.exportPath}`));
      shell.output.out(`First an earlier download (${summary.previousImport.added} connections), then the current one:`);
      printImportReport(shell.output, summary.import);
      shell.output.out('');
      printReport(shell.output, summary.report);
      shell.output.out('');
      printPaths(shell.output, summary.path);
      shell.output.out('');
      printReach(shell.output, summary.reach);
      const db = /^postgres/i.test(location) ? '' : ` --db ${location}`;
      shell.output.out(`\nExplore it:\n  referable contacts list${db} --in-market --sort fit\n  referable coverage${db} "Ledgerlark"\n  referable report${db} --html report.html\n  referable target show${db}\n  referable path${db} "Clearbrook Payments"\n  referable reach${db} --what-if add-weak=100 --what-if strengthen=10 --ask 5`);
      shell.output.out(`Import your own network:\n  referable import ~/Downloads/Basic_LinkedInDataExport_*.zip`);
    });
}
