// Consent-based pooling on PostgreSQL: consent and its audit trail, what each level reveals (a 'companies' member's
// names in no pooled answer, a 'nothing' member nowhere), revocation taking effect at once, pooled warm paths and
// reach, and the path-request lifecycle with both referral ledgers. Skipped without a test database.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CLI_ADMIN, openAccounts, type AccountsContext } from './accounts-context.ts';
import { setConsent, consentsFor } from './consents.ts';
import { answerPathRequest, pathRequestsFor, requestPath } from './path-requests.ts';
import { memberView, pooledReachFor, pooledView, pooledWarmPaths } from './pooled-views.ts';
import { addUser } from './users.ts';
import { workspaceContext } from './workspace-context.ts';
import { accessToWorkspace, createOwnedWorkspace, visibleWorkspaces } from './workspaces.ts';
import { bufferSource, importContacts } from '../import-contacts.ts';
import { listLedger } from '../ledger.ts';
import { randomId } from '../random-id.ts';
import { setTargetDefinition } from '../target.ts';
import { putMembership } from '../../store/accounts/cohorts-repo.ts';
import { listAudit } from '../../store/accounts/audit-repo.ts';
import { createCohort, removeFromCohort } from './cohorts.ts';
import { fixedClock, TEST_STORES } from '../../../test/support/test-stores.ts';
import type { CohortRole } from '../../core/accounts/roles.ts';
import { connectionsCsv as csv, type ConnectionRow as Row } from './connections-csv.fixture.ts';

const postgres = TEST_STORES.find((kind) => kind.name === 'postgres')!;

const MARKET = `name: Contoso hunt
threshold: 40
companies:
  - name: Contoso
    tier: 1
weights: { company: 100 }
goals: { inMarketConnections: 10, coveredCompanies: 3 }
`;

