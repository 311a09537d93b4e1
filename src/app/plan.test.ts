// The weekly plan end to end on both stores: make, show, replan, done, skip, review, log, cadence, bad input.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { isReferableError, type ErrorCode } from '../core/errors.ts';
import { openStore } from '../store/open-store.ts';
import { clearWorkspace, dumpWorkspace } from '../store/workspace-dump.ts';
import { fixedClock, SHARED_FIXTURES, sequentialIds, temporaryFolder, TEST_STORES, uniqueWorkspace } from '../../test/support/test-stores.ts';
import type { AppContext } from './app-context.ts';
import { listContacts } from './contacts.ts';
import { importContacts } from './import-contacts.ts';
import { cadenceReport, logInteraction } from './interactions.ts';
import { markPlanItem, planReview, weeklyPlan } from './plan.ts';
import { DEFAULT_PLAN_SOURCES, type PlanSources } from './plan-sources.ts';
import { setTarget } from './target.ts';

const EDGE_CASES = fileURLToPath(new URL('Connections.edge-cases.csv', SHARED_FIXTURES));

const MARKET = `name: Edge companies
threshold: 50
companies:
  - name: Northwind Traders
    tier: 1
  - name: Contoso
    tier: 2
  - name: Woodgrove Bank
    tier: 2
weights: { company: 100 }
keywords: [payments]
goals: { inMarketConnections: 10, coveredCompanies: 3 }
`;

const PROSPECTS = `First Name,Last Name,Company,Position
${Array.from({ length: 8 }, (_, i) => `North${i},Prospect,Northwind Traders,Product Manager`).join('\n')}
Cora,Prospect,Contoso,Director
Fern,Elsewhere,Globex,Engineer
`;

const rejects = (code: ErrorCode, pattern: RegExp) => (error: unknown) => isReferableError(error) && error.code === code && pattern.test(error.message);

