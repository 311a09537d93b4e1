// `referable intros suggest|propose|advance|show|list`: make introductions, double opt-in, nothing sent for you.
import type { Command } from 'commander';
import pc from 'picocolors';
import type { IntroSuggestion, IntroView } from '../../app/intros.ts';
import { INTRO_OUTCOMES, INTRO_STATE_MEANING, INTRO_STATES } from '../../core/referrals/intro-workflow.ts';

/** Loaded on demand: the matcher pulls in MiniSearch, the taxonomy and the market scorer. */
const useCases = () => import('../../app/intros.ts');
import type { Output } from '../output.ts';
import { plain, printJson, table } from '../output.ts';
import { wholeNumberOption } from '../option-parsers.ts';
import type { Shell } from '../shell.ts';


function warn(output: Output, warnings: string[]): void {
  for (const warning of warnings) output.err(`${pc.yellow('warning')} ${warning}`);
}

function headline(intro: IntroView): string {
  const about = intro.need ? ` for "${plain(intro.need.text)}"` : '';
  return `${intro.id}  ${plain(intro.seeker.name)} -> ${plain(intro.helper.name)}${about}: ${intro.state}${intro.outcome ? ` (${intro.outcome})` : ''}`;
}

function nextLine(intro: IntroView): string {
  return intro.next.length ? `next: referable intros advance ${intro.id} --to ${intro.next[0]}  (allowed: ${intro.next.join(', ')})` : 'this introduction is over';
}

/** The suggestions, each with its reasons and the command that proposes it. */
export function printSuggestions(output: Output, suggestions: IntroSuggestion[]): void {
  suggestions.forEach((s, i) => {
    output.out(`${i + 1}. ${pc.bold(plain(s.need.contact.name))} -> ${pc.bold(plain(s.helper.name))}${s.helper.title || s.helper.company ? ` (${plain([s.helper.title, s.helper.company].filter(Boolean).join(' at '))})` : ''}  score ${s.score.toFixed(1)}`);
    output.out(`   need ${s.need.id}: "${plain(s.need.text)}"`);
    for (const reason of s.reasons) output.out(`   - ${plain(reason)}`);
    output.out(`   propose: referable intros propose ${s.need.id} --helper ${s.helper.id}`);
  });
}

