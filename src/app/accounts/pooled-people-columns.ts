// The rows a pooled load reads, as the columns the pooled graph and pooled reach count over (core/network/
// pooled-people.ts): my network first, then each teammate's, each person interned once by key. The in-market test
// runs once per person, not once per row: most of a cohort's 480,000 rows are someone already seen with the same
// employer and title (the same LinkedIn profile in several exports), and then the answer is the same; a row that
// differs in any field the test reads is tested on its own.
import { PooledPeopleBuilder, type PooledPeople } from '../../core/network/pooled-people.ts';
import type { PooledRow } from '../../store/accounts/pooled-view-repo.ts';

/** What the in-market test of a person reads (pooled-views.ts inMarketTest). */
export type InMarketFields = Pick<PooledRow, 'company' | 'companyKey' | 'title' | 'location' | 'industry'>;

export function pooledPeopleOf(networks: readonly (readonly PooledRow[])[], isIn: (person: InMarketFields) => boolean): PooledPeople {
  const builder = new PooledPeopleBuilder(networks.reduce((sum, rows) => sum + rows.length, 0));
  // Per person, as first seen: the fields the test read besides the employer (which the builder keeps), and its answer.
  const title: string[] = [];
  const location: string[] = [];
  const industry: string[] = [];
  const answer: boolean[] = [];
  for (const rows of networks) {
    builder.startNetwork();
    for (const row of rows) {
      const before = builder.people;
      const person = builder.personOf(row.key, row.company, row.companyKey);
      let inMarket: boolean;
      if (person === before) {
        inMarket = isIn(row);
        title.push(row.title);
        location.push(row.location);
        industry.push(row.industry);
        answer.push(inMarket);
      } else if (row.title === title[person] && row.companyKey === builder.companyKey[person] && row.company === builder.company[person] && row.location === location[person] && row.industry === industry[person]) {
        inMarket = answer[person];
      } else {
        inMarket = isIn(row);
      }
      builder.addRow(person, inMarket);
    }
  }
  return builder.build();
}
