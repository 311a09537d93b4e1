// The rows a pooled load reads, as the columns the pooled graph and pooled reach count over (core/network/
// pooled-people.ts): my network first, then each teammate's, each person interned once by key. Rows are taken one
// at a time as the store streams them (pooled-view-repo.ts streamPooledPeople) and dropped: only numbers and each
// person's first-seen fields outlive their row. The in-market test runs once per person, not once per row: most of a
// cohort's 480,000 rows are someone already seen with the same employer and title (the same LinkedIn profile in
// several exports), and then the answer is the same; a row that differs in any field the test reads is tested on its own.
// Someone new with the same fields as the last person tested with their employer and title gets that answer too: the
// test is a function of those fields alone.
import { PooledPeopleBuilder, type PooledPeople } from '../../core/network/pooled-people.ts';
import type { PooledRow, PooledRowArray, PooledRowReader } from '../../store/accounts/pooled-view-repo.ts';

/** What the in-market test of a person reads (pooled-views.ts inMarketTest). */
export type InMarketFields = Pick<PooledRow, 'company' | 'companyKey' | 'title' | 'location' | 'industry'>;

/** The people of `networks` read rows, and the names of network 0's (mine) by key, where its rows carry them. */
export interface PooledPeopleRead {
  people: PooledPeople;
  names: Map<string, string>;
}

/** A reader of a pooled read's rows (`networks` reads, rows of read 0 first) into columns. */
export function pooledPeopleReader(networks: number, isIn: (person: InMarketFields) => boolean, expectedRows = 1024): PooledRowReader<PooledPeopleRead> {
  const builder = new PooledPeopleBuilder(expectedRows);
  // Per person, as first seen: the fields the test read besides the employer (which the builder keeps), and its answer.
  const title: string[] = [];
  const location: string[] = [];
  const industry: string[] = [];
  const answer: boolean[] = [];
  const names = new Map<string, string>();
  // By company key, then title: the last new person tested with them (their first-seen fields are what the test read).
  const lastTestedAt = new Map<string, Map<string, number>>();
  let started = 0;
  const startUpTo = (network: number) => {
    while (started <= network) {
      builder.startNetwork();
      started++;
    }
  };
  return {
    row(row: PooledRowArray) {
      const [network, key, company, companyKey, rowTitle, rowLocation, rowIndustry, firstName, lastName] = row;
      startUpTo(network);
      if (network === 0 && firstName !== null) names.set(key, `${firstName} ${lastName ?? ''}`.trim());
      const before = builder.people;
      const person = builder.personOf(key, company, companyKey);
      let inMarket: boolean;
      if (person === before) {
        // Someone new, most likely with an employer and title seen before (a market that scores the employer alone
        // reads no title, location or industry): the answer of the last person tested with them, if the rest agrees.
        let atEmployer = lastTestedAt.get(companyKey);
        if (!atEmployer) lastTestedAt.set(companyKey, (atEmployer = new Map()));
        const like = atEmployer.get(rowTitle);
        if (like !== undefined && company === builder.company[like] && rowLocation === location[like] && rowIndustry === industry[like]) {
          inMarket = answer[like];
        } else {
          inMarket = isIn({ company, companyKey, title: rowTitle, location: rowLocation, industry: rowIndustry });
          atEmployer.set(rowTitle, person);
        }
        title.push(rowTitle);
        location.push(rowLocation);
        industry.push(rowIndustry);
        answer.push(inMarket);
      } else if (rowTitle === title[person] && companyKey === builder.companyKey[person] && company === builder.company[person] && rowLocation === location[person] && rowIndustry === industry[person]) {
        inMarket = answer[person];
      } else {
        inMarket = isIn({ company, companyKey, title: rowTitle, location: rowLocation, industry: rowIndustry });
      }
      builder.addRow(person, inMarket);
    },
    done() {
      startUpTo(networks - 1);
      return { people: builder.build(), names };
    },
  };
}

/** The same over rows as objects, network by network. */
export function pooledPeopleOf(networks: readonly (readonly PooledRow[])[], isIn: (person: InMarketFields) => boolean): PooledPeople {
  const reader = pooledPeopleReader(networks.length, isIn, networks.reduce((sum, rows) => sum + rows.length, 0));
  networks.forEach((rows, network) => {
    for (const row of rows) reader.row([network, row.key, row.company, row.companyKey, row.title, row.location, row.industry, row.firstName, row.lastName]);
  });
  return reader.done().people;
}
