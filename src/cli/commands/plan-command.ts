// `referable plan [--minutes N] [--replan] [--ics FILE]`, `plan done|skip ITEM`, `plan review`: the weekly plan.
import type { Command } from 'commander';
import pc from 'picocolors';
import type { MarkResult } from '../../app/plan-marks.ts';
import type { PlanItemView, PlanView, WeekReview } from '../../app/plan.ts';
import { ReferableError } from '../../core/errors.ts';
import { plain, printJson, table, type Output } from '../output.ts';
import type { Shell } from '../shell.ts';

/** Loaded on demand: planning scores the whole network, which other commands never need. */
const useCases = () => import('../../app/plan.ts');

function wholeMinutes(value: string): number {
  if (!/^-?\d+$/.test(value.trim())) throw new ReferableError('INVALID_INPUT', `--minutes must be a whole number of minutes (e.g. --minutes 180); got "${value}"`);
  return Number(value);
}

function who(item: PlanItemView): string {
  if (!item.contact) return '';
  const first = `${item.contact.name}${item.contact.company ? ` (${item.contact.company})` : ''}`;
  return plain(item.other ? `${first} → ${item.other.name}` : first);
}

const MARK: Record<string, string> = { planned: ' ', done: pc.green('✔'), skipped: pc.dim('–') };

/** The JSON other tools rely on: budgetMinutes, totalMinutes (<= budget) and items [{kind, minutes, why, ...}]. */
export function planJson(plan: PlanView) {
  return {
    budgetMinutes: plan.budgetMinutes,
    totalMinutes: plan.totalMinutes,
    items: plan.items,
    weekStart: plan.weekStart,
    planId: plan.planId,
    skipped: plan.skipped,
    /** Why part of the budget is unused, and budget changes: the same notes /api/plan returns. */
    notes: plan.notes,
  };
}

/** The why column in the table: its first clause, so a row stays one or two lines (the full text is in --json). */
export function shortWhy(why: string, max = 80): string {
  const first = why.split(';')[0].trim();
  return first.length <= max ? first : `${first.slice(0, max - 1).trimEnd()}…`;
}