describe('consent-based pooling (PostgreSQL)', { skip: postgres.skip || false }, () => {
  const clock = fixedClock('2026-11-25T12:00:00.000Z');
  let ctx: AccountsContext;
  const run = randomId().replace(/[^a-z0-9]/gi, '').slice(0, 8);
  const people: Record<string, { id: string; email: string; workspace: string }> = {};
  let cohort = '';

  async function person(name: string, role: CohortRole, rows: Row[] | null): Promise<void> {
    const email = `${name}-${run}@example.org`;
    const { user } = await addUser(ctx, CLI_ADMIN, email, 'correct horse battery staple');
    const workspace = `${name}-${run}`;
    await createOwnedWorkspace(ctx, CLI_ADMIN, workspace, email);
    await putMembership(ctx.db, cohort, user.id, role, clock.now().toISOString());
    if (rows) await importContacts(workspaceContext(ctx, workspace), { input: bufferSource('Connections.csv', csv(rows)) });
    people[name] = { id: user.id, email, workspace };
  }

  before(async () => {
    ctx = await openAccounts(postgres.location(), { now: clock.now });
    cohort = (await createCohort(ctx, `Spring ${run}`, `Org ${run}`)).id;
    // Sam seeks work at Contoso and already knows Pat there.
    await person('sam', 'member', [['Pat', 'Shared', 'Contoso', 'Software Engineer'], ['Quinn', 'Own', 'Globex', 'Sales Manager']]);
    await setTargetDefinition(workspaceContext(ctx, people.sam.workspace), 'contoso.yaml', MARKET);
    // Alex shares companies and titles: three people at Contoso (one Sam knows too).
    await person('alex', 'member', [['Pat', 'Shared', 'Contoso', 'Software Engineer'], ['Zelda', `Secretname${run}`, 'Contoso', 'Director of Engineering'], ['Yusuf', `Hiddenname${run}`, 'Contoso', 'Backend Engineer'], ['Xena', `Quietname${run}`, 'Initech', 'Accountant']]);
    // Blair shares full contacts; Casey counts only; Drew nothing.
    await person('blair', 'member', [['Wanda', `Openname${run}`, 'Contoso', 'VP Sales'], ['Yusuf', `Hiddenname${run}`, 'Contoso', 'Backend Engineer']]);
    await person('casey', 'member', [['Victor', `Countname${run}`, 'Contoso', 'Engineer'], ['Uma', `Countname${run}`, 'Fabrikam', 'Engineer']]);
    await person('drew', 'member', [['Tess', `Privatename${run}`, 'Contoso', 'CTO']]);
    await person('coach', 'coach', null);
    for (const [name, level] of [['alex', 'companies'], ['blair', 'contacts'], ['casey', 'aggregates'], ['drew', 'nothing']] as const) {
      await setConsent(ctx, { userId: people[name].id, ip: '' }, people[name].id, cohort, level);
    }
  });
  after(async () => {
    await ctx.store.close();
  });

  it('records who set each consent and when, in the audit log too; nothing until set', async () => {
    const [alex] = await consentsFor(ctx, people.alex.id);
    assert.deepEqual({ level: alex.level, changedBy: alex.changedBy, changedAt: alex.changedAt }, { level: 'companies', changedBy: 'you', changedAt: '2026-11-25T12:00:00.000Z' });
    assert.equal((await consentsFor(ctx, people.sam.id))[0].level, 'nothing');
    const events = await listAudit(ctx.db, { subject: people.alex.email });
    assert.deepEqual(events.filter((e) => e.action === 'consent-change').map((e) => e.detail), [{ cohort, from: 'nothing', to: 'companies' }]);
    await assert.rejects(setConsent(ctx, CLI_ADMIN, people.alex.id, cohort, 'everything'), /use one of nothing, aggregates, companies, contacts/);
  });

  it('shows each teammate only as far as they consented: no names below contacts, nothing at all of a private member', async () => {
    const view = await pooledView(ctx, people.sam.id, cohort);
    const text = JSON.stringify(view);
    assert.deepEqual(view.members.map((m) => [m.member, m.level]), [[people.alex.email, 'companies'], [people.blair.email, 'contacts'], [people.casey.email, 'aggregates']]);
    const alex = view.members[0];
    assert.deepEqual(alex.counts, { connections: 4, inMarket: null, companies: 2 });
    assert.deepEqual(alex.companies?.[0], { company: 'Contoso', people: 3, roles: [{ label: 'in engineering', count: 2 }, { label: 'director', count: 1 }], titles: ['Backend Engineer', 'Director of Engineering', 'Software Engineer'] });
    assert.equal(alex.contacts, undefined);
    assert.deepEqual(view.members[2], { member: people.casey.email, level: 'aggregates', counts: { connections: 2, inMarket: null, companies: 2 } });
    assert.deepEqual(view.members[1].contacts?.map((c) => c.name), [`Wanda Openname${run}`, `Yusuf Hiddenname${run}`]);
    for (const hidden of [`Secretname${run}`, `Quietname${run}`, `Countname${run}`, `Privatename${run}`, people.drew.email, 'zelda-secretname', 'linkedin.com/in/xena']) {
      assert.ok(!text.toLowerCase().includes(hidden.toLowerCase()), `${hidden} leaked into the pooled view`);
    }
  });

  it('turns a coach away from a private member, and gives a read-only view up to consent otherwise', async () => {
    const drew = await accessToWorkspace(ctx, people.coach.id, people.drew.workspace);
    assert.equal(!drew.allowed && drew.status, 'forbidden');
    assert.deepEqual(await accessToWorkspace(ctx, people.coach.id, people.alex.workspace), { allowed: true, level: 'companies', readOnly: true, cohortId: cohort });
    const alex = await memberView(ctx, people.coach.id, cohort, people.alex.workspace);
    assert.equal(alex.counts.connections, 4);
    assert.ok(!JSON.stringify(alex).includes('Secretname'));
    await assert.rejects(memberView(ctx, people.coach.id, cohort, people.drew.workspace), /shares nothing/);
    await assert.rejects(memberView(ctx, people.sam.id, cohort, people.alex.workspace), /no member of .* you look after/);
  });

  it('finds warm paths at the seeker\'s target companies, without names', async () => {
    const warm = await pooledWarmPaths(ctx, people.sam.id, cohort);
    assert.deepEqual(warm.companies, ['Contoso']);
    assert.deepEqual(warm.paths.map((p) => p.sentence), [
      `${people.alex.email} (your cohort) knows 3 people at Contoso: 2 in engineering, 1 director`,
      `${people.blair.email} (your cohort) knows 2 people at Contoso: 1 in engineering, 1 VP`,
    ]);
    assert.ok(!JSON.stringify(warm).includes('Secretname'));
  });

  it('counts two-hop reach as far as consent allows, a shared person once', async () => {
    const reach = await pooledReachFor(ctx, people.sam.id, cohort);
    assert.deepEqual(reach.firstDegree, { people: 2, inMarket: 1 });
    // Alex: Zelda, Yusuf, Xena (Pat is mine already); Blair: Wanda (and Yusuf again, one person, two ties). Casey: none.
    assert.deepEqual(reach.secondDegree, { people: 4, inMarket: 3, ties: 6, alsoFirstDegree: 1 });
    assert.deepEqual([reach.teammatesCounted, reach.teammatesCountsOnly, reach.noSecondDegree], [2, 1, null]);
    // Word of mouth over the pooled graph: Sam's 2 people and the 4 only teammates know, Alex and Blair (Casey counts only).
    const wom = reach.wordOfMouth;
    // Ties: Sam's 2, Sam to each teammate 2, Alex's 4, Blair's 2, and the 6 coworker pairs among the 4 at Contoso.
    assert.deepEqual(wom.graph, { people: 6, teammates: 2, ties: 16 });
    assert.ok(wom.twoHops.expectedInMarket.mean >= wom.oneHop.expectedInMarket.mean, 'two hops reach everyone one hop does, in every simulated world');
    assert.ok(wom.oneHop.expectedInMarket.low <= wom.oneHop.expectedInMarket.mean && wom.oneHop.expectedInMarket.mean <= wom.oneHop.expectedInMarket.high);
    // The same seed gives the same figures on one thread or two.
    const [one, two] = await Promise.all([1, 2].map((threads) => pooledReachFor(ctx, people.sam.id, cohort, { seed: 7, threads, fixedRuns: true, runs: 2_000 })));
    assert.deepEqual([one.wordOfMouth.oneHop, one.wordOfMouth.twoHops], [two.wordOfMouth.oneHop, two.wordOfMouth.twoHops]);
    assert.deepEqual([one.wordOfMouth.threads, two.wordOfMouth.threads, two.wordOfMouth.twoHops.runs], [1, 2, 2_000]);
    assert.deepEqual(wom.askFirst, []);
  });

  it('picks whom to ask first over the pooled graph, naming only my own contacts and teammates, with IMM’s guarantee', async () => {
    const { wordOfMouth } = await pooledReachFor(ctx, people.sam.id, cohort, { ask: 2, runs: 1_000 });
    // Pat works at Contoso (in Sam's market): asking Pat reaches Pat, and a little beyond.
    assert.deepEqual({ ...wordOfMouth.askFirst[0], marginalGain: Math.round(wordOfMouth.askFirst[0].marginalGain) }, { kind: 'contact', name: 'Pat Shared', marginalGain: 1 });
    assert.equal(wordOfMouth.askFirst.length, 2);
    assert.match(wordOfMouth.askFirstGuarantee ?? '', /over the 4 in-market people your contacts and teammates can reach within 2 hops: their reach is within 53% of the best possible asks \(1 − 1\/e − ε, ε = 0\.1\), with probability 75% \(1 − 1\/n\^ℓ, ℓ = 1\)/);
    assert.ok(!JSON.stringify(wordOfMouth).includes('Secretname'));
  });

  it('reveals names only when the teammate accepts, and records the introduction in both ledgers', async () => {
    const asked = await requestPath(ctx, { userId: people.sam.id, ip: '' }, { cohort, member: people.alex.email, company: 'Contoso' });
    assert.match(asked.message, /I am looking at Contoso, and the cohort shows you know people there \(2 in engineering, 1 director\)/);
    assert.deepEqual([asked.state, asked.revealed, asked.expiresAt], ['pending', [], '2026-12-09T12:00:00.000Z']);
    await assert.rejects(requestPath(ctx, { userId: people.sam.id, ip: '' }, { cohort, member: people.alex.email, company: 'Contoso' }), /already asked/);
    await assert.rejects(requestPath(ctx, { userId: people.sam.id, ip: '' }, { cohort, member: people.casey.email, company: 'Contoso' }), /no teammate .* shares companies/);
    await assert.rejects(answerPathRequest(ctx, { userId: people.sam.id, ip: '' }, asked.id, 'accept'), /only the teammate who was asked/);
    const received = (await pathRequestsFor(ctx, people.alex.id)).find((r) => r.id === asked.id)!;
    assert.equal(received.direction, 'received');
    clock.set('2026-11-26T09:00:00.000Z');
    const accepted = await answerPathRequest(ctx, { userId: people.alex.id, ip: '' }, asked.id, 'accept', 'happy to');
    assert.deepEqual(accepted.revealed.map((p) => p.name).sort(), ['Pat Shared', `Yusuf Hiddenname${run}`, `Zelda Secretname${run}`]);
    assert.deepEqual(accepted.history.map((h) => `${h.state}/${h.by}`), ['pending/seeker', 'accepted/member']);
    const samLedger = await listLedger(workspaceContext(ctx, people.sam.workspace));
    assert.deepEqual(samLedger.map((e) => [e.direction, e.kind, e.contactName, e.company, e.occurredOn]), [['received', 'intro', `alex-${run}`, 'Contoso', '2026-11-26']]);
    const alexLedger = await listLedger(workspaceContext(ctx, people.alex.workspace));
    assert.deepEqual(alexLedger.map((e) => [e.direction, e.kind, e.contactName, e.company]), [['given', 'intro', `sam-${run}`, 'Contoso']]);
    await assert.rejects(answerPathRequest(ctx, { userId: people.alex.id, ip: '' }, asked.id, 'decline'), /already accepted/);
  });

  it('lets a request nobody answers expire after 14 days', async () => {
    clock.set('2026-11-26T10:00:00.000Z');
    const asked = await requestPath(ctx, { userId: people.sam.id, ip: '' }, { cohort, member: people.blair.email, company: 'Contoso', message: 'Could you introduce me to Wanda?' });
    clock.set('2026-12-10T10:00:00.000Z');
    const [late] = (await pathRequestsFor(ctx, people.blair.id)).filter((r) => r.id === asked.id);
    assert.equal(late.state, 'expired');
    await assert.rejects(answerPathRequest(ctx, { userId: people.blair.id, ip: '' }, asked.id, 'accept'), /expired on 2026-12-10 with no answer/);
    clock.set('2026-11-25T12:00:00.000Z');
  });

  it('takes a revoked member out of every pooled view at once', async () => {
    assert.ok((await pooledView(ctx, people.sam.id, cohort)).members.some((m) => m.member === people.blair.email));
    await setConsent(ctx, { userId: people.blair.id, ip: '' }, people.blair.id, cohort, 'nothing');
    const view = await pooledView(ctx, people.sam.id, cohort);
    assert.deepEqual(view.members.map((m) => m.member), [people.alex.email, people.casey.email]);
    assert.ok(!JSON.stringify(view).includes(`Openname${run}`));
    assert.deepEqual((await pooledWarmPaths(ctx, people.sam.id, cohort)).paths.map((p) => p.member), [people.alex.email]);
    const reach = await pooledReachFor(ctx, people.sam.id, cohort);
    assert.deepEqual(reach.secondDegree, { people: 3, inMarket: 2, ties: 4, alsoFirstDegree: 1 });
    const coach = await accessToWorkspace(ctx, people.coach.id, people.blair.workspace);
    assert.equal(!coach.allowed && coach.status, 'forbidden');
    await assert.rejects(requestPath(ctx, { userId: people.sam.id, ip: '' }, { cohort, member: people.blair.email, company: 'Contoso' }), /no teammate/);
  });

  it('forgets what someone shared when they leave the cohort: rejoining starts private', async () => {
    await removeFromCohort(ctx, CLI_ADMIN, cohort, people.alex.email);
    assert.deepEqual((await pooledView(ctx, people.sam.id, cohort)).members.map((m) => m.member), [people.casey.email]);
    await putMembership(ctx.db, cohort, people.alex.id, 'member', clock.now().toISOString());
    assert.deepEqual((await consentsFor(ctx, people.alex.id)).map((c) => c.level), ['nothing']);
  });

  it('lets a member with two workspaces choose which one a cohort sees: the first by default, never both', async () => {
    const other = (await createCohort(ctx, `Autumn ${run}`, `Org ${run}`)).id;
    const email = `erin-${run}@example.org`;
    const { user } = await addUser(ctx, CLI_ADMIN, email, 'correct horse battery staple');
    const [first, second] = [`erin-a-${run}`, `erin-b-${run}`];
    await createOwnedWorkspace(ctx, CLI_ADMIN, first, email);
    await createOwnedWorkspace(ctx, CLI_ADMIN, second, email);
    await importContacts(workspaceContext(ctx, first), { input: bufferSource('Connections.csv', csv([['Ada', `Firstbook${run}`, 'Contoso', 'Engineer']])) });
    await importContacts(workspaceContext(ctx, second), { input: bufferSource('Connections.csv', csv([['Bo', `Secondbook${run}`, 'Globex', 'Engineer'], ['Cy', `Secondbook${run}`, 'Globex', 'Analyst']])) });
    await putMembership(ctx.db, other, user.id, 'member', clock.now().toISOString());
    await putMembership(ctx.db, other, people.coach.id, 'coach', clock.now().toISOString());
    const erin = { userId: user.id, ip: '' };

    const shared = await setConsent(ctx, erin, user.id, other, 'contacts');
    assert.equal(shared.workspace, first);
    assert.match(JSON.stringify(await pooledView(ctx, people.coach.id, other)), new RegExp(`Firstbook${run}`));

    const moved = await setConsent(ctx, erin, user.id, other, 'contacts', second);
    assert.equal(moved.workspace, second);
    const view = JSON.stringify(await pooledView(ctx, people.coach.id, other));
    assert.match(view, new RegExp(`Secondbook${run}`));
    assert.ok(!view.includes(`Firstbook${run}`), 'the workspace no longer chosen leaves the pooled view at once');
    const seen = (await visibleWorkspaces(ctx, people.coach.id)).filter((workspace) => workspace.cohort === other).map((workspace) => workspace.id);
    assert.deepEqual(seen, [second]);
    assert.equal((await memberView(ctx, people.coach.id, other, second)).counts.connections, 2);
    await assert.rejects(memberView(ctx, people.coach.id, other, first), /shares nothing|no member/);
    const access = await accessToWorkspace(ctx, people.coach.id, first);
    assert.equal(access.allowed, false);

    // A level change alone keeps the workspace chosen; a workspace that is not hers is refused.
    assert.equal((await setConsent(ctx, erin, user.id, other, 'aggregates')).workspace, second);
    await assert.rejects(setConsent(ctx, erin, user.id, other, 'contacts', people.sam.workspace), /no workspace .* among yours/);
    // The fixed clock gives the three changes one time: compared as a set.
    const changes = (await listAudit(ctx.db, { subject: email })).filter((event) => event.action === 'consent-change').map((event) => JSON.stringify(event.detail));
    assert.deepEqual(changes.sort(), [
      { cohort: other, from: 'nothing', to: 'contacts' },
      { cohort: other, from: 'contacts', to: 'contacts', workspaceFrom: first, workspaceTo: second },
      { cohort: other, from: 'contacts', to: 'aggregates' },
    ].map((detail) => JSON.stringify(detail)).sort());
    assert.deepEqual((await consentsFor(ctx, user.id)).map((consent) => [consent.level, consent.workspace]), [['aggregates', second]]);
  });
});
