// Security by default, checked over every route the OpenAPI document lists, so routes added later are covered too.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { temporaryFolder, uniqueWorkspace } from '../../test/support/test-stores.ts';
import { fixtureApi, type FixtureApi } from './api.fixture.ts';
import { BODY_LIMITS } from './middleware/body-limit.ts';
import { loopbackHosts } from './middleware/request-guard.ts';
import { INTERNAL_MESSAGE } from './http-errors.ts';

const TOKEN = 'test-token-0123456789abcdef';

interface Operation {
  method: string;
  path: string;
  jsonBody: boolean;
  upload: boolean;
}

async function operations(api: FixtureApi): Promise<Operation[]> {
  const document = (await (await api.app.request('/api/openapi.json', { headers: { Authorization: `Bearer ${TOKEN}` } })).json()) as {
    paths: Record<string, Record<string, { requestBody?: { content: Record<string, unknown> } }>>;
  };
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      method: method.toUpperCase(),
      path: path.replace(/\{[^}]+\}/g, 'x'),
      jsonBody: Boolean(operation.requestBody?.content['application/json']),
      upload: Boolean(operation.requestBody?.content['application/octet-stream']),
    })),
  );
}

describe('API security', () => {
  let api: FixtureApi;
  let routes: Operation[];
  before(async () => {
    api = await fixtureApi(join(temporaryFolder(), 'security.db'), uniqueWorkspace(), { token: TOKEN, allowedHosts: () => loopbackHosts(4321) });
    routes = await operations(api);
  });
  after(() => api.close());

  const at = (path: string) => `http://127.0.0.1:4321${path}`;

  it('documents every registered API route in the OpenAPI 3.1 document', async () => {
    const response = await api.app.request(at('/api/openapi.json'), { headers: { Authorization: `Bearer ${TOKEN}` } });
    const document = (await response.json()) as { openapi: string; paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
    assert.equal(document.openapi, '3.1.0');
    const documented = new Set(Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path.replace(/\{([^}]+)\}/g, ':$1')}`)));
    const registered = api.app.routes.filter((route) => route.path.startsWith('/api/') && route.method !== 'ALL' && route.path !== '/api/openapi.json').map((route) => `${route.method} ${route.path}`);
    assert.ok(registered.length >= 15);
    for (const route of registered) assert.ok(documented.has(route), `${route} is missing from the OpenAPI document`);
    for (const methods of Object.values(document.paths)) for (const operation of Object.values(methods)) assert.ok(operation.responses['401'] && operation.responses['500']);
  });

  it('refuses every API route without the token, or with a wrong one', async () => {
    for (const route of [...routes, { method: 'GET', path: '/api/openapi.json' }, { method: 'GET', path: '/api/no-such-route' }]) {
      for (const headers of [{}, { Authorization: 'Bearer wrong-token-0123456789' }, { 'X-Referable-Token': `${TOKEN}x` }, { Cookie: `token=${TOKEN}` }] as Record<string, string>[]) {
        const response = await api.app.request(at(route.path), { method: route.method, headers });
        assert.equal(response.status, 401, `${route.method} ${route.path} with ${JSON.stringify(headers)}`);
        assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'UNAUTHORIZED');
      }
    }
  });

  it('lets the token through in either header', async () => {
    for (const headers of [{ Authorization: `Bearer ${TOKEN}` }, { 'X-Referable-Token': TOKEN }] as Record<string, string>[]) {
      assert.equal((await api.app.request(at('/api/health'), { headers })).status, 200);
    }
  });

  it('refuses unknown fields in every JSON body', async () => {
    const withBody = routes.filter((route) => route.jsonBody);
    assert.ok(withBody.length >= 4);
    for (const route of withBody) {
      const response = await api.app.request(at(route.path), {
        method: route.method,
        headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ unexpectedField: 1 }),
      });
      assert.equal(response.status, 400, `${route.method} ${route.path}`);
      assert.match(((await response.json()) as { error: { message: string } }).error.message, /unknown field "unexpectedField"/);
    }
  });

  it('refuses oversized bodies with 413: 1 MB of JSON, and uploads beyond their limit', async () => {
    const big = JSON.stringify({ notes: 'x'.repeat(BODY_LIMITS.jsonBytes + 10) });
    for (const route of routes.filter((candidate) => candidate.jsonBody)) {
      const response = await api.app.request(at(route.path), { method: route.method, headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' }, body: big });
      assert.equal(response.status, 413, `${route.method} ${route.path}`);
      assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'TOO_LARGE');
    }
    const limit = BODY_LIMITS.uploadBytes;
    BODY_LIMITS.uploadBytes = 1000;
    try {
      for (const route of routes.filter((candidate) => candidate.upload)) {
        const response = await api.app.request(at(route.path), { method: route.method, headers: { Authorization: `Bearer ${TOKEN}`, 'X-File-Name': 'big.csv' }, body: 'a,b\n'.repeat(1000) });
        assert.equal(response.status, 413, `${route.method} ${route.path}`);
      }
    } finally {
      BODY_LIMITS.uploadBytes = limit;
    }
  });

  it('refuses a foreign Host header (DNS rebinding) and cross-site requests (CSRF)', async () => {
    const auth = { Authorization: `Bearer ${TOKEN}` };
    assert.equal((await api.app.request('http://attacker.example:4321/api/health', { headers: auth })).status, 403);
    assert.equal((await api.app.request(at('/api/health'), { headers: { ...auth, Origin: 'http://attacker.example' } })).status, 403);
    assert.equal((await api.app.request(at('/api/health'), { headers: { ...auth, Origin: 'http://127.0.0.1:4321' } })).status, 200);
    const crossSite = await api.app.request(at('/api/contacts/links'), { method: 'POST', headers: { ...auth, 'Sec-Fetch-Site': 'cross-site', 'Content-Type': 'application/json' }, body: '{}' });
    assert.equal(crossSite.status, 403);
    for (const host of ['localhost:4321', '[::1]:4321']) assert.equal((await api.app.request(`http://${host}/api/health`, { headers: auth })).status, 200);
  });

  it('takes "Origin: null" (a form post under Referrer-Policy: no-referrer) only when the browser says the page is this origin', async () => {
    const auth = { Authorization: `Bearer ${TOKEN}` };
    const post = (headers: Record<string, string>) => api.app.request(at('/api/health'), { headers: { ...auth, Origin: 'null', ...headers } });
    assert.equal((await post({})).status, 403, 'an opaque origin alone proves nothing');
    assert.equal((await post({ 'Sec-Fetch-Site': 'cross-site' })).status, 403, 'a sandboxed page elsewhere');
    assert.equal((await post({ 'Sec-Fetch-Site': 'same-site' })).status, 403, 'another port on localhost');
    assert.equal((await post({ 'Sec-Fetch-Site': 'same-origin' })).status, 200, "our own sign-in form, as Chromium sends it");
  });

  it('refuses every API route, GET included, when the browser says another site sent it (another localhost port too)', async () => {
    const auth = { Authorization: `Bearer ${TOKEN}` };
    // Each kind of request a page elsewhere can make without an Origin header: an image, a script, a link followed.
    for (const site of ['cross-site', 'same-site', 'Cross-Site']) {
      for (const route of routes) {
        const response = await api.app.request(at(route.path), { method: route.method, headers: { ...auth, 'Sec-Fetch-Site': site, 'Sec-Fetch-Dest': 'image' } });
        assert.equal(response.status, 403, `${route.method} ${route.path} with Sec-Fetch-Site: ${site}`);
        assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'FORBIDDEN');
      }
    }
    // The dashboard's own requests, and an address typed into the browser, pass.
    for (const site of ['same-origin', 'none']) {
      assert.equal((await api.app.request(at('/api/health'), { headers: { ...auth, 'Sec-Fetch-Site': site } })).status, 200, site);
    }
  });

  it('refuses unknown query parameters on every API route, naming them', async () => {
    assert.ok(routes.filter((route) => route.method === 'GET').length >= 15);
    for (const route of [...routes, { method: 'GET', path: '/api/openapi.json' }]) {
      const response = await api.app.request(at(`${route.path}?unexpectedParam=1`), { method: route.method, headers: { Authorization: `Bearer ${TOKEN}` } });
      assert.equal(response.status, 400, `${route.method} ${route.path}?unexpectedParam=1`);
      assert.match(((await response.json()) as { error: { message: string } }).error.message, /query: unknown field "unexpectedParam"/, `${route.method} ${route.path}`);
    }
  });

  it('never names a server path (the upload folder, the database) in an error message', async () => {
    const auth = { Authorization: `Bearer ${TOKEN}` };
    const backup = await (await api.app.request(at('/api/export?format=json'), { headers: auth })).text();
    const failing: [string, RequestInit][] = [
      ['/api/restore', { method: 'POST', body: 'this is not JSON' }],
      ['/api/restore', { method: 'POST', body: '{"format":"something else"}' }],
      ['/api/restore', { method: 'POST', body: backup }],
      ['/api/restore?replace=true', { method: 'POST', body: backup.replace('"contacts": [', '"contacts": [{"nonsense": true},') }],
      ['/api/imports', { method: 'POST', headers: { 'X-File-Name': 'export.zip' }, body: 'PK\u0003\u0004 not really a zip' }],
      ['/api/imports?source=vcard', { method: 'POST', headers: { 'X-File-Name': 'cards.vcf' }, body: 'no cards here' }],
      ['/api/imports', { method: 'POST', headers: { 'X-File-Name': '../../etc/passwd' }, body: '' }],
      ['/api/contacts/nobody-at-all', { method: 'GET' }],
    ];
    for (const [path, init] of failing) {
      const response = await api.app.request(at(path), { ...init, headers: { ...auth, ...(init.headers as Record<string, string>) } });
      const text = await response.text();
      assert.ok(response.status >= 400, `${path} answered ${response.status}: ${text}`);
      assert.doesNotMatch(text, /\/tmp\/|referable-upload|\.db\b|security\.db/, `${init.method} ${path}`);
      assert.ok(!text.includes(tmpdir()) && !text.includes(api.context.store.dialect.location), `${init.method} ${path}: ${text}`);
    }
  });

  it('answers a bug with a 500 that holds no stack trace or internal message', async () => {
    const now = api.context.now;
    api.context.now = () => {
      throw new TypeError('secret detail at /home/someone/referable/src/app/x.ts:12');
    };
    try {
      const response = await api.app.request(at('/api/report'), { headers: { Authorization: `Bearer ${TOKEN}` } });
      assert.equal(response.status, 500);
      const text = await response.text();
      assert.deepEqual(JSON.parse(text), { error: { code: 'INTERNAL', message: INTERNAL_MESSAGE } });
      assert.doesNotMatch(text, /secret|\/home|\.ts:|\bat \//);
    } finally {
      api.context.now = now;
    }
  });

  it('sends security headers on API answers and on the dashboard', async () => {
    for (const path of ['/api/health', '/']) {
      const response = await api.app.request(at(path), { headers: { Authorization: `Bearer ${TOKEN}` } });
      assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'self'.*frame-ancestors 'none'/);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    }
    assert.equal((await api.app.request(at('/api/health'), { headers: { Authorization: `Bearer ${TOKEN}` } })).headers.get('cache-control'), 'no-store');
  });
});
