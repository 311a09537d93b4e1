// 50 API clients at once, each making the same fixed number of requests, reads and writes mixed, on SQLite and on
// PostgreSQL: no request fails, no update is lost (every tag and need written is there at the end, and nothing else),
// and the counts reconcile exactly. Latency is printed for information only; the bench (bench/api-bench.ts) measures it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openContext, type AppContext } from '../src/app/app-context.ts';
import { importContacts } from '../src/app/import-contacts.ts';
import { setTarget } from '../src/app/target.ts';
import { generateLinkedInExport } from '../src/demo/generate-linkedin-export.ts';
import { startServer, type RunningServer } from '../src/http/start-server.ts';
import { EXAMPLE_TARGET_YAML } from '../src/import/target/target-example.ts';
import { temporaryFolder, TEST_STORES, uniqueWorkspace } from './support/test-stores.ts';

const LOAD = { clients: 50, stepsPerClient: 20, connections: 2000, sharedContacts: 5 };
/** Of every 5 steps a client takes, 3 read and 2 write (a tag, a need). */
const WRITES_PER_CLIENT = (LOAD.stepsPerClient / 5) * 2;
const TOKEN = 'load-test-token-9f86d081884c7d659a2feaa0c55ad015';

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
}

for (const kind of TEST_STORES) {
  describe(`API under load: ${kind.name}`, { skip: kind.skip || undefined }, () => {
    let context: AppContext;
    let server: RunningServer;
    const folder = temporaryFolder();

    before(async () => {
      context = await openContext({ db: kind.location(), workspace: uniqueWorkspace() });
      const csv = join(folder, 'Connections.csv');
      writeFileSync(csv, generateLinkedInExport({ seed: 3, connections: LOAD.connections, today: '2026-11-25' }).get('Connections.csv')!);
      await importContacts(context, { path: csv });
      writeFileSync(join(folder, 'target.yaml'), EXAMPLE_TARGET_YAML);
      await setTarget(context, join(folder, 'target.yaml'));
      server = await startServer({ context, port: 0, token: TOKEN, webRoot: null, logError: (error) => console.error(error) });
    });

    after(async () => {
      await server?.close();
      await context.store.workspace.rows.clear();
      await context.store.close();
    });

    it(`serves ${LOAD.clients} clients making ${LOAD.stepsPerClient} mixed reads and writes each without errors or lost updates`, async () => {
      const headers = { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' };
      const call = async (method: string, path: string, body?: unknown) => {
        const response = await fetch(new URL(path, server.url), { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
        const text = await response.text();
        return { status: response.status, text };
      };
      const page = JSON.parse((await call('GET', `/api/contacts?limit=${LOAD.sharedContacts}`)).text) as { items: { id: string }[] };
      const shared = page.items.map((item) => item.id);
      assert.equal(shared.length, LOAD.sharedContacts);
      // Steady state: the report is computed once before the clock starts (the contact list already was, above).
      assert.equal((await call('GET', '/api/report')).status, 200);

      const latencies: Record<string, number[]> = { read: [], write: [] };
      const ROUTES = ['GET /api/contacts', 'GET /api/report', 'GET /api/contacts/:id', 'PATCH /api/contacts/:id', 'POST /api/needs'];
      const byRoute: number[][] = ROUTES.map(() => []);
      const failures: string[] = [];
      const tagsWritten = new Map<string, Set<string>>(shared.map((id) => [id, new Set()]));
      const needsWritten: string[] = [];
      const started = performance.now();

      const client = async (n: number) => {
        for (let step = 0; step < LOAD.stepsPerClient; step++) {
          const contact = shared[(n + step) % shared.length];
          const choice = step % 5;
          const kind = choice < 3 ? 'read' : 'write';
          const start = performance.now();
          let result: { status: number; text: string };
          let onSuccess = () => {};
          if (choice === 0) result = await call('GET', `/api/contacts?limit=50&offset=${(n * 7 + step) % 500}&sort=${step % 2 ? 'fit' : 'name'}`);
          else if (choice === 1) result = await call('GET', '/api/report');
          else if (choice === 2) result = await call('GET', `/api/contacts/${contact}`);
          else if (choice === 3) {
            // Every client adds its own tags to the same few contacts: a lost update would drop some of them.
            const tag = `c${n}-s${step}`;
            result = await call('PATCH', `/api/contacts/${contact}`, { addTags: [tag] });
            onSuccess = () => tagsWritten.get(contact)!.add(tag);
          } else {
            const text = `client ${n} need ${step}: help with a SOC 2 audit`;
            result = await call('POST', '/api/needs', { contact, text });
            onSuccess = () => needsWritten.push(text);
          }
          latencies[kind].push(performance.now() - start);
          byRoute[choice].push(performance.now() - start);
          if (result.status === 200) onSuccess();
          else failures.push(`${result.status} ${result.text.slice(0, 200)}`);
        }
      };
      await Promise.all(Array.from({ length: LOAD.clients }, (_, n) => client(n)));

      const all = [...latencies.read, ...latencies.write];
      console.log(
        `[${kind.name}] ${all.length} requests in ${((performance.now() - started) / 1000).toFixed(1)} s by ${LOAD.clients} clients: ${latencies.read.length} reads, ${latencies.write.length} writes; ` +
          `p50 ${percentile(all, 0.5).toFixed(1)} ms, p99 ${percentile(all, 0.99).toFixed(1)} ms (reads p99 ${percentile(latencies.read, 0.99).toFixed(1)} ms, writes p99 ${percentile(latencies.write, 0.99).toFixed(1)} ms)`,
      );
      console.log(`[${kind.name}] p99 by route: ${ROUTES.map((route, index) => `${route} ${percentile(byRoute[index], 0.99).toFixed(0)} ms`).join(', ')}`);
      assert.deepEqual(failures, []);
      // Every request was made and answered: the counts follow from the fixed steps, whatever the machine's speed.
      assert.equal(latencies.read.length, LOAD.clients * (LOAD.stepsPerClient - WRITES_PER_CLIENT));
      assert.equal(latencies.write.length, LOAD.clients * WRITES_PER_CLIENT);
      assert.equal(needsWritten.length, (LOAD.clients * WRITES_PER_CLIENT) / 2);
      assert.equal([...tagsWritten.values()].reduce((sum, tags) => sum + tags.size, 0), (LOAD.clients * WRITES_PER_CLIENT) / 2);

      // Counts reconcile: every tag written is on its contact, every need written is listed, nothing else appeared.
      for (const [id, tags] of tagsWritten) {
        const shown = JSON.parse((await call('GET', `/api/contacts/${id}`)).text) as { contact: { tags: string[] } };
        assert.deepEqual(new Set(shown.contact.tags), tags, `tags of ${id}`);
      }
      const needs = JSON.parse((await call('GET', '/api/needs?status=open&limit=1')).text) as { total: number };
      assert.equal(needs.total, needsWritten.length);
      // And the cache served what the store holds: the list shows the tags too.
      const listed = JSON.parse((await call('GET', `/api/contacts?limit=500&tag=${[...tagsWritten.get(shared[0])!][0]}`)).text) as { items: { id: string }[] };
      assert.deepEqual(listed.items.map((item) => item.id), [shared[0]]);
    });
  });
}
