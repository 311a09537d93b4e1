// Migration 013's triggers on PostgreSQL: every change to what a cohort's roster shows moves the cohort's roster
// version (the cohort page's only check that the page it holds is current); changes to nothing shown leave it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { CLI_ADMIN, openAccounts, type AccountsContext } from '../../app/accounts/accounts-context.ts';
import { createCohort } from '../../app/accounts/cohorts.ts';
import { setConsent } from '../../app/accounts/consents.ts';
import { addUser, disableUser } from '../../app/accounts/users.ts';
import { workspaceContext } from '../../app/accounts/workspace-context.ts';
import { createOwnedWorkspace } from '../../app/accounts/workspaces.ts';
import { bufferSource, importContacts } from '../../app/import-contacts.ts';
import { randomId } from '../../app/random-id.ts';
import { TEST_STORES } from '../../../test/support/test-stores.ts';
import { putMembership } from './cohorts-repo.ts';

const postgres = TEST_STORES.find((kind) => kind.name === 'postgres')!;

const connections = (first: string, last: string) =>
  bufferSource('Connections.csv', new TextEncoder().encode(`First Name,Last Name,URL,Email Address,Company,Position,Connected On\n${first},${last},https://www.linkedin.com/in/${first}-${last},,Contoso,Engineer,05 Jun 2024\n`));

describe('cohort roster version (PostgreSQL triggers)', { skip: postgres.skip || false }, () => {
  const run = randomId().replace(/[^a-z0-9]/gi, '').slice(0, 8);
  let accounts: AccountsContext;
  let cohortId = '';
  let otherCohortId = '';
  const users: Record<string, string> = {};
  const cohortName = `Roster ${run}`;

  const version = async (id = cohortId) => Number((await sql<{ v: string }>`select roster_version as v from cohorts where cohort_id = ${id}`.execute(accounts.db)).rows[0].v);
  /** Whether `change` moved the cohort's version (and by how much it moved the other cohort's). */
  const moves = async (change: () => Promise<unknown>): Promise<[boolean, boolean]> => {
    const [before, otherBefore] = [await version(), await version(otherCohortId)];
    await change();
    return [(await version()) > before, (await version(otherCohortId)) > otherBefore];
  };

  before(async () => {
    accounts = await openAccounts(postgres.location());
    cohortId = (await createCohort(accounts, cohortName, `Org ${run}`)).id;
    otherCohortId = (await createCohort(accounts, `Other ${run}`, `Org ${run}`)).id;
    for (const name of ['ana', 'coach', 'newcomer']) {
      const email = `${name}-${run}@example.org`;
      users[name] = (await addUser(accounts, CLI_ADMIN, email, 'correct horse battery staple')).user.id;
      await createOwnedWorkspace(accounts, CLI_ADMIN, `${name}-${run}`, email);
    }
    await putMembership(accounts.db, cohortId, users.ana, 'member', new Date().toISOString());
    await putMembership(accounts.db, cohortId, users.coach, 'coach', new Date().toISOString());
  });
  after(async () => {
    await accounts?.store.close();
  });

  it("moves with a member's consent, joining, leaving and role, in that cohort alone", async () => {
    assert.deepEqual(await moves(() => setConsent(accounts, CLI_ADMIN, users.ana, cohortName, 'contacts')), [true, false]);
    assert.deepEqual(await moves(() => setConsent(accounts, CLI_ADMIN, users.ana, cohortName, 'aggregates')), [true, false]);
    assert.deepEqual(await moves(() => putMembership(accounts.db, cohortId, users.newcomer, 'member', new Date().toISOString())), [true, false]);
    assert.deepEqual(await moves(() => accounts.db.updateTable('cohort_memberships').set({ role: 'viewer' }).where('user_id', '=', users.newcomer).execute()), [true, false]);
    assert.deepEqual(await moves(() => accounts.db.deleteFrom('cohort_memberships').where('user_id', '=', users.newcomer).execute()), [true, false]);
    assert.deepEqual(await moves(() => accounts.db.deleteFrom('cohort_consents').where('user_id', '=', users.ana).execute()), [true, false]);
  });

  it("moves with a member's workspace written (an import), renamed, gained or lost, and their email; not with a coach's write or a password", async () => {
    const ana = workspaceContext(accounts, `ana-${run}`);
    assert.deepEqual(await moves(() => importContacts(ana, { input: connections('zora', 'lee') })), [true, false]);
    assert.deepEqual(await moves(() => accounts.db.updateTable('workspaces').set({ name: `ana-renamed-${run}` }).where('workspace_id', '=', `ana-${run}`).execute()), [true, false]);
    assert.deepEqual(await moves(() => accounts.db.updateTable('users').set({ email: `ana2-${run}@example.org` }).where('user_id', '=', users.ana).execute()), [true, false]);
    assert.deepEqual(await moves(() => accounts.db.updateTable('users').set({ password_hash: 'x' }).where('user_id', '=', users.ana).execute()), [false, false]);
    assert.deepEqual(await moves(() => disableUser(accounts, CLI_ADMIN, `ana2-${run}@example.org`)), [false, false], 'a disabled account is checked by its token, not by the roster');
    assert.deepEqual(await moves(() => createOwnedWorkspace(accounts, CLI_ADMIN, `ana-second-${run}`, `ana2-${run}@example.org`)), [true, false]);
    assert.deepEqual(await moves(() => accounts.db.deleteFrom('user_workspaces').where('workspace_id', '=', `ana-second-${run}`).execute()), [true, false]);
    const coach = workspaceContext(accounts, `coach-${run}`);
    assert.deepEqual(await moves(() => importContacts(coach, { input: connections('pia', 'ray') })), [false, false]);
  });
});
