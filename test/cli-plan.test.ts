// `referable plan`, `plan done|skip|review`, `log`, `cadence` as a user runs them: JSON others rely on, exit codes,
// errors that leave everything as it was, and a calendar file that parses.
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
    assert.match(shown.stdout, /Week of 2026-11-23: \d+ of 45 minutes planned/);
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
    assert.deepEqual(JSON.parse(run('plan', '--json').stdout), plan, 'the plan is as it was');
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
