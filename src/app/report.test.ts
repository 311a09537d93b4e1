// Target market and report on the edge-case file: every number here can be checked by hand against the CSV.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { isReferableError } from '../core/errors.ts';
import { fixedClock, FIXTURES, temporaryFolder, TEST_STORES } from '../../test/support/test-stores.ts';
import type { AppContext } from './app-context.ts';
import { listContacts } from './contacts.ts';
import { importContacts } from './import-contacts.ts';
import { companyCoverage, marketReport } from './report.ts';
import { listTargets, setTarget, showTarget, useTarget } from './target.ts';
import { openTestWorkspace, closeTestWorkspace } from '../../test/support/test-workspace.ts';

const EDGE_CASES = fileURLToPath(new URL('Connections.edge-cases.csv', FIXTURES));

const MARKET = `name: Edge companies
threshold: 50
companies:
  - name: Northwind Traders
    tier: 1
  - name: Contoso
    tier: 2
  - name: Woodgrove Bank
    tier: 2
  - name: Tailwind Traders
    tier: 3
weights: { company: 100 }
goals: { inMarketConnections: 10, coveredCompanies: 3 }
`;

for (const kind of TEST_STORES) {
  describe(`target market and report: ${kind.name}`, { skip: kind.skip || undefined }, () => {
    let context: AppContext;
    const folder = temporaryFolder();
    before(async () => {
      const clock = fixedClock('2026-11-25T12:00:00.000Z');
      context = await openTestWorkspace(kind, clock, 'r');
      await importContacts(context, { path: EDGE_CASES });
    });
    after(async () => {
      await closeTestWorkspace(context);
    });

    it('refuses an invalid market file and changes nothing', async () => {
      const path = join(folder, 'bad.yaml');
      writeFileSync(path, 'name: Broken\ncompanies: []\nweights: { company: 90 }\n');
      await assert.rejects(setTarget(context, path), (error) => isReferableError(error) && error.code === 'INVALID_INPUT' && /bad\.yaml, line 2, field "companies"/.test(error.message));
      assert.deepEqual(await listTargets(context), []);
      await assert.rejects(marketReport(context), (error) => isReferableError(error) && error.code === 'NOT_FOUND' && /no target market yet: define one/.test(error.message) && error.action?.link === '/target' && error.action.command === 'referable target suggest --apply');
    });

    it('reports quantity, coverage, breadth and growth that match the file', async () => {
      const path = join(folder, 'target.yaml');
      writeFileSync(path, MARKET);
      await setTarget(context, path);
      const report = await marketReport(context);
      // Northwind spelled three ways (3), Contoso Ltd. and GmbH (2), Woodgrove Bank and Bank S.A. (2): 7 of 17.
      assert.deepEqual(report.quantity, { totalConnections: 17, inMarket: 7, inMarketShare: 0.412, goal: 10, goalProgress: 0.7, inMarketProspects: 0 });
      assert.deepEqual(report.coverage.companies.map((c) => [c.name, c.contacts]), [['Northwind Traders', 3], ['Contoso', 2], ['Woodgrove Bank', 2], ['Tailwind Traders', 0]]);
      assert.deepEqual(report.coverage.whiteSpace, ['Tailwind Traders']);
      assert.deepEqual([report.coverage.coverageRate1, report.coverage.coverageRate3, report.coverage.covered], [0.75, 0.25, 3]);
      assert.deepEqual([report.breadth.top5Share, report.breadth.effectiveCompanies], [1, 2.9]); // 1 / ((9 + 4 + 4) / 49)
      // All seven connected before the 24-month window (latest 05 Jun 2024): nothing recent, 3 to go over 12 months.
      assert.equal(report.growth.months.at(-1)?.cumulative, 7);
      assert.deepEqual([report.growth.recentPerMonth, report.growth.neededPerMonth, report.growth.monthsToGoal], [0, 1, null]);
      // Nobody has messages, endorsements or a rating: every in-market tie is weak.
      assert.deepEqual(report.quality.bands.map((band) => band.count), [7, 0, 0]);
      assert.equal(report.quality.quadrant, 'few-weak');
    });

    it('lists in-market contacts by fit with their reasons, and a company with its people', async () => {
      const { contacts } = await listContacts(context, { inMarket: true, sort: 'fit' });
      assert.equal(contacts.length, 7);
      assert.deepEqual(contacts.slice(0, 3).map((c) => [c.fit, c.fitReasons]), [
        [100, ['company Northwind Traders (tier 1) +100']],
        [100, ['company Northwind Traders (tier 1) +100']],
        [100, ['company Northwind Traders (tier 1) +100']],
      ]);
      assert.equal(contacts[3].fit, 70);
      const detail = await companyCoverage(context, 'WOODGROVE BANK S.A.');
      assert.deepEqual(detail.contacts.map((c) => c.name).sort(), ['Hiro Tanaka', 'Ines Moreau']);
      await assert.rejects(companyCoverage(context, 'Nowhere Corp'), (error) => isReferableError(error) && error.code === 'NOT_FOUND');
    });

    it('re-scores at once when the market changes, and keeps several markets with one active', async () => {
      const path = join(folder, 'narrow.yaml');
      writeFileSync(path, MARKET.replace('name: Edge companies', 'name: Narrow').replace('threshold: 50', 'threshold: 80'));
      await setTarget(context, path);
      assert.equal((await marketReport(context)).quantity.inMarket, 3);
      assert.deepEqual((await listTargets(context)).map((m) => [m.name, m.active]), [['Edge companies', false], ['Narrow', true]]);
      await useTarget(context, 'edge companies');
      assert.equal((await marketReport(context)).quantity.inMarket, 7);
      assert.match((await showTarget(context)).definition, /Tailwind Traders/);
    });
  });
}
