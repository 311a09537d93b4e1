// Everyone at one target company, strongest tie first: who can open the door (GET /api/coverage/:company).
import { count, strength } from './format.ts';
import { Link } from './router.tsx';
import { Failure, Loading } from './states.tsx';
import { useApi } from './use-api.ts';

interface CompanyDetail {
  company: string;
  tier: number | null;
  contacts: { id: string; name: string; title: string; seniority: string; function: string; fit: number; strength: number | null }[];
}

const SHOWN = 100;

export function CompanyPeople({ company, onClose }: { company: string; onClose: () => void }) {
  const people = useApi<CompanyDetail>(`/coverage/${encodeURIComponent(company)}`);
  return (
    <section className="company-people" aria-labelledby="company-people-title">
      <div className="panel-head">
        <h3 id="company-people-title">People at {company}</h3>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      {people.loading && !people.data ? (
        <Loading what={`the people at ${company}`} />
      ) : people.error ? (
        <Failure error={people.error} what="The people at this company" onRetry={people.reload} />
      ) : !people.data || people.data.contacts.length === 0 ? (
        <p>Nobody in your network or prospect lists works there yet: white space. Add prospects from there, or ask a teammate to pool their network.</p>
      ) : (
        <>
          <div className="table-wrap">
            <table className="data">
              <caption className="visually-hidden">People at {company}, strongest tie first</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Title</th>
                  <th scope="col">Seniority</th>
                  <th scope="col" className="num">
                    Fit
                  </th>
                  <th scope="col" className="num">
                    Tie
                  </th>
                </tr>
              </thead>
              <tbody>
                {people.data.contacts.slice(0, SHOWN).map((person) => (
                  <tr key={person.id}>
                    <th scope="row">
                      <Link to={`/contacts/${encodeURIComponent(person.id)}`}>{person.name || '(no name)'}</Link>
                    </th>
                    <td>{person.title}</td>
                    <td>{person.seniority}</td>
                    <td className="num">{person.fit}</td>
                    <td className="num">{strength(person.strength)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {people.data.contacts.length > SHOWN && (
            <p className="muted small">
              The {SHOWN} strongest of {count(people.data.contacts.length)}; <Link to={`/network?company=${encodeURIComponent(company)}`}>find warm paths</Link> to reach the rest.
            </p>
          )}
        </>
      )}
    </section>
  );
}
