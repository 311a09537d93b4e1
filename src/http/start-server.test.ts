import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'node:http';
import { openContext, type AppContext } from '../app/app-context.ts';
import { isReferableError } from '../core/errors.ts';
import { temporaryFolder, uniqueWorkspace } from '../../test/support/test-stores.ts';
import { NOT_BUILT_PAGE } from './static-files.ts';
import { startServer, type RunningServer } from './start-server.ts';
import { packageRoot } from './package-root.ts';

/** A raw request, so the Host header can be anything (fetch will not send a foreign one). */
function raw(url: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, headers }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('startServer', () => {
  let context: AppContext;
  let server: RunningServer;
  let web: string;
  before(async () => {
    context = await openContext({ db: join(temporaryFolder(), 'server.db'), workspace: uniqueWorkspace() });
    web = temporaryFolder();
    mkdirSync(join(web, 'assets'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>dashboard</title><div id="root"></div>');
    writeFileSync(join(web, 'assets', 'app-1234.js'), 'console.log("app")');
    server = await startServer({ context, port: 0, webRoot: web });
  });
  after(async () => {
    await server.close();
    await context.store.close();
  });

  it('listens on loopback on a free port, with no token needed from this machine', async () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    assert.equal(server.dashboardUrl, server.url);
    const health = await fetch(new URL('/api/health', server.url));
    assert.equal(health.status, 200);
    assert.deepEqual(await health.json(), { ok: true, version: JSON.parse((await import('node:fs')).readFileSync(join(packageRoot(), 'package.json'), 'utf8')).version });
  });

  it('keeps idle connections a minute, so clients reusing them under load do not meet a socket being closed', async () => {
    const health = await fetch(new URL('/api/health', server.url));
    await health.arrayBuffer();
    assert.equal(health.headers.get('keep-alive'), 'timeout=65');
  });

  it('refuses a foreign Host header (DNS rebinding) over a real socket', async () => {
    const response = await raw(server.url, '/api/health', { Host: `attacker.example:${server.port}` });
    assert.equal(response.status, 403);
    assert.equal((await raw(server.url, '/api/health', { Host: `localhost:${server.port}` })).status, 200);
  });

  it('serves the dashboard: files, index.html for client routes, 404 for missing assets, nothing outside', async () => {
    const index = await fetch(new URL('/contacts/some-id', server.url));
    assert.match(await index.text(), /dashboard/);
    assert.match(index.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
    const asset = await fetch(new URL('/assets/app-1234.js', server.url));
    assert.match(asset.headers.get('content-type') ?? '', /javascript/);
    assert.match(asset.headers.get('cache-control') ?? '', /immutable/);
    assert.equal((await fetch(new URL('/assets/missing.js', server.url))).status, 404);
    for (const path of ['/../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2fserver.db']) {
      const response = await raw(server.url, path);
      assert.ok(!response.body.includes('"name"') && !response.body.includes('root:'), path);
    }
  });

  it('says how to build the dashboard when web/dist is missing', async () => {
    const bare = await startServer({ context, port: 0, webRoot: join(web, 'missing') });
    try {
      assert.equal(await (await fetch(bare.url)).text(), NOT_BUILT_PAGE);
    } finally {
      await bare.close();
    }
  });

  it('answers on another loopback address it is bound to (--host 127.0.0.2), and still refuses a foreign Host', async () => {
    const other = await startServer({ context, port: 0, host: '127.0.0.2', webRoot: null });
    try {
      assert.equal(other.url, `http://127.0.0.2:${other.port}/`);
      const health = await fetch(new URL('/api/health', other.url));
      assert.equal(health.status, 200, await health.clone().text());
      assert.equal((await raw(other.url, '/api/health', { Host: `localhost:${other.port}` })).status, 200);
      assert.equal((await raw(other.url, '/api/health', { Host: `127.0.0.3:${other.port}` })).status, 403);
      assert.equal((await raw(other.url, '/api/health', { Host: `attacker.example:${other.port}` })).status, 403);
    } finally {
      await other.close();
    }
  });

  it('refuses to listen beyond loopback without a token, and requires the token it is given', async () => {
    await assert.rejects(startServer({ context, port: 0, host: '0.0.0.0' }), (error) => isReferableError(error) && error.code === 'INVALID_INPUT' && /token/.test(error.message));
    for (const weak of ['        ', 'aaaaaaaaaaaaaaaa', 'a'.repeat(64)]) {
      await assert.rejects(startServer({ context, port: 0, host: '0.0.0.0', token: weak }), (error) => isReferableError(error) && error.code === 'INVALID_INPUT' && /^the access token /.test(error.message));
    }
    const token = 'test-token-9f86d081884c7d659a2feaa0c55ad015';
    const open = await startServer({ context, port: 0, host: '0.0.0.0', token, webRoot: null });
    try {
      assert.equal(open.dashboardUrl, `${open.url}#token=${token}`);
      const local = `http://127.0.0.1:${open.port}/api/health`;
      assert.equal((await fetch(local)).status, 401);
      assert.equal((await fetch(local, { headers: { Authorization: `Bearer ${token}` } })).status, 200);
      // Beyond loopback the token is the guard: any Host is accepted with it.
      assert.equal((await raw(`http://127.0.0.1:${open.port}/`, '/api/health', { Host: 'referable.lan', Authorization: `Bearer ${token}` })).status, 200);
    } finally {
      await open.close();
    }
  });
});