export function printPlan(output: Output, plan: PlanView): void {
  const done = plan.items.filter((item) => item.status === 'done');
  const doneMinutes = done.reduce((sum, item) => sum + item.minutes, 0);
  output.out(pc.bold(`Week of ${plan.weekStart} (${plan.isoWeek}${plan.when === 'future' ? ', to come' : plan.when === 'past' ? ', over' : ''}): ${plan.totalMinutes} of ${plan.budgetMinutes} minutes planned, ${plan.items.length} items${done.length ? `, ${done.length} done (${doneMinutes} min)` : ''}`));
  if (plan.items.length === 0) {
    for (const note of plan.notes) output.out(pc.yellow(`note: ${note}`));
    output.out('Nothing to plan: set a target market (referable target set FILE) and import prospects (referable import LIST.csv --source csv) to get connection requests and follow-ups.');
    return;
  }
  output.out(table(['#', '✓', 'action', 'min', 'with', 'why'], plan.items.map((item) => [item.id, MARK[item.status] ?? '', item.kind, item.minutes, who(item), plain(shortWhy(item.why))])));
  if (plan.skipped.length) output.out(pc.dim(`skipped: ${plan.skipped.map((item) => `#${item.id}`).join(', ')}`));
  for (const note of plan.notes) output.out(pc.yellow(`note: ${note}`));
  output.out(`Full reasons: referable plan --json · tick off: referable plan done ID · skip: referable plan skip ID · calendar: referable plan --ics week.ics · review: referable plan review`);
}

function printMark(output: Output, result: MarkResult): void {
  const item = result.item;
  output.out(`${item.status === 'done' ? 'Done' : 'Skipped'}: #${item.id} ${item.kind}${item.contact ? ` with ${who(item)}` : ''} (${item.minutes} min)`);
  if (result.interactionsRecorded) output.out(`Recorded ${result.interactionsRecorded === 1 ? 'an interaction' : `${result.interactionsRecorded} interactions`}: cadence reset, tie strength updated.`);
  const intro = result.introduction;
  if (intro) {
    const how = intro.created ? 'is now in the double opt-in' : 'was already in the double opt-in';
    output.out(`Introduction ${intro.introId} ${how}${intro.askedSeeker ? `: asked ${plain(item.contact?.name ?? 'A')} (recorded)` : ''}; it is ${intro.state}.`);
    if (intro.draft) {
      output.out(`Next: ${intro.draft.step.label}${intro.draft.step.then ? ` (then: referable intros advance ${intro.introId} --to ${intro.draft.step.then})` : ''}`);
      output.out(pc.dim(intro.draft.text));
    }
  }
  for (const note of result.notes) output.out(pc.yellow(`note: ${note}`));
}

export function printReview(output: Output, review: WeekReview): void {
  output.out(pc.bold(`Week of ${review.weekStart}${review.hasPlan ? '' : ' (no plan yet: referable plan)'}`));
  output.out(`  planned ${review.planned.items} items (${review.planned.minutes} min), done ${review.done.items} (${review.done.minutes} min), skipped ${review.skipped.items}, open ${review.open.items}`);
  output.out(`  completion ${Math.round(review.completion * 100)}%; minutes spent ${review.minutesSpent}${review.budgetMinutes ? ` of a ${review.budgetMinutes}-minute budget` : ''} (${review.loggedInteractions} logged outside the plan)`);
  output.out(`  in-market connections gained ${review.inMarketConnectionsGained}; intros given ${review.introsGiven}; connection requests sent ${review.connectionRequestsSent}`);
  output.out(`  streak: ${review.streak} week${review.streak === 1 ? '' : 's'} in a row with something done`);
  if (review.byKind.length) output.out(table(['action', 'planned', 'done', 'skipped'], review.byKind.map((row) => [row.kind, row.planned, row.done, row.skipped])));
}

export function registerPlan(program: Command, shell: Shell): void {
  const plan = program
    .command('plan')
    .description("this week's plan (made if missing): connection requests, introductions, follow-ups, thank-yous, shares, within your time budget")
    .option('--minutes <n>', "this week's time budget in minutes (replans what is not done yet)", wholeMinutes)
    .option('--replan', "replan what is not done yet, with the weekly minutes from your settings (config set) unless --minutes is given")
    .option('--week <week>', 'the week to plan: this (default), next, an ISO week such as 2026-W50, or a day in it')
    .option('--ics <file>', 'also write the open items as calendar time blocks (RFC 5545 .ics), from now on')
    .option('--json', 'print JSON')
    .action(async (options: { minutes?: number; replan?: boolean; ics?: string; json?: boolean; week?: string }, command: Command) => {
      const request = { minutes: options.minutes, replan: options.replan, week: options.week };
      const result = await shell.withContext(command, async (context) => {
        if (options.ics) {
          const { writePlanIcs } = await import('../../app/plan-ics.ts');
          return writePlanIcs(context, options.ics, request);
        }
        return { plan: await (await useCases()).weeklyPlan(context, request), path: '', events: 0 };
      });
      if (options.json) return printJson(shell.output, planJson(result.plan));
      printPlan(shell.output, result.plan);
      if (result.path) shell.output.out(`Wrote ${result.events} time block${result.events === 1 ? '' : 's'} to ${result.path}`);
    });

  for (const [name, status, description] of [['done', 'done', 'mark an item done (records the interaction; an introduction moves into the double opt-in)'], ['skip', 'skipped', 'skip an item this week']] as const) {
    const sub = plan.command(name).description(description);
    // `plan tick 3` reads as naturally as `plan done 3`.
    if (name === 'done') sub.alias('tick');
    sub
      .argument('<item>', 'the item number shown by `referable plan`')
      .option('--json', 'print JSON')
      .action(async (item: string, _options: unknown, command: Command) => {
        const result = await shell.withContext(command, async (context) => (await import('../../app/plan-marks.ts')).markPlanItem(context, item, status));
        if (command.optsWithGlobals<{ json?: boolean }>().json) return printJson(shell.output, result);
        printMark(shell.output, result);
      });
  }

  plan
    .command('review')
    .description('this week: planned vs done, minutes spent, in-market connections gained, intros given, streak')
    .option('--week <week>', 'another week: last, an ISO week such as 2026-W48, or a day in it')
    .option('--json', 'print JSON')
    .action(async (options: { week?: string }, command: Command) => {
      const review = await shell.withContext(command, async (context) => (await useCases()).planReview(context, { week: options.week }));
      if (command.optsWithGlobals<{ json?: boolean }>().json) return printJson(shell.output, review);
      printReview(shell.output, review);
    });
}
