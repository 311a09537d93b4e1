// `referable target init|set|show|list|use`: define the market you want to be known in.
import type { Command } from 'commander';
import type { MarketView } from '../../app/target.ts';

/** Loaded on demand: the market parser (zod, yaml) and the taxonomy are not needed by other commands. */
const useCases = () => import('../../app/target.ts');
import { printJson, table } from '../output.ts';
import type { Shell } from '../shell.ts';

/** One line per market; `markActive` false where the sentence already says it is active ("Active: ..."). */
function summary(view: MarketView, markActive = true): string {
  const m = view.market;
  const parts = [
    m.companies.length ? `${m.companies.length} ${m.companies.length === 1 ? 'company' : 'companies'}` : '',
    m.functions.length ? `functions: ${m.functions.join(', ')}` : '',
    m.seniorities.length ? `seniorities: ${m.seniorities.join(', ')}` : '',
    m.industries.length ? `industries: ${m.industries.join(', ')}` : '',
    m.locations.length ? `locations: ${m.locations.join(', ')}` : '',
    m.keywords.length ? `keywords: ${m.keywords.join(', ')}` : '',
  ].filter(Boolean);
  const goal = m.goals.inMarketConnections;
  return `${view.name}${markActive && view.active ? ' (active)' : ''}: ${parts.join('; ')}; in market at fit >= ${m.threshold}; goal ${goal} in-market ${goal === 1 ? 'connection' : 'connections'}`;
}

export function registerTarget(program: Command, shell: Shell): void {
  const target = program.command('target').description('define your target market (companies, functions, seniority, industries, places, keywords)');

  target
    .command('init')
    .description('write a commented example market to edit')
    .argument('[file]', 'where to write it', 'target.yaml')
    .option('--force', 'overwrite the file if it exists')
    .action(async (file: string, options: { force?: boolean }) => {
      (await useCases()).writeExampleTarget(file, options);
      shell.output.out(`Wrote ${file}. Edit it, then: referable target set ${file}`);
    });

  target
    .command('set')
    .description('validate a market file, save it and make it the active market (re-scores everyone at once)')
    .argument('<file>', 'a target-market YAML file')
    .option('--json', 'print JSON')
    .action(async (file: string, options: { json?: boolean }, command: Command) => {
      const view = await shell.withContext(command, async (context) => (await useCases()).setTarget(context, file), { create: true });
      if (options.json) return printJson(shell.output, { id: view.id, name: view.name, active: view.active, market: view.market });
      shell.output.out(`Saved and activated ${summary(view, false)}.\nNext: referable report`);
    });

  target
    .command('show')
    .description('the active market (or one by name): its file as you wrote it')
    .argument('[name]', 'a market name')
    .option('--json', 'print JSON')
    .action(async (name: string | undefined, options: { json?: boolean }, command: Command) => {
      const view = await shell.withContext(command, async (context) => (await useCases()).showTarget(context, name));
      if (options.json) return printJson(shell.output, { id: view.id, name: view.name, active: view.active, market: view.market, definition: view.definition });
      shell.output.out(`# ${summary(view)}\n${view.definition}`);
    });

  target
    .command('list')
    .description('all saved markets')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      const markets = await shell.withContext(command, async (context) => (await useCases()).listTargets(context));
      if (options.json) return printJson(shell.output, markets);
      if (markets.length === 0) return shell.output.out('No target market yet: referable target init target.yaml');
      shell.output.out(table(['name', 'active', 'updated'], markets.map((m) => [m.name, m.active ? 'yes' : '', m.updatedAt.slice(0, 10)])));
    });

  target
    .command('use')
    .description('make a saved market the active one')
    .argument('<name>', 'a market name')
    .action(async (name: string, _options: unknown, command: Command) => {
      const view = await shell.withContext(command, async (context) => (await useCases()).useTarget(context, name));
      shell.output.out(`Active: ${summary(view, false)}`);
    });
}
