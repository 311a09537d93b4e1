import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { temporaryFolder, uniqueWorkspace } from '../../../test/support/test-stores.ts';
import { fixtureApi, type FixtureApi } from '../api.fixture.ts';

describe('/api needs, offers, intros, ledger, index, plan, interactions, content, settings', () => {
  let api: FixtureApi;
  const call = async <T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> => {
    const response = await api.app.request(path, { method, headers: body === undefined ? {} : { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    return { status: response.status, body: (response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text) as T };
  };
  before(async () => {
    api = await fixtureApi(join(temporaryFolder(), 'referability.db'), uniqueWorkspace());
  });
  after(() => api.close());

  it('records a need, lists it, refuses a duplicate, closes it', async () => {
    const added = await call<{ id: string; contact: { name: string } }>('POST', '/api/needs', { contact: 'Dana Reyes', text: 'Their team struggles with a SOC 2 audit', topic: 'security' });
    assert.equal(added.status, 200);
    assert.equal(added.body.contact.name, 'Dana Reyes');
    assert.equal((await call('POST', '/api/needs', { contact: 'Dana Reyes', text: 'Their team struggles with a SOC 2 audit' })).status, 409);
    const open = await call<{ items: { id: string }[]; total: number }>('GET', '/api/needs');
    assert.deepEqual(open.body.items.map((need) => need.id), [added.body.id]);
    const closed = await call<{ status: string }>('POST', `/api/needs/${added.body.id}/close`);
    assert.equal(closed.body.status, 'closed');
    assert.equal((await call<{ total: number }>('GET', '/api/needs')).body.total, 0);
    assert.equal((await call('POST', '/api/needs/nope/close', { note: 'x' })).status, 404);
  });

  it('states an offer and lists it first, then closes it', async () => {
    const offer = await call<{ id: string; source: string }>('POST', '/api/offers', { contact: 'Eli Stone', text: 'SOC 2 audits and security reviews' });
    assert.equal(offer.body.source, 'stated');
    const listed = await call<{ items: { id: string | null; source: string }[] }>('GET', '/api/offers?limit=5');
    assert.equal(listed.body.items[0].id, offer.body.id);
    assert.equal((await call<{ status: string }>('POST', `/api/offers/${offer.body.id}/close`)).body.status, 'closed');
  });

  it('suggests an introduction for an open need, proposes it and moves it on', async () => {
    await call('POST', '/api/offers', { contact: 'Eli Stone', text: 'compliance audits for startups' });
    const need = await call<{ id: string }>('POST', '/api/needs', { contact: 'Chidi Okafor', text: 'needs help with compliance audits' });
    const suggestions = await call<{ helper: { name: string } }[]>('GET', '/api/intros/suggestions');
    assert.equal(suggestions.status, 200);
    assert.ok(suggestions.body.some((suggestion) => suggestion.helper.name === 'Eli Stone'));
    const proposed = await call<{ intro: { id: string; state: string } }>('POST', '/api/intros', { need: need.body.id, helper: 'Eli Stone' });
    assert.equal(proposed.body.intro.state, 'suggested');
    const shown = await call<{ draft: unknown }>('GET', `/api/intros/${proposed.body.intro.id}`);
    assert.equal(shown.status, 200);
    const moved = await call<{ intro: { state: string } }>('POST', `/api/intros/${proposed.body.intro.id}/advance`, { to: 'asked-seeker' });
    assert.equal(moved.body.intro.state, 'asked-seeker');
    assert.equal((await call('POST', `/api/intros/${proposed.body.intro.id}/advance`, { to: 'suggested' })).status, 409);
    assert.equal((await call<{ total: number }>('GET', '/api/intros?state=asked-seeker')).body.total, 1);
    // By contact: the helper's introductions, and none for someone in no introduction.
    assert.equal((await call<{ total: number }>('GET', '/api/intros?contact=Eli%20Stone')).body.total, 1);
    assert.equal((await call<{ total: number }>('GET', '/api/intros?contact=Hana%20Sato')).body.total, 0);
    assert.equal((await call('GET', '/api/intros?contact=Nobody%20Here')).status, 404);
  });

  it('keeps the ledger: a referral received, its balance, the thank-you owed and sent', async () => {
    const entry = await call<{ id: string; direction: string }>('POST', '/api/ledger', { direction: 'received', kind: 'job', contact: 'Bo Lindqvist', company: 'Northwind Traders', on: '2026-11-20' });
    assert.equal(entry.status, 200);
    assert.equal((await call<{ total: number }>('GET', '/api/ledger')).body.total, 1);
    const owed = await call<{ name: string }[]>('GET', '/api/ledger/thanks');
    assert.deepEqual(owed.body.map((row) => row.name), ['Bo Lindqvist']);
    const thanked = await call<{ settled: unknown[] }>('POST', '/api/ledger/thanks', { contact: 'Bo Lindqvist' });
    assert.equal(thanked.body.settled.length, 1);
    assert.equal((await call<unknown[]>('GET', '/api/ledger/thanks')).body.length, 0);
    assert.equal((await call<{ thankYousOwed: number }>('GET', '/api/ledger/balance')).body.thankYousOwed, 0);
    assert.equal((await call('POST', `/api/ledger/${entry.body.id}/outcome`, { outcome: 'interview' })).status, 200);
    assert.equal((await call('POST', '/api/ledger', { direction: 'sideways', kind: 'job', contact: 'Bo Lindqvist' })).status, 400);
  });

  it('computes the referability index and keeps its history', async () => {
    const index = await call<{ score: number; pillars: unknown[] }>('GET', '/api/index');
    assert.equal(index.status, 200);
    assert.equal(index.body.pillars.length, 4);
    assert.equal((await call<{ snapshots: unknown[] }>('GET', '/api/index/history')).body.snapshots.length, 1);
  });

  it("plans the week, ticks an item off, reviews it, and exports the calendar", async () => {
    const plan = await call<{ items: { id: string; status: string }[]; budgetMinutes: number }>('POST', '/api/plan', { minutes: 120 });
    assert.equal(plan.status, 200);
    assert.equal(plan.body.budgetMinutes, 120);
    assert.ok(plan.body.items.length > 0);
    // A GET only reads: it cannot replan (an <img src=".../api/plan?minutes=1"> once wiped the plan).
    const stale = await call<{ error: { message: string } }>('GET', '/api/plan?minutes=1');
    assert.equal(stale.status, 400);
    assert.match(stale.body.error.message, /unknown field "minutes"/);
    const again = await call<{ items: { id: string }[]; budgetMinutes: number }>('GET', '/api/plan');
    assert.equal(again.body.budgetMinutes, 120);
    assert.deepEqual(again.body.items.map((item) => item.id), plan.body.items.map((item) => item.id));
    const done = await call<{ item: { status: string } }>('POST', `/api/plan/items/${plan.body.items[0].id}/done`);
    assert.equal(done.body.item.status, 'done');
    assert.equal((await call('POST', `/api/plan/items/${plan.body.items[0].id}/done`)).status, 409);
    assert.equal((await call<{ hasPlan: boolean }>('GET', '/api/plan/review')).body.hasPlan, true);
    const calendar = await api.app.request('/api/plan/calendar');
    assert.match(calendar.headers.get('content-type') ?? '', /text\/calendar/);
    assert.match(await calendar.text(), /BEGIN:VCALENDAR/);
    assert.equal((await call('POST', '/api/plan', { minutes: 0 })).status, 400);
  });

  it('logs an interaction and reports who is losing touch', async () => {
    const logged = await call<{ kind: string; contact: { name: string } }>('POST', '/api/interactions', { contact: 'Avery Quill', what: 'coffee chat', on: '2026-11-24' });
    assert.equal(logged.status, 200);
    assert.equal(logged.body.contact.name, 'Avery Quill');
    assert.equal((await call('POST', '/api/interactions', { contact: 'Avery Quill', on: '2099-01-01' })).status, 400);
    const cadence = await call<{ losingTouch: { name: string }[] }>('GET', '/api/cadence/losing-touch');
    assert.equal(cadence.status, 200);
    assert.ok(!cadence.body.losingTouch.some((entry) => entry.name === 'Avery Quill'));
  });

  it('adds content, scores it, suggests who it is for; reads and replaces settings', async () => {
    const item = await call<{ kind: string }>('POST', '/api/content', { url: 'https://example.com/soc-2-for-startups', title: 'SOC 2 for startups', kind: 'created', topics: ['security'] });
    assert.equal(item.status, 200);
    assert.equal((await call('POST', '/api/content', { url: 'https://example.com/soc-2-for-startups', title: 'again', kind: 'created' })).status, 409);
    const content = await call<{ items: unknown[]; total: number; score: object }>('GET', '/api/content');
    assert.equal(content.body.total, 1);
    assert.equal((await call('GET', '/api/content/suggest?topic=security')).status, 200);
    assert.equal((await call('GET', '/api/content/suggest')).status, 400);
    const settings = await call<{ text: string }>('GET', '/api/settings');
    assert.equal(settings.body.text, '');
    assert.equal((await call('PUT', '/api/settings', { text: 'planner: [not, a, map]\n' })).status, 400);
    const bomb = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...'bcdefghi'.split('').map((name, index) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[index]}`).join(', ')}]`)].join('\n');
    const refused = await call<{ error: { code: string; message: string } }>('PUT', '/api/settings', { text: bomb });
    assert.equal(refused.status, 400);
    assert.equal(refused.body.error.code, 'INVALID_INPUT');
    assert.match(refused.body.error.message, /uses aliases \(\*name\) more than 100 times/);
  });
});
