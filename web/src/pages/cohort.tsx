// The coach's cohort page (multi-user server): each member as far as their consent allows, sortable, the stalled
// highlighted, each linked to what they share; who is in the cohort and the invitations out (owners and coaches invite
// and remove); the cohort's pooled coverage of target companies; links to the outcome report (CSV, HTML). Anyone signed
// in can create a cohort here and becomes its owner.
import { useState } from 'react';
import { query } from '../api.ts';
import type { CohortCoverage, CohortMemberRow, CohortPage as CohortPageData, Consent } from '../multi-user-types.ts';
import { CreateCohortForm, RosterPanel } from '../components/cohort-admin.tsx';
import { Link } from '../components/router.tsx';
import { CohortSelect } from '../components/cohort-select.tsx';
import { PageHeader, Panel } from '../components/section.tsx';
import { EmptyState, Failure, Loading } from '../components/states.tsx';
import { useApi } from '../components/use-api.ts';

type MemberRow = CohortMemberRow;

const OVERSEEING = ['owner', 'coach', 'viewer'];
type Column = 'member' | 'level' | 'inMarket' | 'index' | 'indexChange' | 'planDone' | 'introsGiven' | 'introsReceived' | 'referralsGiven' | 'referralsReceived' | 'interviews' | 'offers' | 'daysSinceActivity';
/** Every order the server sorts by, named for the sort picker (grouped columns hold two numbers each). */
const SORTS: { key: Column; label: string }[] = [
  { key: 'member', label: 'Member' },
  { key: 'level', label: 'What they share' },
  { key: 'inMarket', label: 'In market' },
  { key: 'index', label: 'Index' },
  { key: 'indexChange', label: 'Index trend' },
  { key: 'planDone', label: 'Plan items done' },
  { key: 'introsGiven', label: 'Introductions given' },
  { key: 'introsReceived', label: 'Introductions received' },
  { key: 'referralsGiven', label: 'Referrals given' },
  { key: 'referralsReceived', label: 'Referrals received' },
  { key: 'interviews', label: 'Interviews' },
  { key: 'offers', label: 'Offers' },
  { key: 'daysSinceActivity', label: 'Days quiet' },
];
/**
 * Nine columns, not thirteen, so the table fits a laptop screen (1366 px): pairs that are read together share one,
 * "given / received" and "interviews / offers", as the legend says. A header sorts by its column's first number; the
 * picker above the table sorts by any of the thirteen.
 */
const COLUMNS: { key: Column; label: string; title?: string }[] = [
  { key: 'member', label: 'Member' },
  { key: 'level', label: 'Shares' },
  { key: 'inMarket', label: 'In market / goal' },
  { key: 'index', label: 'Index (trend)' },
  { key: 'planDone', label: 'Plan done / planned' },
  { key: 'introsGiven', label: 'Intros given / received', title: 'introductions given / received' },
  { key: 'referralsGiven', label: 'Referrals given / received' },
  { key: 'interviews', label: 'Interviews / offers', title: 'interviews / offers from referrals' },
  { key: 'daysSinceActivity', label: 'Days quiet' },
];

const show = (value: number | null) => (value === null ? '–' : String(value));
const signed = (value: number | null) => (value === null ? '' : value > 0 ? ` (+${value})` : ` (${value})`);
const pair = (a: number | null, b: number | null) => `${show(a)} / ${show(b)}`;

function cell(row: MemberRow, key: Column): string {
  if (row.sharesNothing && key !== 'member' && key !== 'level') return '';
  if (key === 'member' || key === 'level') return row[key];
  if (key === 'inMarket') return `${show(row.inMarket)}${row.inMarketGoal ? ` / ${row.inMarketGoal}` : ''}`;
  if (key === 'index') return `${show(row.index)}${signed(row.indexChange)}`;
  if (key === 'planDone') return pair(row.planDone, row.planPlanned);
  if (key === 'introsGiven') return pair(row.introsGiven, row.introsReceived);
  if (key === 'referralsGiven') return pair(row.referralsGiven, row.referralsReceived);
  if (key === 'interviews') return pair(row.interviews, row.offers);
  // No activity yet: how long ago they joined, the clock a stall is counted from.
  if (key === 'daysSinceActivity' && row.daysSinceActivity === null && row.daysSinceJoined !== null) return `joined ${row.daysSinceJoined === 0 ? 'today' : `${row.daysSinceJoined} d ago`}`;
  return show(row[key] as number | null);
}

