// `referable demo`: a realistic sample network, imported like a real export, then a summary of it.
import type { Command } from 'commander';
import { dirname, resolve } from 'node:path';
import pc from 'picocolors';
import { resolveStoreLocation } from '../../app/app-context.ts';
import { DEMO_DEFAULTS } from '../../app/demo-options.ts';
import { ReferableError } from '../../core/errors.ts';
import type { AppContext } from '../../app/app-context.ts';
import type { DemoSummary } from '../../app/demo.ts';
import { printJson, type Output } from '../output.ts';
import { globalOptions, type Shell } from '../shell.ts';
import { printDemoBrief } from './demo-brief.ts';
import { printImportReport } from './import-command.ts';
import { printReport } from './report-command.ts';
import { printPaths, printReach } from './network-commands.ts';
import { printGoToScore } from './content-command.ts';
import { printIndex } from './index-command.ts';
import { printSuggestions } from './intros-command.ts';
import { printPlan } from './plan-command.ts';

export const DEMO_DB = 'referable-demo.db';


export function registerDemo(program: Command, shell: Shell): void {
  program
    .command('demo')
    .description(`build a sample network (${DEMO_DEFAULTS.connections} connections, seeded) as a LinkedIn export and import it; uses ./${DEMO_DB} unless --db is given`)
    .option('--connections <n>', 'how many connections', String(DEMO_DEFAULTS.connections))
    .option('--seed <n>', 'random seed (same seed, same network)', String(DEMO_DEFAULTS.seed))
    .option('--json', 'print JSON')
    .option('--verbose', 'print the full tour: every table of the report, paths, reach, index, plan and content')
    .option('--serve', 'then serve the dashboard on the demo data (http://127.0.0.1:4321/, or a free port), until Ctrl-C')
    .option('--cohort', 'seed a cohort instead (PostgreSQL only: --db postgres://…): a coach and a dozen members with different consent levels')
    .option('--members <n>', 'with --cohort: how many members', '12')
    .action(async (options: { connections: string; seed: string; json?: boolean; verbose?: boolean; serve?: boolean; cohort?: boolean; members: string }, command: Command) => {
      if (options.cohort) return runCohortDemo(shell, command, { members: Number(options.members), json: Boolean(options.json) });
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
      // With --serve the same open store goes on to the server, so the dashboard shows exactly what was printed.
      await shell.withContext(command, async (context) => {
        const summary = await runDemo(context, { connections, seed, folder });
        if (options.json) printJson(shell.output, summary);
        else if (options.verbose) printSummary(shell.output, summary, connections, location);
        else printDemoBrief(shell.output, summary, { connections, dbOption: dbOption(location), serving: Boolean(options.serve) });
        if (options.serve) await serveDemo(context, shell.output);
      }, { create: true });
    });
}

/** `demo --cohort`: seeds the cohort demo on PostgreSQL and says how to sign in as its coach. */
async function runCohortDemo(shell: Shell, command: Command, options: { members: number; json: boolean }): Promise<void> {
  const location = resolveStoreLocation({ db: globalOptions(command).db ?? (shell.env.DATABASE_URL || shell.env.REFERABLE_DB) ?? '', env: shell.env });
  if (!/^postgres/i.test(location)) {
    throw new ReferableError('INVALID_INPUT', 'demo --cohort needs PostgreSQL: a cohort is many accounts on a multi-user server. Run it as "referable demo --cohort --db postgres://USER@HOST:5432/DB" (SQLite serves one person: plain "referable demo")');
  }
  const { openAccounts } = await import('../../app/accounts/accounts-context.ts');
  const { seedCohortDemo } = await import('../../app/accounts/cohort-demo.ts');
  const ctx = await openAccounts(location, { now: shell.now }, 'demo --cohort');
  try {
    const summary = await seedCohortDemo(ctx, { members: options.members });
    if (options.json) return printJson(shell.output, summary);
    const out = shell.output;
    out.out(pc.bold(`Cohort demo: "${summary.cohort}" of ${summary.organisation}, ${summary.members.length} members, ${summary.pathRequests} path requests`));
    for (const member of summary.members) out.out(`  ${member.email.padEnd(40)} shares ${member.level}`);
    out.out('');
    out.out(`Coach:    ${summary.coach.email}`);
    out.out(`Password: ${summary.coach.password}`);
    out.out(`Token:    ${summary.coach.token}   (shown once: Authorization: Bearer TOKEN)`);
    out.out('');
    out.out(`Serve it and sign in as the coach:\n  npx referable serve --multi-user --db ${location}`);
    out.out(`Then open the Cohort page, or: curl -H "Authorization: Bearer ${summary.coach.token}" http://127.0.0.1:4321/api/cohorts/${encodeURIComponent(summary.cohort)}/page`);
  } finally {
    await ctx.store.close();
  }
}

/** The usual port, or any free one when it is taken (another Referable, or a second demo). */
async function serveDemo(context: AppContext, output: Output): Promise<void> {
  const { serveUntilStopped } = await import('./serve-command.ts');
  output.out('');
  try {
    await serveUntilStopped(context, output, { port: 4321 });
  } catch (error) {
    if (!(error instanceof ReferableError) || !/in use/.test(error.message)) throw error;
    output.out('Port 4321 is in use; serving on a free port instead.');
    await serveUntilStopped(context, output, { port: 0 });
  }
}

/** The --db option the printed commands need: none on PostgreSQL (DATABASE_URL says where), the file otherwise. */
function dbOption(location: string): string {
  return /^postgres/i.test(location) ? '' : ` --db ${location}`;
}

function printSummary(output: Output, summary: DemoSummary, connections: number, location: string): void {
  output.out(pc.bold(`Referable demo: a ${connections}-connection network, generated as a LinkedIn export at ${summary.exportPath}`));
  output.out(`First an earlier download (${summary.previousImport.added} connections), then the current one:`);
  printImportReport(output, summary.import);
  output.out('');
  printReport(output, summary.report);
  output.out('');
  printPaths(output, summary.path);
  output.out('');
  printReach(output, summary.reach);
  output.out('');
  const { referrals, ledger } = summary;
  output.out(pc.bold(`Referability: ${referrals.needs.length} needs and ${referrals.offers.length} offers recorded, ${referrals.intros.length} introductions under way, ${ledger.events} referral events in the ledger (${ledger.owed} thank-you owed).`));
  output.out('Introductions to make this week:');
  printSuggestions(output, summary.suggestions);
  output.out('');
  printIndex(output, summary.index);
  output.out('');
  printPlan(output, summary.plan);
  output.out('');
  printGoToScore(output, summary.content.score);
  const db = dbOption(location);
  output.out(`\nExplore it (from this folder; after "npm link" plain "referable" works anywhere):\n  npx referable contacts list${db} --in-market --sort fit\n  npx referable coverage${db} "Ledgerlark"\n  npx referable report${db} --html report.html\n  npx referable target show${db}\n  npx referable path${db} "Clearbrook Payments"\n  npx referable reach${db} --what-if add-weak=100 --what-if strengthen=10 --ask 5\n  npx referable intros suggest${db}\n  npx referable ledger balance${db}\n  npx referable plan${db} --ics week.ics\n  npx referable content suggest${db} --topic payments`);
  output.out(`Import your own network:\n  npx referable import ~/Downloads/Basic_LinkedInDataExport_*.zip`);
}
