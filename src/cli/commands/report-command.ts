// `referable report` and `referable coverage [COMPANY]`: quantity and quality in the target market.
import type { Command } from 'commander';
import pc from 'picocolors';
import { writeOutput } from '../../app/output-file.ts';

/** Loaded on demand: scoring pulls in the taxonomy and the market parser. */
const useCases = () => import('../../app/report.ts');
import type { MarketReport } from '../../core/market/market-report.ts';
import { plain, printJson, table, type Output } from '../output.ts';
import type { Shell } from '../shell.ts';
import { meter, sparkline } from '../sparkline.ts';

const percent = (share: number) => `${Math.round(share * 100)}%`;
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
const SENIORITY_ORDER = ['Unpaid', 'Training', 'Entry', 'Senior', 'Manager', 'Director', 'VP', 'CXO', 'Partner', 'Owner', 'Unknown'];

export function printReport(output: Output, report: MarketReport): void {
  const { quantity, quality, coverage, breadth, growth } = report;
  output.out(pc.bold(`${report.market.name}: market report, ${report.asOf}`));
  output.out(`${quality.advice}\n`);

  output.out(pc.bold('Quantity'));
  output.out(`  ${quantity.inMarket} of ${count(quantity.totalConnections, 'connection')} ${quantity.inMarket === 1 ? 'is' : 'are'} in market (${percent(quantity.inMarketShare)}), fit >= ${report.market.threshold}`);
  output.out(`  goal ${quantity.goal}: ${meter(quantity.goalProgress)} ${percent(quantity.goalProgress)}`);
  if (quantity.inMarketProspects) output.out(`  ${quantity.inMarketProspects} in-market prospects not connected yet`);

  output.out(pc.bold('\nQuality (tie strength of in-market connections)'));
  output.out(`  ${quality.bands.map((band) => `${band.label} ${band.count}`).join(' · ')}   median ${quality.medianStrength.toFixed(2)}   ${sparkline(quality.histogram)}`);
  output.out(`  quadrant: ${quality.quadrant.replace('-', ' connections, ')} ties`);

  output.out(pc.bold('\nCoverage of target companies'));
  if (coverage.companies.length === 0) {
    output.out('  No target companies in this market. Add some under "companies:" to see coverage.');
  } else {
    const columns = SENIORITY_ORDER.filter((level) => coverage.companies.some((company) => company.bySeniority[level]));
    output.out(table(['company', 'tier', 'contacts', ...columns, 'best door in'], coverage.companies.map((company) => [
      plain(company.name), company.tier, company.contacts, ...columns.map((level) => company.bySeniority[level] ?? ''),
      company.strongest ? `${plain(company.strongest.name)} (${company.strongest.strength.toFixed(2)})` : pc.dim('white space'),
    ])));
    output.out(`  covered ${coverage.covered} of ${coverage.companies.length} (goal ${coverage.goal}); with 3+ contacts: ${percent(coverage.coverageRate3)}`);
    if (coverage.whiteSpace.length) output.out(`  white space: ${coverage.whiteSpace.map(plain).join(', ')}`);
  }

  output.out(pc.bold('\nBreadth ("don\'t tap the same 5 wells")'));
  output.out(`  top 5 companies hold ${percent(breadth.top5Share)} of in-market contacts; as spread as ${breadth.effectiveCompanies} equal companies (${breadth.distinctCompanies} in all)`);
  if (breadth.topCompanies.length) output.out(`  ${breadth.topCompanies.slice(0, 5).map((company) => `${plain(company.name)} ${company.count}`).join(' · ')}`);

  output.out(pc.bold('\nGrowth (in-market connections per month, last 24 months)'));
  output.out(`  ${sparkline(growth.months.map((month) => month.added))}  ${growth.months[0]?.month} .. ${growth.months.at(-1)?.month}`);
  output.out(`  recent pace ${growth.recentPerMonth}/month; needed ${growth.neededPerMonth}/month; ${growth.monthsToGoal === null ? 'at this pace the goal is never reached' : growth.monthsToGoal === 0 ? 'goal reached' : `goal in ${count(growth.monthsToGoal, 'month')} at this pace`}`);

  if (report.jobChanges.length) {
    output.out(pc.bold('\nJob changes seen between imports'));
    for (const change of report.jobChanges.slice(0, 10)) {
      output.out(`  ${change.observedAt.slice(0, 10)} ${plain(change.name)}: ${plain(change.from.company)} -> ${plain(change.to.company)}${change.intoTarget ? pc.green('  joined a target company') : ''}`);
    }
  }
}

export function registerReport(program: Command, shell: Shell): void {
  program
    .command('report')
    .description('quantity vs quality in your target market: coverage, breadth, growth, job changes')
    .option('--json', 'print the numbers as JSON')
    .option('--html <file>', 'write a self-contained HTML report with charts')
    .action(async (options: { json?: boolean; html?: string }, command: Command) => {
      const report = await shell.withContext(command, async (context) => (await useCases()).marketReport(context));
      if (options.html) {
        const { renderReportHtml } = await import('../../app/report-html/render-report-html.ts');
        writeOutput(options.html, renderReportHtml(report, { generatedAt: shell.now().toISOString() }));
        shell.output.err(`Wrote ${options.html}`);
      }
      if (options.json) return printJson(shell.output, report);
      if (!options.html) printReport(shell.output, report);
    });

  program
    .command('coverage')
    .description('coverage of your target companies, or everyone at one company with the strongest ties first')
    .argument('[company]', 'a company name (any spelling)')
    .option('--json', 'print JSON')
    .action(async (company: string | undefined, options: { json?: boolean }, command: Command) => {
      if (!company) {
        const report = await shell.withContext(command, async (context) => (await useCases()).marketReport(context));
        if (options.json) return printJson(shell.output, report.coverage);
        shell.output.out(table(['company', 'tier', 'contacts', 'prospects', 'best door in'], report.coverage.companies.map((row) => [plain(row.name), row.tier, row.contacts, row.prospects, row.strongest ? `${plain(row.strongest.name)}, ${plain(row.strongest.title)} (${row.strongest.strength.toFixed(2)})` : 'white space'])));
        return;
      }
      const detail = await shell.withContext(command, async (context) => (await useCases()).companyCoverage(context, company));
      if (options.json) return printJson(shell.output, detail);
      shell.output.out(pc.bold(`${plain(detail.company)}${detail.tier ? ` (tier ${detail.tier})` : ' (not a target company)'}: ${count(detail.contacts.length, 'contact')}`));
      shell.output.out(table(['name', 'title', 'seniority', 'fit', 'tie'], detail.contacts.map((c) => [plain(c.name), plain(c.title), c.seniority, c.fit, c.strength === null ? 'prospect' : c.strength.toFixed(2)])));
    });
}
