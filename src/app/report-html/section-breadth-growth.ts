// The Breadth section ("don't tap the same 5 wells") and the Growth section (pace per month against the goal).
import type { MarketReport } from '../../core/market/market-report.ts';
import { growthChart, topCompaniesChart } from './charts.ts';
import { formatCount, formatDecimal, formatMonthShort, formatShare, plural } from './format.ts';
import { html, type SafeHtml } from './html-escape.ts';
import { chartFigure, emptyState, section, stats } from './section-parts.ts';

/** What the effective number of companies means for this network, in one sentence. */
export function breadthSentence(report: MarketReport): string {
  const { effectiveCompanies, top5Share } = report.breadth;
  const spread = `Your in-market contacts are as spread as ${formatDecimal(effectiveCompanies)} equal ${effectiveCompanies === 1 ? 'company' : 'companies'}; the top 5 hold ${formatShare(top5Share)} of them.`;
  const advice = effectiveCompanies < 5
    ? "That is concentrated: don't tap the same 5 wells. Add in-market connections at other companies, and spread your asks."
    : "Don't tap the same 5 wells: spread your asks across many companies, and keep adding connections where you know few people.";
  return `${spread} ${advice}`;
}

export function breadthSection(report: MarketReport): SafeHtml {
  const b = report.breadth;
  if (report.quantity.inMarket === 0 || b.topCompanies.length === 0) {
    return section('breadth', 'Breadth', '', emptyState('No in-market contacts at a known company yet, so there is no spread across companies to measure.'));
  }
  const body = html`${stats([
    { label: 'Effective companies', value: formatDecimal(b.effectiveCompanies), note: '1 / HHI: as spread as this many equal companies' },
    { label: 'Top-5 share', value: formatShare(b.top5Share), note: 'of in-market contacts at a known company' },
    { label: 'Distinct companies', value: formatCount(b.distinctCompanies), note: 'with at least one in-market contact' },
  ])}
${chartFigure(topCompaniesChart(report), `In-market contacts at the ${plural(b.topCompanies.length, 'company', 'companies')} holding most of them, with each one's share; the top 5 in dark blue.`)}`;
  return section('breadth', 'Breadth', breadthSentence(report), body);
}

function paceSentence(report: MarketReport): string {
  const { recentPerMonth, neededPerMonth, monthsToGoal } = report.growth;
  const goal = report.quantity.goal;
  if (goal <= 0) return `You add ${formatDecimal(recentPerMonth)} in-market connections a month (last 6 full months). Set a goal to see the pace you need.`;
  if (monthsToGoal === 0) return `Goal of ${formatCount(goal)} in-market connections reached. You add ${formatDecimal(recentPerMonth)} a month: keep the habit.`;
  const needed = `To reach ${formatCount(goal)} you need ${formatCount(neededPerMonth)} a month`;
  if (recentPerMonth <= 0) return `${needed}; you added none in the last 6 full months, so at this pace the goal is out of reach. A few connection requests to in-market prospects each week change that.`;
  const eta = monthsToGoal === null ? '' : ` At your recent pace of ${formatDecimal(recentPerMonth)} a month you get there in ${plural(monthsToGoal, 'month')}.`;
  const verdict = recentPerMonth >= neededPerMonth ? ' You are on track.' : ` You are behind: add about ${formatCount(Math.ceil(neededPerMonth - recentPerMonth))} more a month.`;
  return `${needed}.${eta}${verdict}`;
}

export function growthSection(report: MarketReport): SafeHtml {
  const g = report.growth;
  const last = g.months[g.months.length - 1];
  if (!last || last.cumulative === 0) {
    return section('growth', 'Growth', '', emptyState('No in-market connections with a known connection date yet, so there is no growth to chart.'));
  }
  const first = g.months[0];
  const body = html`${stats([
    { label: 'Recent pace', value: `${formatDecimal(g.recentPerMonth)} / month`, note: 'average of the last 6 full months' },
    { label: 'Pace needed', value: report.quantity.goal > 0 ? `${formatCount(g.neededPerMonth)} / month` : '–', note: report.quantity.goal > 0 ? `to reach ${formatCount(report.quantity.goal)} by the goal date (or in 12 months)` : 'no goal set' },
    { label: 'Months to goal', value: g.monthsToGoal === null ? 'not at this pace' : g.monthsToGoal === 0 ? 'reached' : formatCount(g.monthsToGoal), note: 'at the recent pace' },
  ])}
${chartFigure(growthChart(report), `In-market connections added each month from ${formatMonthShort(first.month)} to ${formatMonthShort(last.month)} (bars, left axis) and the running total (line, right axis)${report.quantity.goal > 0 ? ' against the goal (dashed)' : ''}. The last month is still running.`)}`;
  return section('growth', 'Growth', paceSentence(report), body);
}
