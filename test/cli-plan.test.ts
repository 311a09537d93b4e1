// `referable plan`, `plan done|skip|review`, `log`, `cadence` as a user runs them: JSON others rely on, exit codes,
// errors that leave everything as it was, a calendar file that parses, item numbers that survive a replan, and
// "today" in the user's time zone.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import ICAL from 'ical.js';
import { temporaryFolder } from './support/test-stores.ts';
import { EDGE_CASES, referable } from './support/run-cli.ts';


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
keywords: [payments, risk]
goals: { inMarketConnections: 10, coveredCompanies: 3 }
`;

describe('referable plan (CLI)', () => {
  const folder = temporaryFolder();
  const db = join(folder, 'plan.db');
  const run = (...args: string[]) => referable([...args, '--db', db], folder);
  let plan: { budgetMinutes: number; totalMinutes: number; items: { id: string; kind: string; minutes: number; why: string; status: string }[] };

  it('prints this week\'s plan as the documented JSON, within the budget', () => {
    writeFileSync(join(folder, 'prospects.csv'), `First Name,Last Name,Company,Position\n${['Northwind Traders', 'Contoso', 'Woodgrove Bank', 'Globex'].map((company, i) => `P${i},Prospect,${company},Head of Product`).join('\n')}\n`);
    writeFileSync(join(folder, 'target.yaml'), MARKET);
    for (const args of [['import', EDGE_CASES], ['import', 'prospects.csv', '--source', 'csv'], ['target', 'set', 'target.yaml']]) assert.equal(run(...args).code, 0, args.join(' '));
    const result = run('plan', '--minutes', '45', '--json');
    assert.equal(result.code, 0, result.stderr);
    plan = JSON.parse(result.stdout);
    assert.equal(plan.budgetMinutes, 45);
    assert.ok(Array.isArray((plan as unknown as { notes: unknown }).notes), 'notes, as /api/plan has them');
    assert.ok(plan.totalMinutes <= 45);
    assert.equal(plan.totalMinutes, plan.items.reduce((sum, item) => sum + item.minutes, 0));
    assert.ok(plan.items.length > 0);
    for (const item of plan.items) {
      assert.equal(typeof item.kind, 'string');
      assert.ok(item.minutes > 0);
      assert.ok(item.why.length > 0);
    }
    assert.ok(plan.items.some((item) => item.kind === 'connection-request' && /in-market prospect/.test(item.why)));
    const shown = run('plan');
    assert.equal(shown.code, 0);
    assert.match(shown.stdout, /Week of 2026-11-23 \(2026-W48\): \d+ of 45 minutes planned/);
    assert.match(shown.stdout, /#\s*│?\s*✓/, 'the status column has a header');
    // The table shows the first clause of each reason; the full text is in --json.
    assert.match(shown.stdout, /in-market prospect, not connected yet/);
    assert.doesNotMatch(shown.stdout, /not connected yet; fit/);
  });

  it('plans next week too, by name or ISO week, and refuses a week that is over', () => {
    const next = run('plan', '--week', 'next', '--minutes', '30', '--json');
    assert.equal(next.code, 0, next.stderr);
    const parsed = JSON.parse(next.stdout) as { weekStart: string; items: unknown[] };
    assert.equal(parsed.weekStart, '2026-11-30');
    assert.ok(parsed.items.length > 0);
    const byIso = run('plan', '--week', '2026-W49');
    assert.match(byIso.stdout, /Week of 2026-11-30 \(2026-W49, to come\): \d+ of 30 minutes planned/);
    const over = run('plan', '--week', '2026-W40', '--replan');
    assert.equal(over.code, 2);
    assert.match(over.stderr, /the week of 2026-09-28 \(2026-W40\) is over and had no plan/);
    assert.match(run('plan').stdout, /Week of 2026-11-23 \(2026-W48\): \d+ of 45 minutes/, 'this week is left as it was');
  });

  it('refuses bad budgets, unknown items and unwritable calendars, changing nothing', () => {
    for (const minutes of ['0', '-10', 'lots']) {
      const bad = run('plan', '--minutes', minutes);
      assert.equal(bad.code, 2, `--minutes ${minutes}`);
      assert.match(bad.stderr, /--minutes must be a whole number/);
    }
    const unknown = run('plan', 'done', '42');
    assert.equal(unknown.code, 3);
    assert.match(unknown.stderr, /no item "42" in the plan for the week of 2026-11-23/);
    const missing = join(folder, 'no-such-folder', 'week.ics');
    const unwritable = run('plan', '--replan', '--ics', missing);
    assert.equal(unwritable.code, 8);
    assert.ok(unwritable.stderr.includes(missing), unwritable.stderr);
    // Notes (why budget is unused) come with the run that made the plan; showing it again has none to add.
    assert.deepEqual(JSON.parse(run('plan', '--json').stdout), { ...plan, notes: [] }, 'the plan is as it was');
  });

  it('ticks items off and skips them, then reviews the week', () => {
    const done = run('plan', 'done', plan.items[0].id);
    assert.equal(done.code, 0, done.stderr);
    assert.match(done.stdout, new RegExp(`Done: #${plan.items[0].id} ${plan.items[0].kind}`));
    assert.equal(run('plan', 'skip', plan.items[1].id).code, 0);
    assert.equal(run('plan', 'skip', plan.items[0].id).code, 6, 'a done item cannot be skipped');
    const review = JSON.parse(run('plan', 'review', '--json').stdout);
    assert.deepEqual([review.done.items, review.skipped.items, review.streak], [1, 1, 1]);
    assert.equal(review.done.minutes, plan.items[0].minutes);
    const text = run('plan', 'review');
    assert.match(text.stdout, /streak: 1 week in a row/);
  });

  it('logs an interaction and lists who is losing touch', () => {
    const logged = run('log', 'Bo Lindqvist-Ortega', 'coffee chat', '--minutes', '30', '--json');
    assert.equal(logged.code, 0, logged.stderr);
    assert.deepEqual([JSON.parse(logged.stdout).kind, JSON.parse(logged.stdout).minutes], ['coffee-chat', 30]);
    assert.equal(run('log', 'Bo Lindqvist-Ortega', 'call', '--on', '2026-13-01').code, 2);
    const cadence = JSON.parse(run('cadence', '--json').stdout);
    assert.ok(cadence.losingTouch.length > 0);
    assert.ok(!cadence.losingTouch.some((row: { name: string }) => row.name === 'Bo Lindqvist-Ortega'), 'the coffee chat reset the clock');
    for (const row of cadence.losingTouch) {
      assert.equal(row.tier, 'in-market');
      assert.ok(row.daysSinceLastTouch > 90);
    }
    const review = JSON.parse(run('plan', 'review', '--json').stdout);
    assert.equal(review.minutesSpent, review.done.minutes + 30);
  });

  it('writes the open items as a calendar that parses', () => {
    const result = run('plan', '--ics', 'week.ics');
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /Wrote \d+ time blocks? to week\.ics/);
    const text = readFileSync(join(folder, 'week.ics'), 'utf8');
    assert.ok(text.endsWith('END:VCALENDAR\r\n'));
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    assert.ok(events.length > 0);
    assert.ok(events.every((event) => event.startDate.toString() >= '2026-11-25T09:00:00' && event.endDate.compare(event.startDate) > 0));
    assert.equal(referable(['plan', '--help'], folder).code, 0);
  });
});

