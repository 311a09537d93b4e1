// `referable target suggest|init|set|show|list|use`: define the market you want to be known in.
import type { Command } from 'commander';
import type { MarketView } from '../../app/target.ts';
import type { TargetSuggestion } from '../../app/target-builder.ts';
import { isReferableError } from '../../core/errors.ts';
import type { Candidate } from '../../core/market/market-suggestion.ts';

/** Loaded on demand: the market parser (zod, yaml) and the taxonomy are not needed by other commands. */
const useCases = () => import('../../app/target.ts');
const builder = () => import('../../app/target-builder.ts');
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

const DIMENSIONS = [
  ['companies', 'Companies'],
  ['functions', 'Functions'],
  ['seniorities', 'Seniorities'],
  ['industries', 'Industries'],
  ['locations', 'Locations'],
] as const;

/** One aligned list per dimension: "  Woodgrove Bank   138", the user's own marked. */
function candidateLists(suggestion: TargetSuggestion): string {
  const blocks: string[] = [];
  for (const [key, title] of DIMENSIONS) {
    const candidates: Candidate[] = suggestion.suggestion[key];
    if (candidates.length === 0) {
      blocks.push(`${title}: none among your contacts${key === 'industries' || key === 'locations' ? ' (LinkedIn exports leave it out for connections; name yours in the file)' : ''}`);
      continue;
    }
    const width = Math.max(...candidates.map((candidate) => candidate.value.length));
    const digits = Math.max(...candidates.map((candidate) => String(candidate.count).length));
    const note = (candidate: Candidate) => (candidate.yours ? (key === 'companies' ? '  your employer (not in the draft)' : '  yours') : '');
    blocks.push([`${title} (contacts):`, ...candidates.map((candidate) => `  ${candidate.value.padEnd(width)}  ${String(candidate.count).padStart(digits)}${note(candidate)}`)].join('\n'));
  }
  return blocks.join('\n\n');
}

function previewLine(suggestion: TargetSuggestion): string {
  const preview = suggestion.preview;
  if (!preview) return '';
  return `This market puts ${preview.inMarket} of your ${preview.connections} connections in market (goal ${preview.goal}), and ${preview.inMarketProspects} prospects.`;
}

export function registerTarget(program: Command, shell: Shell): void {
  const target = program.command('target').description('define your target market (companies, functions, seniority, industries, places, keywords)');

  target
    .command('suggest')
    .description('candidates for your market from your own network (companies, functions, seniorities, industries, places, with counts) and a market built from them')
    .option('--write <file>', 'write the suggested market as a target file to edit, then "referable target set FILE"')
    .option('--force', 'with --write: overwrite the file if it exists')
    .option('--apply', 'save the suggested market and make it active (validated like "target set")')
    .option('--json', 'print JSON')
    .action(async (options: { write?: string; force?: boolean; apply?: boolean; json?: boolean }, command: Command) => {
      const { suggestion, view } = await shell.withContext(command, async (context) => {
        const cases = await builder();
        const made = await cases.suggestTarget(context);
        if (options.write) cases.writeSuggestion(options.write, made, { force: options.force });
        return { suggestion: made, view: options.apply ? await cases.applySuggestion(context, made) : null };
      });
      if (options.json) {
        return printJson(shell.output, { candidates: suggestion.suggestion, draft: suggestion.draft, definition: suggestion.definition, preview: suggestion.preview, written: options.write ?? null, applied: view ? { id: view.id, name: view.name } : null });
      }
      const lines = [`From your ${suggestion.suggestion.contacts} contacts, most represented first:`, '', candidateLists(suggestion), ''];
      if (view) lines.push(`Saved and activated ${summary(view, false)}.`, previewLine(suggestion), 'Next: referable report');
      else if (options.write) lines.push(`Wrote ${options.write}. ${previewLine(suggestion)}`, `Edit it, then: referable target set ${options.write}`);
      else lines.push('Suggested market (save it with --write FILE to edit, or --apply to use it as is):', previewLine(suggestion), '', suggestion.definition.trimEnd());
      shell.output.out(lines.filter((line, index, all) => line !== '' || all[index - 1] !== '').join('\n'));
    });

  target
    .command('init')
    .description('write a market file to edit: suggested from your network when you have contacts, else a commented example')
    .argument('[file]', 'where to write it', 'target.yaml')
    .option('--force', 'overwrite the file if it exists')
    .action(async (file: string, options: { force?: boolean }, command: Command) => {
      let suggestion: TargetSuggestion | null = null;
      try {
        suggestion = await shell.withContext(command, async (context) => (await builder()).suggestTarget(context));
      } catch (error) {
        // No database or no contacts yet: the example is all there is to start from.
        if (!(isReferableError(error) && error.code === 'NOT_FOUND')) throw error;
      }
      if (suggestion) {
        (await builder()).writeSuggestion(file, suggestion, options);
        return shell.output.out(`Wrote ${file}, suggested from your ${suggestion.suggestion.contacts} contacts. ${previewLine(suggestion)}\nEdit it, then: referable target set ${file} (every candidate with its count: referable target suggest)`);
      }
      (await useCases()).writeExampleTarget(file, options);
      shell.output.out(`Wrote ${file}: an example market (a fintech product leader's), since this workspace has no contacts yet. Import your network first and run "referable target init --force ${file}" for one built from it, or edit this one, then: referable target set ${file}`);
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
      if (markets.length === 0) return shell.output.out('No target market yet: "referable target suggest" shows one built from your network (--apply uses it, --write FILE saves it to edit)');
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