for (const kind of TEST_STORES) {
  describe(`weekly plan: ${kind.name}`, { skip: kind.skip || undefined }, () => {
    let context: AppContext;
    const clock = fixedClock('2026-11-25T12:00:00.000Z'); // a Wednesday
    let sources: PlanSources;
    before(async () => {
      const folder = temporaryFolder();
      const store = await openStore({ location: kind.location(), workspaceId: uniqueWorkspace() }, clock.now().toISOString());
      context = { store, now: clock.now, newId: sequentialIds('p') };
      await importContacts(context, { path: EDGE_CASES });
      writeFileSync(join(folder, 'prospects.csv'), PROSPECTS);
      await importContacts(context, { path: join(folder, 'prospects.csv'), source: 'csv' });
      writeFileSync(join(folder, 'target.yaml'), MARKET);
      await setTarget(context, join(folder, 'target.yaml'));
      const contacts = (await listContacts(context)).contacts;
      const id = (name: string) => contacts.find((contact) => contact.name.startsWith(name))!.id;
      sources = {
        intros: async () => [{ needId: 'need-1', needText: 'a SOC 2 audit', seekerId: id('Farid'), seekerName: 'Farid Haddad', helperId: id('Omar'), helperName: 'Omar Farouk', helperCompany: 'Proseware', helperCompanyKey: '', helperTitle: 'Director of Engineering', score: 3, reasons: ['has done SOC 2 twice'] }],
        thankYous: DEFAULT_PLAN_SOURCES.thankYous,
        topics: DEFAULT_PLAN_SOURCES.topics,
      };
    });
    after(async () => {
      await clearWorkspace(context.store.db, context.store.workspaceId);
      await context.store.close();
    });

    it('refuses a budget of 0 or below and makes no plan', async () => {
      const before = await dumpWorkspace(context.store.db, context.store.workspaceId);
      await assert.rejects(weeklyPlan(context, { minutes: 0 }, sources), rejects('INVALID_INPUT', /--minutes must be a whole number of minutes from 1/));
      await assert.rejects(weeklyPlan(context, { minutes: -30 }, sources), rejects('INVALID_INPUT', /got -30/));
      assert.deepEqual(await dumpWorkspace(context.store.db, context.store.workspaceId), before);
    });

    it('makes a plan that fits the budget, each item with its reason, then shows the same plan', async () => {
      const plan = await weeklyPlan(context, { minutes: 60 }, sources);
      assert.equal(plan.weekStart, '2026-11-23');
      assert.equal(plan.budgetMinutes, 60);
      assert.ok(plan.totalMinutes <= 60 && plan.totalMinutes > 40, String(plan.totalMinutes));
      assert.deepEqual(plan.items.map((item) => item.id), plan.items.map((_, i) => String(i + 1)));
      const kinds = new Set(plan.items.map((item) => item.kind));
      for (const wanted of ['introduction', 'connection-request', 'follow-up', 'share']) assert.ok(kinds.has(wanted as never), `${wanted} in ${[...kinds]}`);
      assert.equal(plan.items[0].kind, 'introduction', 'the intro is worth the most per minute');
      assert.match(plan.items[0].why, /introduce Farid Haddad \(needs: a SOC 2 audit\) to Omar Farouk/);
      const requests = plan.items.filter((item) => item.kind === 'connection-request');
      assert.ok(requests.every((item) => item.contact?.name.endsWith('Prospect')), 'only in-market prospects get requests');
      assert.ok(plan.items.every((item) => item.why.length > 10));
      // No company over a quarter of the week's items.
      const northwind = plan.items.filter((item) => /northwind/i.test(item.contact?.company ?? '')).length;
      assert.ok(northwind <= Math.max(1, Math.floor(plan.items.length * 0.25)), `${northwind} of ${plan.items.length}`);
      assert.match(plan.items.find((item) => item.kind === 'share')!.why, /share on "payments"/);

      const again = await weeklyPlan(context, {}, sources);
      assert.equal(again.planned, false);
      assert.deepEqual(again.items, plan.items);
    });

    it('ticks an item off: an interaction that resets cadence and strengthens the tie, and an ask for an intro', async () => {
      const plan = await weeklyPlan(context, {}, sources);
      const followUp = plan.items.find((item) => item.kind === 'follow-up')!;
      const strength = async () => (await listContacts(context)).contacts.find((contact) => contact.id === followUp.contact!.id)!.strength!;
      const losing = await cadenceReport(context);
      assert.ok(losing.losingTouch.some((entry) => entry.contactId === followUp.contact!.id));
      const weaker = await strength();
      const result = await markPlanItem(context, followUp.id, 'done');
      assert.equal(result.item.status, 'done');
      assert.equal(result.interactionsRecorded, 1);
      assert.ok((await strength()) > weaker);
      assert.ok(!(await cadenceReport(context)).losingTouch.some((entry) => entry.contactId === followUp.contact!.id));

      const intro = await markPlanItem(context, '#1', 'done');
      assert.equal(intro.interactionsRecorded, 2);
      assert.equal(intro.askedHelper?.name, 'Omar Farouk');
      await assert.rejects(markPlanItem(context, '1', 'done'), rejects('CONFLICT', /already done/));
    });

    it('refuses an unknown item and changes nothing', async () => {
      const before = await dumpWorkspace(context.store.db, context.store.workspaceId);
      await assert.rejects(markPlanItem(context, '999', 'done'), rejects('NOT_FOUND', /no item "999" in the plan for the week of 2026-11-23/));
      await assert.rejects(markPlanItem(context, 'coffee', 'skipped'), rejects('NOT_FOUND', /no item "coffee"/));
      assert.deepEqual(await dumpWorkspace(context.store.db, context.store.workspaceId), before);
    });

    it('replans what is not done with a new budget, keeping done items and their ids', async () => {
      const before = await weeklyPlan(context, {}, sources);
      const done = before.items.filter((item) => item.status === 'done');
      const skipped = before.items.find((item) => item.status === 'planned')!;
      await markPlanItem(context, skipped.id, 'skipped');
      const doneMinutes = done.reduce((sum, item) => sum + item.minutes, 0);
      await assert.rejects(weeklyPlan(context, { minutes: doneMinutes - 1 }, sources), rejects('INVALID_INPUT', /already did/));
      const after = await weeklyPlan(context, { minutes: 120 }, sources);
      assert.equal(after.budgetMinutes, 120);
      assert.ok(after.totalMinutes <= 120);
      for (const item of done) assert.deepEqual(after.items.find((candidate) => candidate.id === item.id)?.status, 'done');
      assert.ok(after.items.every((item) => item.contact?.id !== skipped.contact?.id), 'a skipped person is not planned again this week');
      assert.equal(after.skipped[0].id, skipped.id);
      const maxKept = Math.max(...[...done, skipped].map((item) => Number(item.id)));
      assert.ok(after.items.filter((item) => item.status === 'planned').every((item) => Number(item.id) > maxKept));
    });

    it('logs interactions with clear errors, and reviews the week', async () => {
      const logged = await logInteraction(context, { contact: 'Dana Reyes, PhD', what: 'coffee chat', minutes: 30 });
      assert.equal(logged.kind, 'coffee-chat');
      assert.equal(logged.minutes, 30);
      await assert.rejects(logInteraction(context, { contact: 'Dana', what: 'call', minutes: -5 }), rejects('INVALID_INPUT', /--minutes/));
      await assert.rejects(logInteraction(context, { contact: 'Dana', what: 'call', on: '2026-12-01' }), rejects('INVALID_INPUT', /in the future/));
      await assert.rejects(logInteraction(context, { contact: 'Dana', kind: 'telepathy' }), rejects('INVALID_INPUT', /--kind "telepathy"/));
      const review = await planReview(context);
      assert.equal(review.done.items, 2);
      assert.equal(review.skipped.items, 1);
      assert.equal(review.introsGiven, 1);
      assert.equal(review.loggedInteractions, 1);
      assert.equal(review.minutesSpent, review.done.minutes + 30);
      assert.equal(review.streak, 1);
      const nextWeek = await planReview(context, { today: '2026-12-02' });
      assert.equal(nextWeek.hasPlan, false);
      assert.equal(nextWeek.streak, 1, 'last week still counts while this week is empty');
    });
  });
}
