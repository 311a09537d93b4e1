import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { temporaryFolder, uniqueWorkspace } from '../../../test/support/test-stores.ts';
import { createApiApp } from '../api-app.ts';
import { fixtureApi, FIXTURE_PEOPLE, HTML_NAME, type FixtureApi } from '../api.fixture.ts';

const send = (api: FixtureApi, method: string, path: string, body?: unknown) =>
  api.app.request(path, { method, headers: { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });

interface Page {
  items: { id: string; name: string; company: string; fit: number; inMarket: boolean; tags: string[]; strength: number | null }[];
  total: number;
  limit: number;
  offset: number;
}

describe('/api/contacts', () => {
  let api: FixtureApi;
  before(async () => {
    api = await fixtureApi(join(temporaryFolder(), 'api.db'), uniqueWorkspace());
  });
  after(() => api.close());

  it('a rating rescores that contact in the kept list, and the report and order by strength match a server scoring from scratch', async () => {
    const bySort = async (app: FixtureApi['app'], path: string) => ((await (await app.request(path)).json()) as Page).items.map((item) => [item.name, item.strength]);
    // Warm: the scored list, the report and the order by strength are computed before the rating.
    await bySort(api.app, '/api/contacts?sort=strength&limit=100');
    await api.app.request('/api/report');
    const target = ((await (await api.app.request('/api/contacts?limit=100')).json()) as Page).items.find((item) => item.strength !== null)!;
    const rated = await send(api, 'PATCH', `/api/contacts/${target.id}`, { rating: 5 });
    assert.equal(rated.status, 200);
    const fresh = createApiApp({ context: api.context, version: 'test', logError: () => {} }).app;
    const kept = ((await (await api.app.request('/api/contacts?limit=100')).json()) as Page).items.find((item) => item.id === target.id)!;
    assert.ok(kept.strength! > target.strength!, 'a rating of 5 strengthens the tie');
    assert.deepEqual(await bySort(api.app, '/api/contacts?sort=strength&limit=100'), await bySort(fresh, '/api/contacts?sort=strength&limit=100'));
    assert.deepEqual(await (await api.app.request('/api/report')).json(), await (await fresh.request('/api/report')).json());
  });

  it('pages through everyone, A to Z by default', async () => {
    const first = (await (await api.app.request('/api/contacts?limit=4')).json()) as Page;
    const rest = (await (await api.app.request('/api/contacts?limit=4&offset=4')).json()) as Page;
    assert.equal(first.total, FIXTURE_PEOPLE);
    assert.deepEqual([first.limit, first.offset, rest.offset], [4, 0, 4]);
    const names = [...first.items, ...rest.items].map((item) => item.name);
    assert.equal(new Set(names).size, 8);
    assert.equal(names[0], 'Avery Quill');
  });

  it('filters by search words, company spelling, market and tag, and sorts by fit', async () => {
    const search = (await (await api.app.request('/api/contacts?q=product%20contoso')).json()) as Page;
    assert.deepEqual(search.items.map((item) => item.name).sort(), ['Chidi Okafor', 'Dana Reyes']);
    const company = (await (await api.app.request('/api/contacts?company=NORTHWIND%20TRADERS%20INC')).json()) as Page;
    assert.equal(company.total, 2);
    const inMarket = (await (await api.app.request('/api/contacts?inMarket=true&sort=fit')).json()) as Page;
    assert.ok(inMarket.items.every((item) => item.inMarket));
    assert.equal(inMarket.items[0].company, 'Northwind Traders');
    const ascending = (await (await api.app.request('/api/contacts?sort=fit&order=asc&limit=1')).json()) as Page;
    assert.equal(ascending.items[0].fit, 0);
  });

  it('refuses unknown query parameters and bad values with the field named', async () => {
    const typo = await api.app.request('/api/contacts?inmarket=true');
    assert.equal(typo.status, 400);
    const body = (await typo.json()) as { error: { code: string; message: string } };
    assert.equal(body.error.code, 'INVALID_INPUT');
    assert.match(body.error.message, /inmarket/);
    assert.equal((await api.app.request('/api/contacts?limit=100000')).status, 400);
    assert.equal((await api.app.request('/api/contacts?sort=age')).status, 400);
  });

  it('shows one contact with fit reasons, ties and history; 404 names what was not found', async () => {
    const [avery] = ((await (await api.app.request('/api/contacts?q=avery')).json()) as Page).items;
    const shown = (await (await api.app.request(`/api/contacts/${avery.id}`)).json()) as { contact: { name: string }; market: { fit: number; fitReasons: string[] }; ties: unknown[] };
    assert.equal(shown.contact.name, 'Avery Quill');
    assert.equal(shown.market.fit, 100);
    assert.ok(shown.market.fitReasons.some((reason) => reason.includes('Northwind')));
    assert.equal(shown.ties.length, 1);
    const missing = await api.app.request('/api/contacts/nobody-here');
    assert.equal(missing.status, 404);
    assert.equal(((await missing.json()) as { error: { code: string } }).error.code, 'NOT_FOUND');
    // A typo lists the closest names first, with how close they are.
    const typo = (await (await api.app.request('/api/contacts/Avrey%20Quil')).json()) as { error: { code: string; details: { closest: { name: string; similarity: number }[] } } };
    assert.equal(typo.error.code, 'NOT_FOUND');
    assert.equal(typo.error.details.closest[0].name, 'Avery Quill');
    assert.ok(typo.error.details.closest[0].similarity >= 0.6 && typo.error.details.closest[0].similarity < 1);
  });

  it('shows the history the contact page needs, without scoring the whole network per request', async () => {
    const [avery] = ((await (await api.app.request('/api/contacts?q=avery')).json()) as Page).items;
    for (const [path, body] of [
      ['/api/interactions', { contact: avery.id, what: 'coffee chat', on: '2026-11-20', note: 'talked roadmaps' }],
      ['/api/needs', { contact: avery.id, text: 'hiring a staff designer', topic: 'hiring' }],
      ['/api/offers', { contact: avery.id, text: 'product discovery coaching' }],
      ['/api/ledger', { direction: 'given', kind: 'intro', contact: avery.id, other: 'Bo Lindqvist', on: '2026-11-21', note: 'met for lunch' }],
      ['/api/intros', { seeker: avery.id, helper: 'Chidi Okafor', note: 'design hiring' }],
    ] as const) {
      const response = await send(api, 'POST', path, body);
      assert.equal(response.status, 200, `${path}: ${await response.clone().text()}`);
    }
    // The writes dropped the scored list; showing a contact must not rebuild it (30,000 contacts cost seconds).
    assert.equal(api.deps.peek('contacts'), undefined);
    const response = await api.app.request(`/api/contacts/${avery.id}`);
    assert.equal(response.status, 200);
    assert.equal(api.deps.peek('contacts'), undefined, 'GET /api/contacts/:id scored the whole network');
    const shown = (await response.json()) as {
      activeMarket: string | null;
      market: { fit: number; inMarket: boolean };
      interactions: { kind: string; note: string; occurredAt: string; source: string }[];
      needs: { text: string; status: string; topic: string }[];
      offers: { text: string; source: string; id: string | null }[];
      referrals: { direction: string; kind: string; otherName: string; occurredOn: string }[];
      introductions: { state: string; seeker: { name: string }; helper: { name: string }; history: { state: string; note: string }[] }[];
      cadence: { tier: string; state: string; daysSinceLastTouch: number; dueOn: string } | null;
    };
    assert.deepEqual([shown.activeMarket, shown.market.fit, shown.market.inMarket], ['Test market', 100, true]);
    assert.deepEqual(shown.interactions.map((row) => [row.kind, row.note, row.occurredAt.slice(0, 10), row.source]), [['coffee-chat', 'talked roadmaps', '2026-11-20', 'logged']]);
    assert.deepEqual(shown.needs.map((row) => [row.text, row.topic, row.status]), [['hiring a staff designer', 'hiring', 'open']]);
    assert.deepEqual([shown.offers[0].text, shown.offers[0].source], ['product discovery coaching', 'stated']);
    assert.ok(shown.offers.some((offer) => offer.source === 'position' && offer.id === null), 'offers derived from the position come with their source');
    assert.deepEqual(shown.referrals.map((row) => [row.direction, row.kind, row.otherName, row.occurredOn]), [['given', 'intro', 'Bo Lindqvist', '2026-11-21']]);
    assert.deepEqual(shown.introductions.map((row) => [row.seeker.name, row.helper.name, row.state, row.history[0]?.note]), [['Avery Quill', 'Chidi Okafor', 'suggested', 'design hiring']]);
    assert.deepEqual(shown.cadence && [shown.cadence.tier, shown.cadence.state, shown.cadence.daysSinceLastTouch, shown.cadence.dueOn], ['in-market', 'ok', 5, '2026-12-20']);
    // The helper's page shows the introduction too; the other side of a referral sees it in their history.
    const chidi = (await (await api.app.request('/api/contacts/Chidi%20Okafor')).json()) as { introductions: { state: string }[] };
    assert.deepEqual(chidi.introductions.map((row) => row.state), ['suggested']);
    const bo = (await (await api.app.request('/api/contacts/Bo%20Lindqvist')).json()) as { referrals: { contactName: string }[] };
    assert.deepEqual(bo.referrals.map((row) => row.contactName), ['Avery Quill']);
    // The OpenAPI document describes the whole shape.
    const document = (await (await api.app.request('/api/openapi.json')).json()) as { components: { schemas: Record<string, { properties: Record<string, unknown> }> } };
    const history = document.components.schemas.ContactHistory;
    for (const field of ['contact', 'market', 'activeMarket', 'ties', 'events', 'interactions', 'needs', 'offers', 'referrals', 'introductions', 'cadence']) assert.ok(history.properties[field], `ContactHistory documents ${field}`);
    assert.ok(document.components.schemas.Cadence.properties.state);
  });

  it('edits, tags and rates; the next list shows the change (the cache is dropped on writes)', async () => {
    const [dana] = ((await (await api.app.request('/api/contacts?q=dana')).json()) as Page).items;
    const before = api.deps.cache.version;
    const edited = await send(api, 'PATCH', `/api/contacts/${dana.id}`, { notes: 'met at a meetup', addTags: ['warm', 'fintech'], rating: 5 });
    assert.equal(edited.status, 200);
    const summary = (await edited.json()) as { tags: string[]; rating: number };
    assert.deepEqual(summary.tags, ['warm', 'fintech']);
    assert.equal(summary.rating, 5);
    assert.ok(api.deps.cache.version > before);
    const tagged = (await (await api.app.request('/api/contacts?tag=warm')).json()) as Page;
    assert.deepEqual(tagged.items.map((item) => item.name), ['Dana Reyes']);
    const replaced = (await (await send(api, 'PATCH', `/api/contacts/${dana.id}`, { tags: ['one'], title: 'Group Product Manager' })).json()) as { tags: string[]; title: string };
    assert.deepEqual(replaced.tags, ['one']);
    assert.equal(replaced.title, 'Group Product Manager');
  });

  it('refuses unknown fields, empty patches, wrong types and mixed tag modes', async () => {
    const [eli] = ((await (await api.app.request('/api/contacts?q=eli')).json()) as Page).items;
    for (const [body, pattern] of [
      [{ notes: 'x', isAdmin: true }, /unknown field "isAdmin"/],
      [{}, /nothing to change/],
      [{ rating: 9 }, /body\.rating/],
      [{ tags: ['a'], addTags: ['b'] }, /not both/],
    ] as const) {
      const response = await send(api, 'PATCH', `/api/contacts/${eli.id}`, body);
      assert.equal(response.status, 400, JSON.stringify(body));
      assert.match(((await response.json()) as { error: { message: string } }).error.message, pattern);
    }
    const notJson = await api.app.request(`/api/contacts/${eli.id}`, { method: 'PATCH', headers: { 'Content-Type': 'text/plain' }, body: 'notes=x' });
    assert.equal(notJson.status, 415);
    const malformed = await api.app.request(`/api/contacts/${eli.id}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: '{"notes":' });
    assert.equal(malformed.status, 400);
    assert.equal(((await malformed.json()) as { error: { code: string } }).error.code, 'INVALID_INPUT');
  });

  it('returns names holding HTML as JSON text, exactly as imported, never as markup', async () => {
    const response = await api.app.request('/api/contacts?q=img');
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    const [item] = ((await response.json()) as Page).items;
    assert.equal(item.name, `${HTML_NAME.first} ${HTML_NAME.last}`);
  });

  it('links two contacts and unlinks them', async () => {
    const linked = (await (await send(api, 'POST', '/api/contacts/links', { first: 'Avery Quill', second: 'Farah Haddad' })).json()) as { linked: boolean };
    assert.equal(linked.linked, true);
    const unlinked = (await (await send(api, 'POST', '/api/contacts/links', { first: 'Avery Quill', second: 'Farah Haddad', remove: true })).json()) as { linked: boolean };
    assert.equal(unlinked.linked, false);
    assert.equal((await send(api, 'POST', '/api/contacts/links', { first: 'Avery Quill', second: 'Avery Quill' })).status, 400);
  });
});
