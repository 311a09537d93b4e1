// The weekly plan end to end on both stores: make, show, replan, done, skip, review, log, cadence, bad input; item
// numbers and the budget across replans; the week and "today" in the user's time zone.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { isReferableError, type ErrorCode } from '../core/errors.ts';
import { openStore } from '../store/open-store.ts';
import { fixedClock, FIXTURES, sequentialIds, temporaryFolder, TEST_STORES, uniqueWorkspace, type TestStoreKind } from '../../test/support/test-stores.ts';
import { localDay, type AppContext } from './app-context.ts';
import { listContacts } from './contacts.ts';
import { importContacts } from './import-contacts.ts';
import { cadenceReport, logInteraction } from './interactions.ts';
import { markPlanItem } from './plan-marks.ts';
import { planReview, weeklyPlan, type PlanItemView } from './plan.ts';
import { DEFAULT_PLAN_SOURCES, type PlanSources } from './plan-sources.ts';
import { advanceIntroduction, listIntroductions, proposeIntroduction } from './intros.ts';
import { ledgerBalance } from './ledger.ts';
import { resetSettings, setSettingsText } from './settings.ts';
import { setTarget } from './target.ts';

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
weights: { company: 100 }
keywords: [payments]
goals: { inMarketConnections: 10, coveredCompanies: 3 }
`;

const PROSPECTS = `First Name,Last Name,Company,Position
${Array.from({ length: 8 }, (_, i) => `North${i},Prospect,Northwind Traders,Product Manager`).join('\n')}
Cora,Prospect,Contoso,Director
Fern,Elsewhere,Globex,Engineer
`;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const rejects = (code: ErrorCode, pattern: RegExp) => (error: unknown) => isReferableError(error) && error.code === code && pattern.test(error.message);

/** A workspace with the edge-case network, prospects, a market, and one introduction to plan. */
async function openWeek(kind: TestStoreKind, now: () => Date, idPrefix: string): Promise<{ context: AppContext; sources: PlanSources }> {
  const folder = temporaryFolder();
  const store = await openStore({ location: kind.location(), workspaceId: uniqueWorkspace() }, now().toISOString());
  // The user's day is the clock's UTC day here, whatever zone the machine running the tests is in.
  const context: AppContext = { store, now, today: () => now().toISOString().slice(0, 10), newId: sequentialIds(idPrefix) };
  await importContacts(context, { path: EDGE_CASES });
  writeFileSync(join(folder, 'prospects.csv'), PROSPECTS);
  await importContacts(context, { path: join(folder, 'prospects.csv'), source: 'csv' });
  writeFileSync(join(folder, 'target.yaml'), MARKET);
  await setTarget(context, join(folder, 'target.yaml'));
  const contacts = (await listContacts(context)).contacts;
  const id = (name: string) => contacts.find((contact) => contact.name.startsWith(name))!.id;
  const sources: PlanSources = {
    intros: async () => [{ needId: 'need-1', needText: 'a SOC 2 audit', seekerId: id('Farid'), seekerName: 'Farid Haddad', helperId: id('Omar'), helperName: 'Omar Farouk', helperCompany: 'Proseware', helperCompanyKey: '', helperTitle: 'Director of Engineering', score: 3, reasons: ['has done SOC 2 twice'] }],
    thankYous: DEFAULT_PLAN_SOURCES.thankYous,
    topics: DEFAULT_PLAN_SOURCES.topics,
  };
  return { context, sources };
}

for (const kind of TEST_STORES) {
  describe(`weekly plan: ${kind.name}`, { skip: kind.skip || undefined }, () => {
    let context: AppContext;
    const clock = fixedClock('2026-11-25T12:00:00.000Z'); // a Wednesday
    let sources: PlanSources;
    before(async () => {
      ({ context, sources } = await openWeek(kind, clock.now, 'p'));
    });
    after(async () => {
      await context.store.workspace.rows.clear();
      await context.store.close();
    });

    it('refuses a budget of 0 or below and makes no plan', async () => {
      const before = await context.store.workspace.rows.dump();
      await assert.rejects(weeklyPlan(context, { minutes: 0 }, sources), rejects('INVALID_INPUT', /--minutes must be a whole number of minutes from 1/));
      await assert.rejects(weeklyPlan(context, { minutes: -30 }, sources), rejects('INVALID_INPUT', /got -30/));
      assert.deepEqual(await context.store.workspace.rows.dump(), before);
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
      // The tick moved the introduction into the double opt-in: A was asked; the next draft asks Omar.
      assert.deepEqual([intro.introduction?.created, intro.introduction?.askedSeeker, intro.introduction?.state], [true, true, 'asked-seeker']);
      assert.equal(intro.introduction?.draft?.step.then, 'asked-helper');
      assert.match(intro.introduction?.draft?.text ?? '', /Omar/);
      await assert.rejects(markPlanItem(context, '1', 'done'), rejects('CONFLICT', /already done/));
    });

    it('refuses an unknown item and changes nothing', async () => {
      const before = await context.store.workspace.rows.dump();
      await assert.rejects(markPlanItem(context, '999', 'done'), rejects('NOT_FOUND', /no item "999" in the plan for the week of 2026-11-23/));
      await assert.rejects(markPlanItem(context, 'coffee', 'skipped'), rejects('NOT_FOUND', /no item "coffee"/));
      assert.deepEqual(await context.store.workspace.rows.dump(), before);
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
      // An action planned before and chosen again keeps its number; anything new gets a number after every one used.
      const maxUsed = Math.max(...before.items.map((item) => Number(item.id)));
      for (const item of after.items.filter((row) => row.status === 'planned')) {
        const earlier = before.items.find((row) => row.id === item.id);
        assert.ok(earlier ? earlier.status === 'planned' && earlier.kind === item.kind && earlier.contact?.id === item.contact?.id : Number(item.id) > maxUsed, `#${item.id}`);
      }
    });

    it('replans with the weekly minutes from the settings when no --minutes is given, and says so', async () => {
      await setSettingsText(context, 'settings.yaml', 'planner:\n  weeklyMinutes: 150\n');
      const replanned = await weeklyPlan(context, { replan: true }, sources);
      assert.equal(replanned.budgetMinutes, 150);
      assert.ok(replanned.notes.includes('budget now 150 minutes (from your settings; was 120)'), replanned.notes.join(' | '));
      const again = await weeklyPlan(context, { replan: true }, sources);
      assert.ok(!again.notes.some((note) => note.startsWith('budget now')), 'no news when the budget did not change');
      await resetSettings(context);
    });

    it('logs interactions with clear errors, and reviews the week', async () => {
      const logged = await logInteraction(context, { contact: 'Dana Reyes, PhD', what: 'coffee chat', minutes: 30 });
      assert.equal(logged.kind, 'coffee-chat');
      assert.equal(logged.minutes, 30);
      await assert.rejects(logInteraction(context, { contact: 'Dana', what: 'call', minutes: -5 }), rejects('INVALID_INPUT', /--minutes/));
      await assert.rejects(logInteraction(context, { contact: 'Dana', what: 'call', on: '2026-12-01' }), rejects('INVALID_INPUT', /in the future/));
      await assert.rejects(logInteraction(context, { contact: 'Dana', kind: 'telepathy' }), rejects('INVALID_INPUT', /--kind "telepathy"/));
      // The plan's ticked introduction (Farid to Omar) is in the workflow already: proposing it again is refused, and
      // it counts as given once made, like one proposed outside the plan.
      assert.equal((await planReview(context)).introsGiven, 0, 'ticked, not yet made');
      await assert.rejects(proposeIntroduction(context, { seeker: 'Farid Haddad', helper: 'Omar Farouk' }), rejects('CONFLICT', /already under way \(asked-seeker\)/));
      const [ticked] = await listIntroductions(context, { contact: 'Omar Farouk' });
      for (const to of ['asked-helper', 'made']) await advanceIntroduction(context, ticked.id, { to });
      const { intro } = await proposeIntroduction(context, { seeker: 'Dana Reyes, PhD', helper: 'Avery Quill' });
      for (const to of ['asked-seeker', 'asked-helper', 'made']) await advanceIntroduction(context, intro.id, { to });
      const review = await planReview(context);
      assert.equal((await ledgerBalance(context)).overall.given, review.introsGiven, 'the review and the ledger count the same introductions');
      assert.equal(review.done.items, 2);
      assert.equal(review.skipped.items, 1);
      assert.equal(review.introsGiven, 2);
      assert.equal(review.loggedInteractions, 1);
      assert.equal(review.minutesSpent, review.done.minutes + 30);
      assert.equal(review.streak, 1);
      const nextWeek = await planReview(context, { today: '2026-12-02' });
      assert.equal(nextWeek.hasPlan, false);
      assert.equal(nextWeek.streak, 1, 'last week still counts while this week is empty');
    });
  });
}

