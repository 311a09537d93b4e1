// A coach's view of one member (multi-user server): only what the member's consent to this cohort shows: counts at
// "aggregates", companies and titles at "companies", contacts by name at "contacts".
import type { MemberShare } from '../multi-user-types.ts';
import { count } from '../components/format.ts';
import { Link } from '../components/router.tsx';
import { PageHeader, Panel, Stat } from '../components/section.tsx';
import { EmptyState, Failure, Loading } from '../components/states.tsx';
import { useApi } from '../components/use-api.ts';

const SAYS: Record<MemberShare['level'], string> = {
  aggregates: 'shares aggregate counts only: no companies, no names',
  companies: 'shares companies and titles, never names',
  contacts: 'shares full contacts with this cohort',
};

export default function CohortMemberPage({ params }: { params: URLSearchParams }) {
  const cohort = params.get('cohort') ?? '';
  const workspace = params.get('workspace') ?? '';
  const view = useApi<MemberShare & { cohort: { id: string; name: string }; workspace: string }>(cohort && workspace ? `/cohorts/${encodeURIComponent(cohort)}/members/${encodeURIComponent(workspace)}` : null);
  if (!cohort || !workspace) {
    return (
      <EmptyState title="No member named" action={{ to: '/cohort', label: 'Open the cohort page' }}>
        <p>This address names no member: open one from the cohort page's table.</p>
      </EmptyState>
    );
  }
  if (view.error) return <Failure error={view.error} what="the member" onRetry={view.reload} />;
  if (!view.data) return <Loading what="the member" />;
  const member = view.data;
  return (
    <>
      <PageHeader title={member.member}>
        <p>
          In {member.cohort.name}, {member.member} {SAYS[member.level]}. You see no more than that. <Link to="/cohort">Back to the cohort</Link>
        </p>
      </PageHeader>
      <div className="stats" role="group" aria-label="Counts">
        <Stat label="connections" value={count(member.counts.connections)} />
        <Stat label="in their target market" value={member.counts.inMarket === null ? '–' : count(member.counts.inMarket)} detail={member.counts.inMarket === null ? 'no target market set' : undefined} />
        <Stat label="companies" value={count(member.counts.companies)} />
      </div>
      {member.companies && (
        <Panel title={`Companies (${member.companies.length})`} id="member-companies">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Company</th>
                <th scope="col" className="num">People</th>
                <th scope="col">Roles</th>
              </tr>
            </thead>
            <tbody>
              {member.companies.slice(0, 200).map((company) => (
                <tr key={company.company}>
                  <th scope="row">{company.company}</th>
                  <td className="num">{company.people}</td>
                  <td>{company.roles.map((role) => `${role.count} ${role.label}`).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Panel>
      )}
      {member.contacts && (
        <Panel title={`Contacts (${member.contacts.length})`} id="member-contacts">
          <ul>
            {member.contacts.slice(0, 500).map((contact) => (
              <li key={`${contact.name}/${contact.linkedinUrl}`}>
                {contact.name}, {contact.title} at {contact.company}
              </li>
            ))}
          </ul>
        </Panel>
      )}
    </>
  );
}
