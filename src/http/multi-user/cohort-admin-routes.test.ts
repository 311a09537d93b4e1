// Running a cohort over HTTP on PostgreSQL, through app.request(): a signed-in person creates a cohort (and owns it),
// invites a coach and a member by link, the link works once and lands the member in their own new workspace, the
// roster lists members and open invitations, a coach cannot make owners or remove one, removal ends what was shared,
// and every change is in the audit log as the CLI's are.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CLI_ADMIN, openAccounts, type AccountsContext } from '../../app/accounts/accounts-context.ts';
import { createApiToken } from '../../app/accounts/api-tokens.ts';
import { addUser } from '../../app/accounts/users.ts';
import { randomId } from '../../app/random-id.ts';
import { listAudit } from '../../store/accounts/audit-repo.ts';
import { fixedClock, TEST_STORES } from '../../../test/support/test-stores.ts';
import { createMultiUserApp } from './multi-user-app.ts';

const postgres = TEST_STORES.find((kind) => kind.name === 'postgres')!;
const PASSWORD = 'correct horse battery staple';

describe('cohort administration routes (PostgreSQL)', { skip: postgres.skip || false }, () => {
  const clock = fixedClock('2026-11-25T12:00:00.000Z');
  const run = randomId().replace(/[^a-z0-9]/gi, '').slice(0, 8).toLowerCase();
  let accounts: AccountsContext;
  let app: ReturnType<typeof createMultiUserApp>['app'];
  const tokens: Record<string, string> = {};
  const emailOf = (key: string) => `${key}-${run}@example.org`;

  const call = async (token: string | null, method: string, path: string, body?: unknown) => {
    const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await app.request(`http://referable.test${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    return { status: response.status, text, json: () => JSON.parse(text) };
  };

  before(async () => {
    accounts = await openAccounts(postgres.location(), { now: clock.now });
    app = createMultiUserApp({ accounts, webRoot: null, version: 'test', logError: () => {} }).app;
    for (const key of ['olga', 'stranger']) {
      await addUser(accounts, CLI_ADMIN, emailOf(key), PASSWORD);
      tokens[key] = (await createApiToken(accounts, CLI_ADMIN, emailOf(key))).token;
    }
  });
  after(async () => {
    await accounts.store.close();
  });

  /** Accepts an invitation the way the /invite form does, then gives the new account a token. */
  async function join(path: string, key: string): Promise<string | null> {
    const token = new URLSearchParams(path.split('?')[1]).get('token')!;
    const joined = await call(null, 'POST', '/api/invitations/accept', { token, password: PASSWORD });
    assert.equal(joined.status, 200, joined.text);
    tokens[key] = (await createApiToken(accounts, CLI_ADMIN, emailOf(key))).token;
    return joined.json().workspace;
  }

  it('creates a cohort its creator owns, invites by one-time link, lists and removes people, all audited', async () => {
    const organisation = `Outplace ${run}`;
    const created = await call(tokens.olga, 'POST', '/api/cohorts', { name: `Spring ${run}`, organisation });
    assert.equal(created.status, 200, created.text);
    const cohort = created.json() as { id: string; name: string; organisation: string; role: string };
    assert.deepEqual([cohort.name, cohort.organisation, cohort.role], [`Spring ${run}`, organisation, 'owner']);

    // Someone else cannot put a cohort into an organisation they have no part in.
    const intruding = await call(tokens.stranger, 'POST', '/api/cohorts', { name: `Mine ${run}`, organisation });
    assert.equal(intruding.status, 409, intruding.text);
    assert.match(intruding.json().error.message, /already exists/);
    assert.equal((await call(tokens.olga, 'POST', '/api/cohorts', { name: `Autumn ${run}`, organisation })).status, 200, 'its owner adds another cohort to it');

    const invite = async (token: string, email: string, role: string) => call(token, 'POST', `/api/cohorts/${cohort.id}/invitations`, { email, role });
    const coachInvite = await invite(tokens.olga, emailOf('cora'), 'coach');
    assert.equal(coachInvite.status, 200, coachInvite.text);
    const link = coachInvite.json() as { link: string; path: string; expiresAt: string; role: string };
    assert.match(link.link, /^http:\/\/referable\.test\/invite\?token=[^&]+$/);
    assert.equal(link.expiresAt, '2026-12-09T12:00:00.000Z', 'valid for 14 days');
    assert.equal(await join(link.path, 'cora'), null, 'a coach gets no workspace');
    const again = await call(null, 'POST', '/api/invitations/accept', { token: new URLSearchParams(link.path.split('?')[1]).get('token'), password: PASSWORD });
    assert.equal(again.status, 404, 'the link works once');

    // A coach invites members and viewers, never owners.
    assert.equal((await invite(tokens.cora, emailOf('ivy'), 'owner')).status, 403);
    const memberInvite = await invite(tokens.cora, emailOf('mia'), 'member');
    assert.equal(memberInvite.status, 200, memberInvite.text);
    assert.equal((await invite(tokens.olga, emailOf('val'), 'viewer')).status, 200);
    assert.equal((await invite(tokens.stranger, emailOf('x'), 'member')).status, 404, 'a stranger does not learn the cohort exists');

    const workspace = await join(memberInvite.json().path, 'mia');
    assert.match(workspace ?? '', new RegExp(`^mia-${run}-`), 'the member gets a private workspace of their own');
    assert.equal((await invite(tokens.mia, emailOf('y'), 'member')).status, 403, 'a member invites nobody');

    const roster = (await call(tokens.cora, 'GET', `/api/cohorts/${cohort.id}/roster`)).json() as { canManage: boolean; members: { userId: string; email: string; role: string }[]; invitations: { id: string; email: string; role: string }[] };
    assert.equal(roster.canManage, true);
    assert.deepEqual(roster.members.map((m) => [m.email, m.role]), [[emailOf('cora'), 'coach'], [emailOf('mia'), 'member'], [emailOf('olga'), 'owner']]);
    assert.deepEqual(roster.invitations.map((i) => [i.email, i.role]), [[emailOf('val'), 'viewer']], 'the open invitation, not the used ones');
    assert.ok(!JSON.stringify(roster).includes('token'), 'no invitation token is ever listed');

    // An invitation sent to the wrong address is cancelled, and its link stops working.
    const wrong = await invite(tokens.cora, emailOf('typo'), 'member');
    const wrongId = ((await call(tokens.cora, 'GET', `/api/cohorts/${cohort.id}/roster`)).json() as typeof roster).invitations.find((i) => i.email === emailOf('typo'))!.id;
    assert.equal((await call(tokens.mia, 'DELETE', `/api/cohorts/${cohort.id}/invitations/${wrongId}`)).status, 403, 'a member cancels nothing');
    assert.equal((await call(tokens.cora, 'DELETE', `/api/cohorts/${cohort.id}/invitations/${wrongId}`)).status, 200);
    assert.equal((await call(tokens.cora, 'DELETE', `/api/cohorts/${cohort.id}/invitations/${wrongId}`)).status, 404, 'once');
    const late = await call(null, 'POST', '/api/invitations/accept', { token: new URLSearchParams(wrong.json().path.split('?')[1]).get('token'), password: PASSWORD });
    assert.equal(late.status, 404, late.text);
    assert.equal((await call(tokens.mia, 'GET', `/api/cohorts/${cohort.id}/roster`)).status, 403, 'a member does not read the roster');

    // Sharing with the cohort, then removed: the consent goes with the membership.
    assert.equal((await call(tokens.mia, 'PUT', `/api/cohorts/${cohort.id}/consent`, { level: 'companies' })).status, 200);
    const olgaId = roster.members.find((m) => m.role === 'owner')!.userId;
    assert.equal((await call(tokens.cora, 'DELETE', `/api/cohorts/${cohort.id}/memberships/${olgaId}`)).status, 403, 'a coach cannot remove an owner');
    assert.equal((await call(tokens.olga, 'DELETE', `/api/cohorts/${cohort.id}/memberships/${olgaId}`)).status, 409, 'nor can the last owner leave');
    const miaId = roster.members.find((m) => m.role === 'member')!.userId;
    const removed = await call(tokens.cora, 'DELETE', `/api/cohorts/${cohort.id}/memberships/${miaId}`);
    assert.equal(removed.status, 200, removed.text);
    assert.deepEqual((await call(tokens.mia, 'GET', '/api/consents')).json().consents, [], 'she is in no cohort any more');
    assert.equal((await call(tokens.cora, 'GET', `/api/cohorts/${cohort.id}/pooled`)).json().members.length, 0, 'and shares nothing with it');

    for (const [action, key] of [['role-change', 'olga'], ['invitation-create', 'cora'], ['invitation-accept', 'mia'], ['invitation-create', 'val'], ['invitation-revoke', 'typo'], ['role-change', 'mia']]) {
      const events = (await listAudit(accounts.db, { subject: emailOf(key) })).filter((event) => event.detail.cohort === cohort.id);
      assert.ok(events.some((event) => event.action === action), `audited: ${action} ${key} (${events.map((event) => event.action).join(', ')})`);
    }
    const leaving = (await listAudit(accounts.db, { subject: emailOf('mia') })).find((event) => event.action === 'role-change' && event.detail.to === null);
    assert.equal(leaving?.detail.from, 'member', 'the removal is audited as the CLI audits it');
  });
});
