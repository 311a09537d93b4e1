// Word of mouth: how many in-market people an ask or a post reaches, and the what-if comparison (more weak ties vs
// stronger ties) as a chart, with who to ask first.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { api, ApiError } from '../api.ts';
import type { Interval, ReachBlock, ReachResult } from '../api-types.ts';
import { Chart } from '../components/chart.tsx';
import { count, decimal } from '../components/format.ts';
import { Link } from '../components/router.tsx';
import { PageHeader, Panel, Stat } from '../components/section.tsx';
import { EmptyState, Failure, Loading } from '../components/states.tsx';
import { toApiError } from '../components/use-api.ts';
import { marketName, useWorkspace } from '../components/workspace.tsx';

export const REACH_FORM_DEFAULTS = { runs: 2000, addWeak: 100, strengthen: 10, ask: 5 };

const interval = (value: Interval) => `${decimal(value.mean)} (${decimal(value.low)}–${decimal(value.high)})`;

function scenarioLabel(block: ReachBlock, index: number): string {
  if (index === 0) return 'Your network today';
  const [kind, amount] = block.name.split('=');
  if (kind === 'add-weak') return `+${amount} in-market weak ties`;
  if (kind === 'strengthen') return `${amount} ties made strong`;
  return block.name;
}

function comparisonOption(blocks: ReachBlock[]) {
  const labels = blocks.map(scenarioLabel);
  const errorBars = (pick: (block: ReachBlock) => Interval) =>
    blocks.map((block) => [
      { coord: [labels[blocks.indexOf(block)], pick(block).low], symbol: 'none' },
      { coord: [labels[blocks.indexOf(block)], pick(block).high], symbol: 'none' },
    ]);
  // On a phone the legend takes two lines and the scenario names wrap under their bars; the axes carry the series'
  // colours instead of names that would collide with the legend.
  return (width: number) => ({
    grid: { left: 8, right: 8, top: width < 520 ? 64 : 40, bottom: 8, containLabel: true },
    legend: { top: 0, left: 'center' },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, margin: 12, lineHeight: 16, width: Math.max(60, (width - 96) / Math.max(1, labels.length) - 8), overflow: 'break' } },
    // People and companies are different things on different scales: each has its own axis, in its series' colour.
    yAxis: [
      { type: 'value', minInterval: 1, axisLabel: { color: '#0e7490' } },
      { type: 'value', minInterval: 1, position: 'right', splitLine: { show: false }, axisLabel: { color: '#92400e' } },
    ],
    series: [
      {
        name: 'In-market people reached',
        type: 'bar',
        color: '#0e7490',
        data: blocks.map((block) => Math.round(block.expectedInMarket.mean * 10) / 10),
        label: { show: true, position: 'top', formatter: (point: { value: number }) => decimal(point.value) },
        markLine: { lineStyle: { color: '#164e63', type: 'solid', width: 2 }, label: { show: false }, data: errorBars((block) => block.expectedInMarket) },
      },
      {
        name: 'Target companies reached',
        type: 'bar',
        yAxisIndex: 1,
        color: '#f59e0b',
        data: blocks.map((block) => Math.round(block.expectedCompanies.mean * 10) / 10),
        markLine: { lineStyle: { color: '#92400e', type: 'solid', width: 2 }, label: { show: false }, data: errorBars((block) => block.expectedCompanies) },
      },
    ],
  });
}