describe('referable plan across replans and time zones (CLI)', () => {
  const folder = temporaryFolder();
  const db = join(folder, 'replan.db');
  const run = (args: string[], env: Record<string, string> = {}) => referable([...args, '--db', db], folder, env);
  // Tight enough that a replan fills the week again with what the network has left.
  const BUDGET = 16;
  type Item = { id: string; kind: string; minutes: number; status: string; contact: { name: string } | null };

  it('never gives a number to another item, and a skipped item done after a replan keeps the week within budget', () => {
    writeFileSync(join(folder, 'prospects.csv'), `First Name,Last Name,Company,Position\n${['Northwind Traders', 'Contoso', 'Woodgrove Bank', 'Globex'].map((company, i) => `P${i},Prospect,${company},Head of Product`).join('\n')}\n`);
    writeFileSync(join(folder, 'target.yaml'), MARKET);
    for (const args of [['import', EDGE_CASES], ['import', 'prospects.csv', '--source', 'csv'], ['target', 'set', 'target.yaml']]) assert.equal(run(args).code, 0, args.join(' '));
    const first: { items: Item[] } = JSON.parse(run(['plan', '--minutes', String(BUDGET), '--json']).stdout);
    const ids = (plan: { items: Item[] }) => plan.items.map((item) => item.id);
    const same: { items: Item[] } = JSON.parse(run(['plan', '--replan', '--minutes', String(BUDGET), '--json']).stdout);
    assert.deepEqual(ids(same), ids(first), 'a replan that chooses the same actions keeps their numbers');
    assert.equal(run(['plan', 'skip', '1']).code, 0);
    // A smaller budget keeps some actions (same numbers) and replaces the rest.
    const smaller: { items: Item[] } = JSON.parse(run(['plan', '--minutes', '3', '--json']).stdout);
    const firstMax = Math.max(...first.items.map((item) => Number(item.id)));
    for (const item of smaller.items) {
      const earlier = first.items.find((row) => row.id === item.id);
      assert.ok(earlier ? earlier.kind === item.kind && earlier.contact?.name === item.contact?.name : Number(item.id) > firstMax, `#${item.id}`);
    }
    const replanned: { totalMinutes: number; items: Item[]; skipped: Item[] } = JSON.parse(run(['plan', '--minutes', String(BUDGET), '--json']).stdout);
    const second = first.items.find((item) => item.id !== '1' && !smaller.items.some((kept) => kept.id === item.id))!;
    assert.ok(second, 'the smaller budget replaced an item (the case under test)');
    const refused = run(['plan', 'done', second.id]);
    assert.equal(refused.code, 3, refused.stderr);
    assert.ok(refused.stderr.includes(`item ${second.id} (${second.kind}`), refused.stderr);
    assert.match(refused.stderr, /is no longer in this week's plan: it was replaced when the week was replanned; nothing was changed/);

    assert.ok(replanned.totalMinutes + replanned.skipped[0].minutes > BUDGET, 'the replan spent the skipped minutes (the case under test)');
    const done = run(['plan', 'done', '1', '--json']);
    assert.equal(done.code, 0, done.stderr);
    const result: { item: Item; dropped: Item[]; budgetMinutes: number; notes: string[] } = JSON.parse(done.stdout);
    assert.deepEqual([result.item.id, result.item.status, result.budgetMinutes], ['1', 'done', BUDGET]);
    assert.ok(result.dropped.length > 0 && result.notes.length > 0);
    const after: { budgetMinutes: number; totalMinutes: number; items: Item[] } = JSON.parse(run(['plan', '--json']).stdout);
    assert.equal(after.budgetMinutes, BUDGET);
    assert.ok(after.totalMinutes <= BUDGET, `${after.totalMinutes} of ${BUDGET} minutes`);
    assert.equal(after.totalMinutes, after.items.reduce((sum, item) => sum + item.minutes, 0));
    const gone = run(['plan', 'done', result.dropped[0].id]);
    assert.equal(gone.code, 3);
    assert.match(gone.stderr, /dropped to make room in the budget/);
  });

  it("takes today and the week from the user's time zone (TZ), not UTC", () => {
    // 09:00 on Thursday 26 November in Sydney is still the 25th in UTC.
    const sydneyMorning = { TZ: 'Australia/Sydney', REFERABLE_NOW: '2026-11-25T22:00:00Z' };
    const logged = run(['log', 'Bo Lindqvist-Ortega', 'coffee', '--on', '2026-11-26', '--json'], sydneyMorning);
    assert.equal(logged.code, 0, logged.stderr);
    assert.equal(JSON.parse(logged.stdout).on, '2026-11-26');
    const utc = run(['log', 'Bo Lindqvist-Ortega', 'coffee', '--on', '2026-11-26'], { ...sydneyMorning, TZ: 'UTC' });
    assert.equal(utc.code, 2);
    assert.match(utc.stderr, /in the future/);
    // Monday 30 November, 09:00 in Sydney, is Sunday in UTC: the plan week is the user's.
    const mondayMorning = { TZ: 'Australia/Sydney', REFERABLE_NOW: '2026-11-29T22:00:00Z' };
    assert.equal(run(['log', 'Bo Lindqvist-Ortega', 'call', '--minutes', '20'], mondayMorning).code, 0);
    const review = JSON.parse(run(['plan', 'review', '--json'], mondayMorning).stdout);
    assert.deepEqual([review.weekStart, review.loggedInteractions, review.minutesSpent], ['2026-11-30', 1, 20], 'the call counts in the week it was made in');
    assert.equal(JSON.parse(run(['plan', 'review', '--json'], { ...mondayMorning, TZ: 'UTC' }).stdout).weekStart, '2026-11-23');
  });
});
