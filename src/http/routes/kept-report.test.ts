// A server started on data an earlier server (or another process) has already reported on answers its first visitor
// from the report kept in the store, and never from one the data has moved past: a write made elsewhere in between,
// or a new day, means the report is computed again.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { join } from 'node:path';
import { openContext, type AppContext } from '../../app/app-context.ts';
import { setTargetDefinition } from '../../app/target.ts';
import { TEST_STORES, temporaryFolder, uniqueWorkspace } from '../../../test/support/test-stores.ts';
import { createApiApp } from '../api-app.ts';
import { fixtureApi, type FixtureApi } from '../api.fixture.ts';
import { KEPT_REPORT } from './report.ts';

interface Report {
  asOf: string;
  market: { name: string; threshold: number };
  quantity: { totalConnections: number; inMarket: number };
}

const DAY_ONE = '2026-11-25T12:00:00.000Z';

for (const kind of TEST_STORES) {
  describe(`the report kept between servers (${kind.name})`, { skip: kind.skip || undefined }, () => {
    let first: FixtureApi;
    let location: string;
    let workspace: string;
    const opened: AppContext[] = [];
    /** Another process on the same data: a new context, a new server on it (nothing cached in memory). */
    async function laterServer(at = DAY_ONE) {
      const context = await openContext({ db: location, workspace }, { now: () => new Date(at) });
      opened.push(context);
      return { context, api: createApiApp({ version: 'test', logError: () => {}, context }) };
    }
    async function report(api: { app: { request(path: string): Response | Promise<Response> } }): Promise<Report> {
      const response = await api.app.request('/api/report');
      assert.equal(response.status, 200);
      return (await response.json()) as Report;
    }
    /** The kept row, once the server has written it (in the background, after answering). */
    async function kept(context: AppContext, day = '2026-11-25') {
      for (let attempt = 0; attempt < 200; attempt++) {
        const row = await context.store.workspace.computed.read(KEPT_REPORT);
        if (row && row.day === day && row.dataVersion === (await context.store.workspace.computed.dataVersion())) return row;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      assert.fail('the report was not kept');
    }
    before(async () => {
      location = kind.name === 'sqlite' ? join(temporaryFolder(), 'kept.db') : kind.location();
      workspace = uniqueWorkspace();
      first = await fixtureApi(location, workspace);
    });
    after(async () => {
      await first?.context.store.workspace.rows.clear();
      await Promise.all(opened.map((context) => context.store.close()));
      await first?.close();
    });

    it('a later server answers with the kept report while nothing has changed', async () => {
      const computed = await report(first);
      assert.deepEqual([computed.quantity.totalConnections, computed.quantity.inMarket], [9, 5]);
      const row = await kept(first.context);
      assert.deepEqual(JSON.parse(row.body), computed);
      // Marked, to tell an answer read back from one computed again: the later server must answer the kept one.
      await first.context.store.workspace.transaction((tx) => tx.computed.save({ ...row, body: JSON.stringify({ ...computed, market: { ...computed.market, name: 'Kept market' } }) }));
      const later = await laterServer();
      assert.equal((await report(later.api)).market.name, 'Kept market');
      // The workspace summary the overview reads first agrees with it.
      const summary = (await (await later.api.app.request('/api/workspace')).json()) as { activeMarket: string; inMarket: number };
      assert.deepEqual([summary.activeMarket, summary.inMarket], ['Kept market', 5]);
    });

    it('a change made by another process since then is in the next server\'s report', async () => {
      // Like `referable target set` between two runs of serve: half the threshold, more people in market.
      const cli = await laterServer();
      await setTargetDefinition(cli.context, 'target.yaml', 'name: Wider market\nthreshold: 20\ncompanies:\n  - name: Northwind Traders\n    tier: 1\n  - name: Contoso\n    tier: 2\n  - name: Fabrikam\n    tier: 3\nweights: { company: 100 }\ngoals: { inMarketConnections: 10, coveredCompanies: 2 }\n');
      const later = await laterServer();
      const fresh = await report(later.api);
      assert.deepEqual([fresh.market.name, fresh.quantity.inMarket], ['Wider market', 7]);
      // And that one is kept in its turn.
      assert.deepEqual(JSON.parse((await kept(later.context)).body), fresh);
    });

    it('on a new day the report is made again: it dates itself', async () => {
      const before = await report((await laterServer()).api);
      assert.equal(before.asOf, '2026-11-25');
      const nextDay = await laterServer('2026-11-26T12:00:00.000Z');
      const after = await report(nextDay.api);
      assert.equal(after.asOf, '2026-11-26');
      assert.equal(after.quantity.inMarket, before.quantity.inMarket);
      const row = await kept(nextDay.context, '2026-11-26');
      assert.deepEqual([row.day, JSON.parse(row.body).asOf], ['2026-11-26', '2026-11-26']);
    });

    /** `referable target set` with another market name, made while no server runs. */
    async function renameMarket(name: string, at: string) {
      const cli = await laterServer(at);
      await setTargetDefinition(cli.context, 'target.yaml', `name: ${name}\nthreshold: 20\ncompanies:\n  - name: Northwind Traders\n    tier: 1\n  - name: Contoso\n    tier: 2\n  - name: Fabrikam\n    tier: 3\nweights: { company: 100 }\ngoals: { inMarketConnections: 10, coveredCompanies: 2 }\n`);
    }
    const MAX_STALE = { headers: { 'Cache-Control': 'max-stale' } };

    it('a server started just after a change answers the dashboard from the kept report, marked stale, then fresh', async () => {
      const DAY_TWO = '2026-11-26T12:00:00.000Z';
      const keptName = (await report((await laterServer(DAY_TWO)).api)).market.name;
      await renameMarket('Renamed market', DAY_TWO);
      const later = await laterServer(DAY_TWO);
      // Scoring 30,000 contacts takes seconds; this fixture's nine, less than reading the kept report back. Held until
      // the stale answers are in, as on a real network.
      const history = later.context.store.workspace.history;
      const events = history.events.bind(history);
      let release!: () => void;
      const scoring = new Promise<void>((resolve) => (release = resolve));
      history.events = async (...args: Parameters<typeof events>) => {
        await scoring;
        return events(...args);
      };
      // As the dashboard asks on opening: the header's summary, the overview's report, coverage, at once.
      const [summary, first, coverage] = await Promise.all(['/api/workspace', '/api/report', '/api/coverage'].map((path) => later.api.app.request(path, MAX_STALE)));
      assert.equal(first.status, 200);
      assert.equal(first.headers.get('Referable-Stale'), 'true');
      assert.equal(first.headers.get('Referable-Data-Version'), '-1');
      assert.equal(((await first.json()) as Report).market.name, keptName);
      assert.equal(summary.headers.get('Referable-Stale'), 'true');
      assert.equal(((await summary.json()) as { activeMarket: string }).activeMarket, keptName);
      assert.equal(coverage.headers.get('Referable-Stale'), 'true');
      release();
      // Once the computation that started with the first request has ended, the same request is answered fresh.
      const waited = await report(later.api);
      assert.equal(waited.market.name, 'Renamed market');
      const next = await later.api.app.request('/api/report', MAX_STALE);
      assert.equal(next.headers.get('Referable-Stale'), null);
      assert.equal(((await next.json()) as Report).market.name, 'Renamed market');
      const freshSummary = await later.api.app.request('/api/workspace', MAX_STALE);
      assert.equal(freshSummary.headers.get('Referable-Stale'), null);
      assert.equal(((await freshSummary.json()) as { activeMarket: string }).activeMarket, 'Renamed market');
      assert.equal(JSON.parse((await kept(later.context, '2026-11-26')).body).market.name, 'Renamed market');
    });

    it('a request that does not accept stale answers waits for the fresh report', async () => {
      const DAY_TWO = '2026-11-26T12:00:00.000Z';
      const earlier = await laterServer(DAY_TWO);
      await report(earlier.api);
      await kept(earlier.context, '2026-11-26');
      await renameMarket('Market without waiting', DAY_TWO);
      const later = await laterServer(DAY_TWO);
      const response = await later.api.app.request('/api/report');
      assert.equal(response.headers.get('Referable-Stale'), null);
      assert.equal(((await response.json()) as Report).market.name, 'Market without waiting');
      await kept(later.context, '2026-11-26');
    });

    it("yesterday's kept report is never served, even to a request that accepts stale answers", async () => {
      const DAY_TWO = '2026-11-26T12:00:00.000Z';
      const yesterday = await laterServer(DAY_TWO);
      await report(yesterday.api);
      await kept(yesterday.context, '2026-11-26');
      await renameMarket('Market of the next day', '2026-11-27T12:00:00.000Z');
      const nextDay = await laterServer('2026-11-27T12:00:00.000Z');
      const response = await nextDay.api.app.request('/api/report', MAX_STALE);
      assert.equal(response.headers.get('Referable-Stale'), null);
      const body = (await response.json()) as Report;
      assert.deepEqual([body.asOf, body.market.name], ['2026-11-27', 'Market of the next day']);
      // Kept in its turn (written after answering: waited for, as the next test's store must be quiet).
      assert.equal(JSON.parse((await kept(nextDay.context, '2026-11-27')).body).market.name, 'Market of the next day');
    });
  });
}
