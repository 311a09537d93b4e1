// What `referable demo` prints by default: the whole picture on one screen (about 40 lines), each part a line or two,
// ending with where to look next. The full tour, every table, is `referable demo --verbose`.
import pc from 'picocolors';
import type { DemoSummary } from '../../app/demo.ts';
import { countNoun } from '../../core/text/count-noun.ts';
import { plain, type Output } from '../output.ts';
import { actionLine } from '../../core/text/next-action.ts';

const percent = (share: number) => `${Math.round(share * 100)}%`;
const interval = (value: { mean: number; low: number; high: number }) => `${value.mean.toFixed(1)} (95% CI ${value.low.toFixed(1)}–${value.high.toFixed(1)})`;

/** "4 introductions, 1 thank-you, 11 follow-ups": the week's items by kind, largest first. */
function itemsByKind(kinds: string[]): string {
  const counts = new Map<string, number>();
  for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([kind, n]) => countNoun(n, kind)).join(', ');
}

export function printDemoBrief(output: Output, summary: DemoSummary, options: { connections: number; dbOption: string; serving: boolean }): void {
  const { import: imported, report, path, reach, index, suggestions, plan, content } = summary;
  const { quantity, quality, coverage, breadth } = report;
  const skipped = imported.skipped ? `, ${countNoun(imported.skipped, 'hidden profile')} skipped` : '';
  output.out(pc.bold(`Referable demo: a ${options.connections.toLocaleString('en-US')}-connection network, generated as a LinkedIn export and imported`));
  output.out(`  ${countNoun(quantity.totalConnections, 'contact')}${skipped}; ${countNoun(imported.jobChanges, 'job change')} since the earlier download; ${countNoun(imported.contentAdded, 'post')} in your content ledger`);
  output.out(pc.dim(`  export: ${summary.exportPath}`));

  output.out(pc.bold(`\nYour market: ${plain(report.market.name)}`));
  output.out(`  in market     ${quantity.inMarket.toLocaleString('en-US')} of ${countNoun(quantity.totalConnections, 'connection')} (${percent(quantity.inMarketShare)}); ${percent(quantity.goalProgress)} of your goal of ${quantity.goal.toLocaleString('en-US')}`);
  output.out(`  tie strength  ${quality.bands.map((band) => `${band.count.toLocaleString('en-US')} ${band.label}`).join(' · ')} (median ${quality.medianStrength.toFixed(2)})`);
  output.out(`  companies     ${coverage.covered} of ${countNoun(coverage.companies.length, 'target company', 'target companies')} covered; the top 5 companies hold ${percent(breadth.top5Share)} of your in-market contacts`);
  output.out(`  advice        ${quality.advice}`);

  output.out('');
  const best = path.paths[0];
  if (best) {
    const chain = ['you', ...best.hops.map((hop) => plain(hop.to.name))].join(' -> ');
    output.out(`${pc.bold(`Warm path to ${plain(path.target.name)}:`)} ${chain} (${(best.probability * 100).toFixed(1)}% chance the ask gets through)`);
  } else {
    output.out(`${pc.bold(`Warm path to ${plain(path.target.name)}:`)} ${path.suggestion}`);
  }
  output.out(`${pc.bold('Word of mouth:')} one ask reaches ${interval(reach.expectedInMarket)} in-market people`);
  const bestScenario = [...reach.scenarios].sort((a, b) => b.expectedInMarket.mean - a.expectedInMarket.mean)[0];
  if (bestScenario) output.out(`  ${bestScenario.name} would reach the most: ${interval(bestScenario.expectedInMarket)}`);
  if (reach.askFirst.length) output.out(`  ask first: ${reach.askFirst.slice(0, 3).map((person) => plain(person.name)).join(', ')}`);

  output.out(`\n${pc.bold(`Referability index ${index.score}/100:`)} ${index.pillars.map((pillar) => `${pillar.label} ${pillar.score}/${pillar.max}`).join(' · ')}`);
  if (index.nextAction) output.out(`  next best step: ${actionLine(index.nextAction)}`);

  if (suggestions.length) {
    output.out(pc.bold('\nIntroductions to make this week:'));
    suggestions.slice(0, 3).forEach((suggestion, position) => {
      const helper = suggestion.helper;
      const role = [helper.title, helper.company].filter(Boolean).join(' at ');
      output.out(`  ${position + 1}. ${plain(suggestion.need.contact.name)} -> ${plain(helper.name)}${role ? ` (${plain(role)})` : ''}: "${plain(suggestion.need.text)}"`);
    });
  }

  output.out(`\n${pc.bold(`This week (from ${plan.weekStart}):`)} ${countNoun(plan.items.length, 'action')} in ${plan.totalMinutes} of ${plan.budgetMinutes} minutes: ${itemsByKind(plan.items.map((item) => item.kind))}`);
  const score = content.score;
  output.out(`${pc.bold(`Go-to score ${score.score}/100:`)} ${countNoun(score.items, 'item')} in the last ${score.window.weeks} weeks, ${score.onFocus} on your focus topics${score.actions[0] ? `; next: ${actionLine(score.actions[0])}` : ''}`);

  output.out('');
  if (!options.serving) output.out(`See it all in the dashboard: npx referable serve${options.dbOption}   (npm start does the demo and serves it)`);
  output.out(`Every table in full: npx referable demo${options.dbOption} --verbose   ·   all commands: npx referable --help`);
  output.out(`Import your own network: npx referable import ~/Downloads/Basic_LinkedInDataExport_*.zip`);
}
