// Overview: the referability index and its four pillars, quantity vs quality, and in-market growth against the goal.
import { whereDataStays } from '../api.ts';
import type { IndexPillar, MarketReport, ReferabilityIndex } from '../api-types.ts';
import { Chart } from '../components/chart.tsx';
import { count, decimal, percent } from '../components/format.ts';
import { Quadrant } from '../components/quadrant.tsx';
import { Link } from '../components/router.tsx';
import { ActionText, NextStep } from '../components/next-action.tsx';
import { PageHeader, Panel, Stat } from '../components/section.tsx';
import { EmptyState, Failure, FreshnessNote, Loading } from '../components/states.tsx';
import { useApi } from '../components/use-api.ts';
import { marketName, useWorkspace } from '../components/workspace.tsx';

function pillarsOf(index: ReferabilityIndex): IndexPillar[] {
  return index.pillars;
}

function IndexPanel() {
  const index = useApi<ReferabilityIndex>('/index');
  if (index.loading && !index.data) return <Loading what="the referability index" />;
  if (index.error) return <Failure error={index.error} what="The referability index" onRetry={index.reload} />;
  if (!index.data) return null;
  const pillars = pillarsOf(index.data);
  const score = index.data.score;
  return (
    <>
    {index.data.nextAction && <NextStep action={index.data.nextAction} />}
    <div className="index">
      <div className="index-score" aria-label={`Referability index ${Math.round(score)} out of 100`}>
        <span className="index-number">{Math.round(score)}</span>
        <span className="index-of">/ 100</span>
      </div>
      <ul className="pillars">
        {pillars.map((pillar) => {
          const name = pillar.label || pillar.name;
          const max = pillar.max;
          const why = pillar.explanation;
          const actions = pillar.actions;
          return (
            <li key={name} className="pillar">
              <div className="pillar-head">
                <span className="pillar-name">{name}</span>
                <span className="pillar-score">
                  {decimal(pillar.score)} / {max}
                </span>
              </div>
              <meter min={0} max={max} value={pillar.score} aria-label={`${name}: ${decimal(pillar.score)} of ${max}`} />
              {why && <p className="muted">{why}</p>}
              {actions.length > 0 && (
                <ul className="actions">
                  {actions.slice(0, 3).map((action) => (
                    <li key={action.text}>
                      <ActionText action={action} />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </div>
    </>
  );
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-03" → "Mar 26". */
function monthLabel(month: string): string {
  const [year, number] = month.split('-');
  return `${MONTHS[Number(number) - 1] ?? number} ${year.slice(2)}`;
}

function growthOption(report: MarketReport) {
  const months = report.growth.months;
  return {
    grid: { left: 48, right: 24, top: 28, bottom: 36 },
    tooltip: { trigger: 'axis' },
    // The margin keeps the first month clear of the value axis's 0.
    xAxis: { type: 'category', data: months.map((month) => month.month), axisLabel: { hideOverlap: true, margin: 12, formatter: monthLabel } },
    yAxis: { type: 'value', name: 'in market', max: (value: { max: number }) => Math.max(value.max, report.quantity.goal) },
    series: [
      {
        name: 'In-market connections',
        type: 'line',
        data: months.map((month) => month.cumulative),
        areaStyle: { opacity: 0.12 },
        color: '#155e75',
        markLine: { symbol: 'none', label: { formatter: `goal ${report.quantity.goal}`, position: 'insideEndTop' }, lineStyle: { color: '#b45309', type: 'dashed' }, data: [{ yAxis: report.quantity.goal }] },
      },
      { name: 'Added that month', type: 'bar', data: months.map((month) => month.added), color: '#94a3b8' },
    ],
  };
}

function ReportPanels() {
  // A server started just after a change answers at once with the report of the data before it, then the fresh one.
  const report = useApi<MarketReport>('/report', { acceptStale: true });
  if (report.loading && !report.data) return <Loading what="the market report" />;
  if (report.error) return <Failure error={report.error} what="The market report" onRetry={report.reload} />;
  if (!report.data) return null;
  const { quantity, quality, coverage, breadth, growth } = report.data;
  const pace = growth.monthsToGoal === null ? 'At the recent pace the goal is out of reach: add in-market connections every week.' : growth.monthsToGoal === 0 ? 'Goal reached.' : `${decimal(growth.monthsToGoal)} months to the goal at the recent pace.`;
  return (
    <>
      <FreshnessNote freshness={report.freshness} onReload={report.reload} />
      <div className="stats" role="group" aria-label="Headline numbers">
        <Stat label="in-market connections" value={count(quantity.inMarket)} detail={`${percent(quantity.goalProgress)} of ${count(quantity.goal)}`} />
        <Stat label="of all connections in market" value={percent(quantity.inMarketShare)} detail={`${count(quantity.totalConnections)} connections`} />
        <Stat label="target companies covered" value={`${coverage.covered} / ${coverage.companies.length}`} detail={`goal ${coverage.goal}`} />
        <Stat label="effective companies" value={decimal(breadth.effectiveCompanies)} detail={`top 5 hold ${percent(breadth.top5Share)}`} />
      </div>
      <div className="grid-2">
        <Panel title="Quantity vs quality" id="quadrant">
          <Quadrant report={report.data} />
          <p className="advice">{quality.advice}</p>
        </Panel>
        <Panel title="In-market growth against the goal" id="growth">
          <Chart option={growthOption(report.data)} label={`In-market connections per month for ${growth.months.length} months, against the goal of ${quantity.goal}`} height={240} />
          <p>
            Recent pace {decimal(growth.recentPerMonth)} a month; {decimal(growth.neededPerMonth)} a month needed
            {growth.goalBy ? ` to reach ${count(quantity.goal)} by ${growth.goalBy}` : ' to reach the goal within a year'}. {pace}
          </p>
        </Panel>
      </div>
      {report.data.jobChanges.some((change) => change.intoTarget) && (
        <Panel title="Doors that just opened" id="job-changes">
          <ul className="plain-list">
            {report.data.jobChanges
              .filter((change) => change.intoTarget)
              .slice(0, 5)
              .map((change) => (
                <li key={`${change.contactId}-${change.observedAt}`}>
                  <Link to={`/contacts/${encodeURIComponent(change.contactId)}`}>{change.name}</Link> moved from {change.from.company || 'elsewhere'} to {change.to.company} ({change.to.title})
                </li>
              ))}
          </ul>
        </Panel>
      )}
    </>
  );
}

export function OverviewPage() {
  const workspace = useWorkspace();
  const market = marketName(workspace.data);
  const empty = workspace.data && workspace.data.contacts === 0;
  return (
    <>
      <PageHeader title="Overview">
        <p>How referable you are, and whether your network is big enough inside your target market.</p>
      </PageHeader>
      {workspace.error && <Failure error={workspace.error} what="The workspace" onRetry={workspace.reload} />}
      {empty && (
        <EmptyState title="Start by importing your network" action={{ to: '/import', label: 'Import your LinkedIn export' }}>
          <p>
            On LinkedIn, open <strong>Settings → Data privacy → Get a copy of your data</strong>, download the archive, and drop the ZIP on the Import page.{' '}
            {whereDataStays('Everything stays on this machine.')}
          </p>
        </EmptyState>
      )}
      {/* The index is measured against the market: without one, the next step below is all there is to show. */}
      {!empty && market && (
        <Panel title="Referability index" id="index">
          <IndexPanel />
        </Panel>
      )}
      {!empty && workspace.data && !market && (
        <EmptyState title="Define your target market" action={{ to: '/target', label: 'Define your target market' }}>
          <p>
            Quantity wins when it is inside your market. The builder suggests one from your own network (the companies, roles and places your contacts share); adjust it,
            save it, and your referability index and every number here follow.
          </p>
        </EmptyState>
      )}
      {!empty && market && <ReportPanels />}
    </>
  );
}