for (const kind of TEST_STORES) {
  describe(`weekly plan across replans: ${kind.name}`, { skip: kind.skip || undefined }, () => {
    let context: AppContext;
    const clock = fixedClock('2026-11-25T12:00:00.000Z'); // a Wednesday
    let sources: PlanSources;
    before(async () => {
      ({ context, sources } = await openWeek(kind, clock.now, 'q'));
    });
    after(async () => {
      await context.store.workspace.rows.clear();
      await context.store.close();
    });
    // Small enough that the network has more worth doing than fits: a replan fills the week again.
    const BUDGET = 30;
    /** Room for one 3-minute connection request: a replan with it must drop some of the first plan. */
    const SMALLER = 5;
    const same = (a: PlanItemView, b: PlanItemView) => a.kind === b.kind && a.contact?.id === b.contact?.id && a.other?.id === b.other?.id;

    it('keeps the numbers of actions a replan chooses again, and never gives a number to a different item', async () => {
      const first = await weeklyPlan(context, { minutes: BUDGET }, sources);
      const ids = (plan: { items: PlanItemView[] }) => plan.items.map((item) => item.id);
      const sameBudget = await weeklyPlan(context, { minutes: BUDGET, replan: true }, sources);
      assert.deepEqual(ids(sameBudget), ids(first), 'the same budget plans the same actions under the same numbers');
      await markPlanItem(context, '1', 'skipped');
      const firstMax = Math.max(...first.items.map((item) => Number(item.id)));
      // A smaller budget: what stays keeps its number, and nothing new takes an old one.
      const smaller = await weeklyPlan(context, { minutes: SMALLER }, sources);
      let kept = 0;
      for (const item of smaller.items) {
        const earlier = first.items.find((candidate) => same(candidate, item));
        if (earlier) {
          assert.notEqual(earlier.id, '1', 'the skipped action is not planned again this week');
          assert.equal(item.id, earlier.id, `${item.kind} ${item.contact?.name} kept its number`);
          kept++;
        } else assert.ok(Number(item.id) > firstMax, `new numbers follow ${firstMax}: #${item.id}`);
      }
      assert.ok(kept > 0, 'the smaller budget kept some of the first plan (the case under test)');
      const old = first.items.find((item) => item.id !== '1' && !smaller.items.some((kept) => kept.id === item.id))!;
      assert.ok(old, 'the smaller budget replaced at least one item (the case under test)');
      const replanned = await weeklyPlan(context, { minutes: BUDGET }, sources);
      for (const item of replanned.items) {
        const earlier = first.items.find((candidate) => candidate.id === item.id);
        assert.ok(!earlier || same(earlier, item), `#${item.id} was ${earlier?.kind} ${earlier?.contact?.name}, now ${item.kind} ${item.contact?.name}`);
      }
      assert.deepEqual(replanned.skipped.map((item) => item.id), ['1']);

      const before = await context.store.workspace.rows.dump();
      const now = replanned.items.find((item) => same(item, old));
      const expected = new RegExp(`item ${old.id} \\(${escape(`${old.kind}${old.contact ? ` with ${old.contact.name}` : ''}`)}.*\\) is no longer in this week's plan: it was replaced when the week was replanned; nothing was changed\\. ${now ? `The same action is now #${now.id}` : 'See the current items'}`);
      await assert.rejects(markPlanItem(context, old.id, 'done'), rejects('NOT_FOUND', expected));
      await assert.rejects(markPlanItem(context, `#${old.id}`, 'skipped'), rejects('NOT_FOUND', /replaced when the week was replanned/));
      assert.deepEqual(await context.store.workspace.rows.dump(), before, 'nobody was acted on');
      assert.deepEqual((await weeklyPlan(context, {}, sources)).items, replanned.items, 'replaced items stay out of the plan');
      const review = await planReview(context);
      assert.equal(review.planned.items, replanned.items.length + 1, 'the review counts the plan and the skipped item, not replaced ones');

      const again = await weeklyPlan(context, { minutes: SMALLER }, sources);
      const usedMax = Math.max(...[...smaller.items, ...replanned.items].map((item) => Number(item.id)));
      for (const item of again.items.filter((row) => row.status === 'planned')) {
        const earlier = replanned.items.find((candidate) => same(candidate, item));
        assert.ok(earlier ? earlier.id === item.id : Number(item.id) > usedMax, 'a replan keeps planned numbers and continues after every number used so far');
      }
      await weeklyPlan(context, { minutes: BUDGET }, sources);
    });

    it('keeps the week within its budget when a skipped item is done after a replan spent its minutes', async () => {
      const plan = await weeklyPlan(context, {}, sources);
      const skipped = plan.skipped[0];
      assert.ok(plan.totalMinutes + skipped.minutes > plan.budgetMinutes, 'the replan spent the skipped minutes (the case under test)');
      const result = await markPlanItem(context, skipped.id, 'done');
      assert.equal(result.item.status, 'done');
      assert.equal(result.budgetMinutes, BUDGET);
      assert.ok(result.dropped.length > 0);
      const after = await weeklyPlan(context, {}, sources);
      assert.equal(after.budgetMinutes, BUDGET);
      assert.ok(after.totalMinutes <= BUDGET, `${after.totalMinutes} of ${BUDGET} minutes`);
      assert.equal(after.totalMinutes, after.items.reduce((sum, item) => sum + item.minutes, 0));
      assert.equal(after.items.find((item) => item.id === skipped.id)?.status, 'done');
      assert.deepEqual(after.skipped, []);
      const smallest = Math.min(...result.dropped.map((item) => item.minutes));
      assert.ok(after.totalMinutes + smallest > BUDGET, 'no more was dropped than the room needed');
      const planned = plan.items.filter((item) => item.status === 'planned');
      const ratio = (item: PlanItemView) => item.value / item.minutes;
      const best = Math.max(...planned.map(ratio));
      assert.ok(result.dropped.every((item) => ratio(item) < best), 'the best item per minute stays');
      for (const gone of result.dropped) {
        assert.ok(!after.items.some((item) => item.id === gone.id));
        assert.match(result.notes.join(' '), new RegExp(`#${gone.id} ${gone.kind}`));
        await assert.rejects(markPlanItem(context, gone.id, 'done'), rejects('NOT_FOUND', new RegExp(`item ${gone.id} .*dropped to make room in the budget when a skipped item was marked done`)));
      }
    });

    it('raises the budget only when what was done is itself more than the budget', async () => {
      let plan = await weeklyPlan(context, {}, sources);
      const open = plan.items.filter((item) => item.status === 'planned');
      await markPlanItem(context, open[0].id, 'skipped');
      for (const item of open.slice(1)) await markPlanItem(context, item.id, 'done');
      plan = await weeklyPlan(context, {}, sources);
      const doneMinutes = plan.totalMinutes;
      plan = await weeklyPlan(context, { minutes: doneMinutes }, sources);
      assert.deepEqual(plan.items.filter((item) => item.status === 'planned'), []);
      const result = await markPlanItem(context, open[0].id, 'done');
      assert.deepEqual(result.dropped, []);
      assert.equal(result.budgetMinutes, doneMinutes + open[0].minutes);
      assert.match(result.notes.join(' '), new RegExp(`budget went up from ${doneMinutes} to ${doneMinutes + open[0].minutes} minutes`));
      const after = await weeklyPlan(context, {}, sources);
      assert.deepEqual([after.budgetMinutes, after.totalMinutes], [doneMinutes + open[0].minutes, doneMinutes + open[0].minutes]);
    });

    it("plans the user's week and logs on the user's day, not UTC's", async () => {
      // Monday 30 November, 09:00 in Sydney, is still Sunday in UTC: the week is the one starting that Monday.
      const sydney = (at: Date) => localDay(at, 'Australia/Sydney');
      const sydneyMonday: AppContext = { ...context, now: () => new Date('2026-11-29T22:00:00.000Z'), today: () => '2026-11-30', dayOf: sydney };
      assert.equal((await planReview(sydneyMonday)).weekStart, '2026-11-30');
      const week = await weeklyPlan(sydneyMonday, { minutes: 30 }, sources);
      assert.equal(week.weekStart, '2026-11-30');
      assert.ok(week.items.every((item) => item.status === 'planned'), 'a fresh week, not the one UTC is still in');
      // A coffee logged that Monday morning (Sunday evening in UTC) counts in the user's week, not the one before.
      const monday = await logInteraction(sydneyMonday, { contact: 'Dana Reyes, PhD', what: 'coffee', minutes: 30 });
      assert.equal(monday.occurredAt, '2026-11-29T22:00:00.000Z');
      const review = await planReview(sydneyMonday);
      assert.deepEqual([review.loggedInteractions, review.minutesSpent], [1, 30]);
      // Thursday 26 November in Sydney while UTC is still on the 25th: the user's date is not in the future.
      const sydneyThursday: AppContext = { ...context, now: () => new Date('2026-11-25T22:00:00.000Z'), today: () => '2026-11-26', dayOf: sydney };
      const logged = await logInteraction(sydneyThursday, { contact: 'Dana Reyes, PhD', what: 'coffee', on: '2026-11-26' });
      assert.deepEqual([logged.on, logged.occurredAt], ['2026-11-26', '2026-11-25T22:00:00.000Z'], 'stored in UTC, on the day the user said');
      assert.equal((await logInteraction(sydneyThursday, { contact: 'Dana Reyes, PhD', what: 'call' })).on, '2026-11-26', 'today by default');
      await assert.rejects(logInteraction(sydneyThursday, { contact: 'Dana', what: 'call', on: '2026-11-27' }), rejects('INVALID_INPUT', /--on 2026-11-27 is in the future; log what happened, on or before 2026-11-26/));
      // West of UTC the user's today is UTC's yesterday: their evening is not counted as tomorrow.
      const laEvening: AppContext = { ...context, now: () => new Date('2026-11-26T03:00:00.000Z'), today: () => '2026-11-25' };
      await assert.rejects(logInteraction(laEvening, { contact: 'Dana', what: 'call', on: '2026-11-26' }), rejects('INVALID_INPUT', /in the future/));
    });
  });
}