export function registerIntros(program: Command, shell: Shell): void {
  const intros = program.command('intros').description('introduce contacts who can help each other (double opt-in; drafts, never sends)');

  intros
    .command('suggest')
    .description('the best introductions to make this week: who could help each open need, and why')
    .option('--limit <n>', 'at most n suggestions', wholeNumberOption('--limit', 1), 10)
    .option('--per-need <n>', 'helpers suggested per need', wholeNumberOption('--per-need', 1), 1)
    .option('--json', 'print JSON')
    .action(async (options: { limit: number; perNeed: number; json?: boolean }, command: Command) => {
      const suggestions = await shell.withContext(command, async (context) => (await useCases()).suggestIntroductions(context, { limit: options.limit, perNeed: options.perNeed }));
      if (options.json) return printJson(shell.output, suggestions);
      if (suggestions.length === 0) {
        return shell.output.out('No introductions to suggest. Record needs (referable needs add) and offers (referable offers add); needs with an introduction under way are skipped.');
      }
      printSuggestions(shell.output, suggestions);
    });

  intros
    .command('propose')
    .description('start an introduction for a need (or between two people without one)')
    .argument('[need]', 'a need id (see: referable needs list)')
    .option('--helper <contact>', 'who could help: id, LinkedIn URL, email or unambiguous name')
    .option('--seeker <contact>', 'without a need: the person who would be helped')
    .option('--note <text>', 'what it is about (used in the drafts when there is no need)')
    .option('--json', 'print JSON')
    .action(async (need: string | undefined, options: { helper?: string; seeker?: string; note?: string; json?: boolean }, command: Command) => {
      const result = await shell.withContext(command, async (context) => (await useCases()).proposeIntroduction(context, { need, seeker: options.seeker, helper: options.helper ?? '', note: options.note }));
      warn(shell.output, result.warnings);
      if (options.json) return printJson(shell.output, { ...result.intro, warnings: result.warnings });
      shell.output.out(`Proposed ${headline(result.intro)}\nSee the first message: referable intros show ${result.intro.id}`);
    });

  intros
    .command('advance')
    .description(`move an introduction on: ${INTRO_STATES.map((state) => `${state} (${INTRO_STATE_MEANING[state]})`).join('; ')}`)
    .argument('<id>', 'the introduction id (see: referable intros list)')
    .requiredOption('--to <state>', `the new state: ${INTRO_STATES.join(', ')}`)
    .option('--note <text>', 'what happened')
    .option('--outcome <outcome>', `with --to closed: ${INTRO_OUTCOMES.join(', ')}`)
    .option('--json', 'print JSON')
    .action(async (id: string, options: { to: string; note?: string; outcome?: string; json?: boolean }, command: Command) => {
      const result = await shell.withContext(command, async (context) => (await useCases()).advanceIntroduction(context, id, { to: options.to, note: options.note, outcome: options.outcome }));
      warn(shell.output, result.warnings);
      if (options.json) return printJson(shell.output, { ...result.intro, warnings: result.warnings, ledgerEvents: result.ledgerEvents, notes: result.notes });
      shell.output.out(headline(result.intro));
      if (result.ledgerEvents.length) shell.output.out(`Recorded in the ledger: given, introduced ${plain(result.intro.seeker.name)} to ${plain(result.intro.helper.name)}${result.intro.outcome ? ` (${result.intro.outcome})` : ''}.`);
      for (const note of result.notes) shell.output.out(`Also ${plain(note)}.`);
      shell.output.out(nextLine(result.intro));
    });

  intros
    .command('show')
    .description('one introduction: its history and the draft message for the next step')
    .argument('<id>', 'the introduction id')
    .option('--json', 'print JSON')
    .action(async (id: string, options: { json?: boolean }, command: Command) => {
      const intro = await shell.withContext(command, async (context) => (await useCases()).showIntroduction(context, id));
      if (options.json) return printJson(shell.output, intro);
      shell.output.out(headline(intro));
      if (intro.state !== intro.recordedState) shell.output.out(`(recorded as ${intro.recordedState}; no answer since ${intro.updatedAt.slice(0, 10)})`);
      for (const entry of intro.history) shell.output.out(`  ${entry.at.slice(0, 10)}  ${entry.state}${entry.note ? `  ${plain(entry.note)}` : ''}`);
      if (intro.expiresAt && intro.state === intro.recordedState) shell.output.out(`  expires ${intro.expiresAt.slice(0, 10)} without an answer`);
      if (intro.draft) {
        const to = intro.draft.step.to === 'both' ? 'both' : plain(intro.draft.step.to === 'seeker' ? intro.seeker.name : intro.helper.name);
        shell.output.out(`\nNext: ${intro.draft.step.label}. Draft to ${to} (edit the template: introductions.templates.${intro.draft.step.template} in your settings file):\n\n${plain(intro.draft.text)}`);
        if (intro.draft.unfilled.length) shell.output.err(`${pc.yellow('warning')} the template has placeholders with no value: ${intro.draft.unfilled.map((name) => `{{${name}}}`).join(', ')}`);
        if (intro.draft.step.then) shell.output.out(`\nOnce sent: referable intros advance ${intro.id} --to ${intro.draft.step.then}${intro.draft.step.then === 'closed' ? ' --outcome meeting|interview|offer|hire|deal|none' : ''}`);
      }
    });

  intros
    .command('list')
    .description('introductions, latest first')
    .option('--state <state>', `only this state: ${INTRO_STATES.join(', ')}`)
    .option('--json', 'print JSON')
    .action(async (options: { state?: string; json?: boolean }, command: Command) => {
      const list = await shell.withContext(command, async (context) => (await useCases()).listIntroductions(context, { state: options.state }));
      if (options.json) return printJson(shell.output, list);
      if (list.length === 0) return shell.output.out('No introductions yet. See who could help whom: referable intros suggest');
      shell.output.out(
        table(
          ['id', 'seeker (A)', 'helper (B)', 'need', 'state', 'since'],
          list.map((i) => [i.id, plain(i.seeker.name), plain(i.helper.name), plain(i.need?.text ?? i.history[0]?.note ?? ''), i.state + (i.outcome ? ` (${i.outcome})` : ''), i.updatedAt.slice(0, 10)]),
        ),
      );
    });
}
