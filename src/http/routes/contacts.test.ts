import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { temporaryFolder, uniqueWorkspace } from '../../../test/support/test-stores.ts';
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
