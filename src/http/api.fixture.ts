// A small network for the API tests: a LinkedIn Connections.csv (with a name that is HTML), a market, an app on it.
import { openContext, type AppContext } from '../app/app-context.ts';
import { bufferSource, importContacts } from '../app/import-contacts.ts';
import { setTargetDefinition } from '../app/target.ts';
import { createApiApp, type ApiOptions } from './api-app.ts';

export const HTML_NAME = { first: '<img src=x onerror="alert(1)">', last: '<script>alert(2)</script>' };

const PEOPLE: [string, string, string, string, string][] = [
  ['Avery', 'Quill', 'Northwind Traders', 'Senior Product Manager', '05 Jun 2024'],
  ['Bo', 'Lindqvist', 'Northwind Traders', 'VP Engineering', '12 Mar 2023'],
  ['Chidi', 'Okafor', 'Contoso', 'Director of Product', '01 Jan 2022'],
  ['Dana', 'Reyes', 'Contoso', 'Product Manager', '28 Feb 2021'],
  ['Eli', 'Stone', 'Fabrikam', 'Software Engineer', '14 Jul 2020'],
  ['Farah', 'Haddad', 'Fabrikam', 'Head of Sales', '02 Feb 2025'],
  ['Gus', 'Moreau', 'Woodgrove Bank', 'Analyst', '19 Sep 2019'],
  ['Hana', 'Sato', 'Tailspin Toys', 'Marketing Manager', '07 Nov 2024'],
  [HTML_NAME.first, HTML_NAME.last, 'Contoso', '<b>Engineering</b> Manager', '03 Mar 2024'],
];

const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export function fixtureConnectionsCsv(): string {
  const rows = PEOPLE.map(([first, last, company, title, on], index) => [first, last, `https://www.linkedin.com/in/example-${index}`, '', company, title, on].map(quote).join(','));
  return ['Notes:', '"A test export."', '', 'First Name,Last Name,URL,Email Address,Company,Position,Connected On', ...rows, ''].join('\n');
}

export const FIXTURE_PEOPLE = PEOPLE.length;

export const FIXTURE_MARKET = `name: Test market
threshold: 50
companies:
  - name: Northwind Traders
    tier: 1
  - name: Contoso
    tier: 2
  - name: Globex
    tier: 3
weights: { company: 100 }
goals: { inMarketConnections: 10, coveredCompanies: 2 }
`;

export interface FixtureApi extends ReturnType<typeof createApiApp> {
  context: AppContext;
  close(): Promise<void>;
}

/** A fixed clock and ids, the fixture imported (and the market set unless asked not to), and the app on top. */
export async function fixtureApi(location: string, workspace: string, options: Partial<ApiOptions> & { market?: boolean; network?: boolean } = {}): Promise<FixtureApi> {
  let next = 0;
  const context = await openContext({ db: location, workspace }, { now: () => new Date('2026-11-25T12:00:00.000Z'), newId: () => `id${String(++next).padStart(6, '0')}` });
  if (options.network !== false) {
    await importContacts(context, { input: bufferSource('Connections.csv', new TextEncoder().encode(fixtureConnectionsCsv())) });
  }
  if (options.market !== false) await setTargetDefinition(context, 'target.yaml', FIXTURE_MARKET);
  const api = createApiApp({ version: 'test', logError: () => {}, ...options, context });
  return { ...api, context, close: () => context.store.close() };
}