export default function WordOfMouthPage() {
  const workspace = useWorkspace();
  const [form, setForm] = useState(REACH_FORM_DEFAULTS);
  const [result, setResult] = useState<ReachResult | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [running, setRunning] = useState(false);

  const run = useCallback(async (values: typeof REACH_FORM_DEFAULTS) => {
    setRunning(true);
    setError(null);
    try {
      // A what-if of 0 is no scenario: left out (the server takes 1 and up).
      const body: Record<string, number> = { runs: values.runs, ask: values.ask };
      if (values.addWeak > 0) body.addWeak = values.addWeak;
      if (values.strengthen > 0) body.strengthen = values.strengthen;
      setResult(await api.post<ReachResult>('/reach', body));
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setRunning(false);
    }
  }, []);

  const ready = Boolean(workspace.data && workspace.data.contacts > 0);
  useEffect(() => {
    if (ready) void run(REACH_FORM_DEFAULTS);
  }, [ready, run]);

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(form);
  }

  const field = (name: keyof typeof REACH_FORM_DEFAULTS, label: string, min: number, max: number, help: string) => (
    <div className="field">
      <label htmlFor={`reach-${name}`}>{label}</label>
      <input
        id={`reach-${name}`}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={form[name]}
        onChange={(event) => setForm({ ...form, [name]: Number(event.target.value) })}
        aria-describedby={`reach-${name}-help`}
      />
      <small id={`reach-${name}-help`}>{help}</small>
    </div>
  );

  const blocks = result ? [result as ReachBlock, ...result.scenarios] : [];
  return (
    <>
      <PageHeader title="Word of mouth">
        <p>It takes many in-market connections to get the word out. This simulates an ask or a post spreading through your ties, thousands of times.</p>
      </PageHeader>
      {workspace.data && workspace.data.contacts === 0 ? (
        <EmptyState title="No network to spread through yet" action={{ to: '/import', label: 'Import your connections' }} />
      ) : (
        <>
          {workspace.data && !marketName(workspace.data) && (
            <p className="notice">
              Without a target market every person counts the same. <Link to="/target">Define your market</Link> to count in-market reach.
            </p>
          )}
          <Panel title="What if…" id="what-if">
            <form onSubmit={submit} className="form-grid">
              {field('addWeak', 'Add in-market weak ties', 0, 10000, 'new connections inside your market, each a weak tie')}
              {field('strengthen', 'Strengthen ties', 0, 1000, 'your most useful ties made strong')}
              {field('ask', 'People to ask first', 0, 50, 'who spreads the word furthest')}
              {field('runs', 'Simulation runs', 100, 100000, 'more runs, narrower intervals, slower')}
              <div className="form-row">
                <button type="submit" className="primary" disabled={running}>
                  {running ? 'Simulating…' : 'Compare'}
                </button>
              </div>
            </form>
          </Panel>
          {running && !result && <Loading what="the simulation" />}
          {error && <Failure error={error} what="Word-of-mouth reach" onRetry={() => void run(form)} />}
          {result && (
            <>
              <div className="stats" role="group" aria-label="Reach today">
                <Stat label="in-market people an ask reaches" value={decimal(result.expectedInMarket.mean)} detail={`95%: ${decimal(result.expectedInMarket.low)}–${decimal(result.expectedInMarket.high)}`} />
                <Stat label="target companies reached" value={decimal(result.expectedCompanies.mean)} />
                <Stat label="in market within 1 hop" value={count(result.firstDegree.inMarket)} detail={`${count(result.firstDegree.people)} people`} />
                {result.secondDegree.people > result.firstDegree.people ? (
                  <Stat label="in market within 2 hops" value={count(result.secondDegree.inMarket)} detail={`${count(result.secondDegree.people)} people`} />
                ) : (
                  <Stat label="within 2 hops" value="not known" detail="nobody's second degree is in your data" />
                )}
              </div>
              <p className="muted small" id="hops-explained">
                A hop is one person passing your ask on: 1 hop is your own connections, 2 hops their connections.{' '}
                {result.secondDegree.people > result.firstDegree.people
                  ? `The second degree here (${count(result.secondDegree.people - result.firstDegree.people)} more people) comes from teammates' exports you imported and from coworkers inferred at the same employers.`
                  : "Your export lists only your own connections, and coworkers inferred at the same employers are your connections already, so there is no second degree to count. Import a teammate's export as theirs (Import page, \"whose network\") to add theirs."}
              </p>
              <Panel title="Quantity or quality? The comparison" id="comparison">
                <Chart option={comparisonOption(blocks)} label="Expected in-market people and target companies reached, today and under each what-if scenario, with 95% intervals; the table below has the numbers" height={300} />
                <div className="table-wrap">
                  <table className="data">
                    <caption className="visually-hidden">Expected reach per scenario with 95% intervals</caption>
                    <thead>
                      <tr>
                        <th scope="col">Scenario</th>
                        <th scope="col" className="num">
                          In-market people
                        </th>
                        <th scope="col" className="num">
                          Target companies
                        </th>
                        <th scope="col" className="num">
                          Everyone reached
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {blocks.map((block, index) => (
                        <tr key={block.name + index}>
                          <th scope="row">
                            {scenarioLabel(block, index)}
                            <div className="muted small">{block.description}</div>
                          </th>
                          <td className="num">{interval(block.expectedInMarket)}</td>
                          <td className="num">{interval(block.expectedCompanies)}</td>
                          <td className="num">{interval(block.expectedReached)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                <p className="muted small">
                  {count(result.runs)} simulated cascades{result.precision ? `, stopped once every interval was within ±${result.precision.relative * 100}% of its mean or ±${result.precision.absolute} (at most ${count(result.runsCap)})` : ''}; intervals are 95%.
                </p>
              </Panel>
              {result.askFirst.length > 0 && (
                <Panel title="Who to ask first" id="ask-first">
                  <ol className="plain-list numbered">
                    {result.askFirst.map((person) => (
                      <li key={person.id}>
                        <Link to={`/contacts/${encodeURIComponent(person.id)}`}>{person.name}</Link>
                        <span className="muted">
                          {' '}
                          {[person.title, person.company].filter(Boolean).join(' at ')} · adds {decimal(person.marginalGain)} {result.askFirstCounts === 'everyone' ? 'people (no market set, so everyone counts)' : 'in-market people'}
                        </span>
                      </li>
                    ))}
                  </ol>
                </Panel>
              )}
            </>
          )}
        </>
      )}
    </>
  );
}