function MemberTable({ cohort }: { cohort: string }) {
  const [sort, setSort] = useState<{ column: Column; direction: 'asc' | 'desc' }>({ column: 'member', direction: 'asc' });
  const page = useApi<CohortPageData>(`/cohorts/${encodeURIComponent(cohort)}/page${query({ sort: sort.column, direction: sort.direction })}`);
  if (page.error) return <Failure error={page.error} what="the cohort page" onRetry={page.reload} />;
  if (!page.data) return <Loading what="the cohort" />;
  const toggle = (column: Column) => setSort((now) => ({ column, direction: now.column === column && now.direction === 'asc' ? 'desc' : 'asc' }));
  return (
    <Panel title={`Members (${page.data.members.length}, ${page.data.stalled} stalled)`} id="members">
      {page.data.members.length === 0 ? (
        <p className="muted">No job seekers in this cohort yet: invite them as members below. Each gets a private workspace and chooses what the cohort may see.</p>
      ) : (
      <>
      <p className="cohort-table-tools">
        <label>
          Sort by{' '}
          <select value={sort.column} onChange={(event) => setSort((now) => ({ column: event.target.value as Column, direction: now.direction }))}>
            {SORTS.map((option) => (
              <option key={option.key} value={option.key}>
                {option.label}
              </option>
            ))}
          </select>
        </label>{' '}
        <button type="button" className="link-button" onClick={() => setSort((now) => ({ ...now, direction: now.direction === 'asc' ? 'desc' : 'asc' }))}>
          {sort.direction === 'asc' ? 'Ascending' : 'Descending'}
        </button>
        <span className="muted small"> Pairs read "given / received" and "interviews / offers" (from referrals). Stalled: no activity for 14 days, counted from joining until a first one.</span>
      </p>
      <table className="data cohort-table">
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column.key} scope="col" aria-sort={sort.column === column.key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}>
                <button type="button" className="link-button" title={column.title} onClick={() => toggle(column.key)}>
                  {column.label}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {page.data.members.map((row) => (
            <tr key={row.member} className={row.stalled ? 'stalled' : undefined} data-stalled={row.stalled ? 'true' : undefined}>
              {COLUMNS.map((column) =>
                column.key === 'member' ? (
                  <th key={column.key} scope="row">
                    {row.workspace ? <Link to={`/cohort/member${query({ cohort, workspace: row.workspace })}`}>{row.member}</Link> : row.member}
                    {row.stalled ? <strong className="badge"> stalled</strong> : null}
                    {row.sharesNothing ? <span className="muted"> shares nothing</span> : null}
                  </th>
                ) : (
                  <td key={column.key}>{cell(row, column.key)}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      </>
      )}
    </Panel>
  );
}

function CoveragePanel({ cohort }: { cohort: string }) {
  const coverage = useApi<CohortCoverage>(`/cohorts/${encodeURIComponent(cohort)}/coverage`);
  if (coverage.error) return <Failure error={coverage.error} what="pooled coverage" onRetry={coverage.reload} />;
  if (!coverage.data) return <Loading what="pooled coverage" />;
  return (
    <Panel title={`Pooled coverage: ${coverage.data.covered} of ${coverage.data.targets} target companies`} id="coverage">
      {coverage.data.companies.length === 0 ? (
        <p>No member who shares companies has target companies yet.</p>
      ) : (
        <ul className="cohort-coverage">
          {coverage.data.companies.map((company) => (
            <li key={company.company}>
              <strong>{company.company}</strong>: {company.people === 0 ? 'nobody in the cohort knows anyone there' : company.through.map((entry) => `${entry.member} (${entry.people}${entry.contacts ? `: ${entry.contacts.join(', ')}` : ''})`).join('; ')}
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

export default function CohortPage() {
  const consents = useApi<{ consents: Consent[] }>('/consents');
  const [chosen, setChosen] = useState<string | null>(null);
  if (consents.error) return <Failure error={consents.error} what="your cohorts" onRetry={consents.reload} />;
  if (!consents.data) return <Loading what="your cohorts" />;
  const overseen = consents.data.consents.filter((consent) => OVERSEEING.includes(consent.role));
  // Where a new cohort may go besides a new organisation: those in which you already own or coach one.
  const organisations = [...new Set(consents.data.consents.filter((consent) => consent.role === 'owner' || consent.role === 'coach').map((consent) => consent.cohort.organisation))];
  const created = (id: string) => {
    setChosen(id);
    consents.reload();
  };
  if (overseen.length === 0) {
    return (
      <>
        <PageHeader title="Cohort" />
        <EmptyState title="No cohort to coach">
          <p>The cohort page is for a cohort's owners, coaches and viewers. Create a cohort to run one: you become its owner and invite its members and coaches.</p>
        </EmptyState>
        <Panel title="Create a cohort" id="create-cohort">
          <CreateCohortForm organisations={organisations} onCreated={(cohort) => created(cohort.id)} />
        </Panel>
      </>
    );
  }
  const cohort = overseen.find((consent) => consent.cohort.id === chosen) ?? overseen[0];
  const base = `/api/cohorts/${encodeURIComponent(cohort.cohort.id)}/outcomes`;
  return (
    <>
      <PageHeader title={`Cohort: ${cohort.cohort.name}`}>
        <CohortSelect cohorts={overseen} value={cohort.cohort.id} onChange={setChosen} />
        <p>
          You are its {cohort.role}. Outcome report: <a href={`${base}?format=html`}>HTML</a> · <a href={`${base}?format=csv`}>CSV</a>
        </p>
      </PageHeader>
      <MemberTable key={`members-${cohort.cohort.id}`} cohort={cohort.cohort.id} />
      <RosterPanel key={`roster-${cohort.cohort.id}`} cohort={cohort.cohort.id} />
      <CoveragePanel key={`coverage-${cohort.cohort.id}`} cohort={cohort.cohort.id} />
      <Panel title="Create another cohort" id="create-cohort">
        <CreateCohortForm key={organisations.join('\n')} organisations={organisations} onCreated={(made) => created(made.id)} />
      </Panel>
    </>
  );
}
