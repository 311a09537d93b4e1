// Warm paths keep teammates' title counts per workspace data version (PostgreSQL): a teammate's import, a raised or
// revoked consent, shows in the very next answer; a workspace whose version stands still is not counted again.
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { after, before, describe, it } from 'node:test';
import { CLI_ADMIN, openAccounts, type AccountsContext } from './accounts-context.ts';
import { setConsent } from './consents.ts';
import { keptTitleCountsAt } from './kept-title-counts.ts';
import { pooledWarmPaths } from './pooled-views.ts';
import { addUser } from './users.ts';
import { workspaceContext } from './workspace-context.ts';
import { createOwnedWorkspace } from './workspaces.ts';
import { bufferSource, importContacts } from '../import-contacts.ts';
import { randomId } from '../random-id.ts';
import { setTargetDefinition } from '../target.ts';
import { putMembership } from '../../store/accounts/cohorts-repo.ts';
import { countSharedTitlesAt } from '../../store/accounts/pooled-view-repo.ts';
import { createCohort } from './cohorts.ts';
import { fixedClock, TEST_STORES } from '../../../test/support/test-stores.ts';
import { connectionsCsv as csv, type ConnectionRow as Row } from './connections-csv.fixture.ts';

const postgres = TEST_STORES.find((kind) => kind.name === 'postgres')!;

const MARKET = `name: Contoso hunt
threshold: 40
companies:
  - name: Contoso
    tier: 1
  - name: Globex
    tier: 2
weights: { company: 100 }
`;

describe('warm paths kept per data version (PostgreSQL)', { skip: postgres.skip || false }, () => {
  const clock = fixedClock('2026-12-07T12:00:00.000Z');
  let ctx: AccountsContext;
  const run = randomId().replace(/[^a-z0-9]/gi, '').slice(0, 8);
  const people: Record<string, { id: string; email: string; workspace: string }> = {};
  let cohort = '';
  const sentences = async () => (await pooledWarmPaths(ctx, people.sam.id, cohort)).paths.map((path) => path.sentence);
  const importFor = (name: string, rows: Row[]) => importContacts(workspaceContext(ctx, people[name].workspace), { input: bufferSource('Connections.csv', csv(rows)) });

  async function person(name: string, rows: Row[]): Promise<void> {
    const email = `${name}-${run}@example.org`;
    const { user } = await addUser(ctx, CLI_ADMIN, email, 'correct horse battery staple');
    const workspace = `${name}-${run}`;
    await createOwnedWorkspace(ctx, CLI_ADMIN, workspace, email);
    await putMembership(ctx.db, cohort, user.id, 'member', clock.now().toISOString());
    people[name] = { id: user.id, email, workspace };
    await importFor(name, rows);
  }

  before(async () => {
    ctx = await openAccounts(postgres.location(), { now: clock.now });
    cohort = (await createCohort(ctx, `Winter ${run}`, `Org ${run}`)).id;
    await person('sam', [['Quinn', 'Own', 'Initech', 'Sales Manager']]);
    await setTargetDefinition(workspaceContext(ctx, people.sam.workspace), 'contoso.yaml', MARKET);
    await person('alex', [['Zelda', `Secretname${run}`, 'Contoso', 'Director of Engineering'], ['Xena', `Quietname${run}`, 'Initech', 'Accountant']]);
    await person('blair', [['Wanda', `Openname${run}`, 'Globex', 'VP Sales']]);
    await setConsent(ctx, { userId: people.alex.id, ip: '' }, people.alex.id, cohort, 'companies');
    await setConsent(ctx, { userId: people.blair.id, ip: '' }, people.blair.id, cohort, 'aggregates');
  });
  after(async () => {
    await ctx.store.close();
  });

  it('answers what a fresh count answers, for every level, in the order asked', async () => {
    const reads = [
      { workspaceId: people.alex.workspace, level: 'companies' as const },
      { workspaceId: people.blair.workspace, level: 'aggregates' as const },
      { workspaceId: people.blair.workspace, level: 'contacts' as const },
    ];
    const fresh = await countSharedTitlesAt(ctx.store.db, ctx.store.dialect, reads, ['contoso', 'globex']);
    assert.deepEqual(fresh, [[{ companyKey: 'contoso', title: 'Director of Engineering', people: 1 }], [], [{ companyKey: 'globex', title: 'VP Sales', people: 1 }]]);
    for (let ask = 0; ask < 2; ask++) assert.deepEqual(await keptTitleCountsAt(ctx, reads, ['globex', 'contoso']), fresh);
  });

  it("shows a teammate's import in the very next answer", async () => {
    assert.deepEqual(await sentences(), [`${people.alex.email} (your cohort) knows 1 person at Contoso: 1 director`]);
    await importFor('alex', [['Yusuf', `Hiddenname${run}`, 'Contoso', 'Backend Engineer'], ['Vera', `Newname${run}`, 'Globex', 'Product Manager']]);
    assert.deepEqual(await sentences(), [
      `${people.alex.email} (your cohort) knows 2 people at Contoso: 1 director, 1 in engineering`,
      `${people.alex.email} (your cohort) knows 1 person at Globex: 1 in product management`,
    ]);
  });

  it('shows a raised consent at once, and leaves a revoked one out at once, with the data unchanged', async () => {
    await setConsent(ctx, { userId: people.blair.id, ip: '' }, people.blair.id, cohort, 'companies');
    assert.ok((await sentences()).includes(`${people.blair.email} (your cohort) knows 1 person at Globex: 1 VP`));
    await setConsent(ctx, { userId: people.blair.id, ip: '' }, people.blair.id, cohort, 'aggregates');
    assert.ok(!(await sentences()).some((sentence) => sentence.startsWith(people.blair.email)));
    await setConsent(ctx, { userId: people.alex.id, ip: '' }, people.alex.id, cohort, 'nothing');
    assert.deepEqual(await sentences(), []);
    await setConsent(ctx, { userId: people.alex.id, ip: '' }, people.alex.id, cohort, 'companies');
    assert.equal((await sentences()).length, 2);
  });

  it('counts a workspace again only when its data version moves on', async () => {
    const before = await sentences();
    // Behind the store's back (the version stays): the kept counts stand, which is what spares the unchanged teammates.
    await sql`update contacts set title = 'Accountant' where workspace_id = ${people.alex.workspace} and company_key = 'contoso'`.execute(ctx.store.db);
    assert.deepEqual(await sentences(), before);
    await sql`update workspaces set data_version = data_version + 1 where workspace_id = ${people.alex.workspace}`.execute(ctx.store.db);
    assert.deepEqual(await sentences(), [
      `${people.alex.email} (your cohort) knows 2 people at Contoso: 2 in accounting`,
      `${people.alex.email} (your cohort) knows 1 person at Globex: 1 in product management`,
    ]);
  });
});
