// `referable ledger`, `content` and `index` as a user runs them: JSON shapes others rely on, exit codes, messages.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { temporaryFolder } from './support/test-stores.ts';
import { EDGE_CASES, referable } from './support/run-cli.ts';


const MARKET = `name: Edge engineering
threshold: 50
companies:
  - name: Northwind Traders
    tier: 1
  - name: Proseware
    tier: 2
functions: [Engineering, Product Management]
keywords: [payments]
weights: { company: 60, function: 40 }
goals: { inMarketConnections: 10, coveredCompanies: 2 }
`;

describe('referable ledger, content and index', () => {
  const folder = temporaryFolder();
  const db = join(folder, 'ledger.db');
  const run = (...args: string[]) => referable([...args, '--db', db], folder);

  it('the index asks for a target market first', () => {
    assert.equal(run('import', EDGE_CASES).code, 0);
    const index = run('index');
    assert.equal(index.code, 3);
    assert.match(index.stderr, /there is none yet: define one first\n  run: referable target suggest --apply\n/);
  });

  it('adds referrals, refuses duplicates and bad input with exit codes, and lists them as JSON', () => {
    const added = run('ledger', 'add', 'given', '--kind', 'intro', '--contact', 'Avery Quill', '--other', 'Omar Farouk', '--company', 'Proseware', '--on', '2026-09-01', '--json');
    assert.equal(added.code, 0, added.stderr);
    const entry = JSON.parse(added.stdout);
    assert.deepEqual([entry.direction, entry.kind, entry.contactName, entry.otherName, entry.occurredOn], ['given', 'intro', 'Avery Quill', 'Omar Farouk', '2026-09-01']);

    const duplicate = run('ledger', 'add', 'given', '--kind', 'intro', '--contact', 'Avery Quill', '--other', 'Omar Farouk', '--company', 'Proseware', '--on', '2026-09-01');
    assert.equal(duplicate.code, 6);
    assert.match(duplicate.stderr, new RegExp(`already holds this event.*${entry.id}`));
    assert.equal(run('ledger', 'add', 'given', '--kind', 'favour', '--contact', 'Avery Quill').code, 2);
    assert.equal(run('ledger', 'add', 'given', '--kind', 'job', '--contact', 'Avery Quill', '--on', '2026-02-30').code, 2);
    assert.equal(run('ledger', 'add', 'received', '--kind', 'job', '--contact', 'Nobody Known').code, 3);
    assert.equal(run('ledger', 'add', 'received', '--kind', 'job', '--contact', 'Hiro Tanaka', '--company', 'Woodgrove Bank', '--on', '2026-10-02').code, 0);
    assert.equal(run('ledger', 'outcome', entry.id, 'meeting', '--on', '2026-09-12').code, 0);

    const list = JSON.parse(run('ledger', 'list', '--json').stdout);
    assert.equal(list.length, 3);
    assert.equal(list[0].latestOutcome, 'meeting');
  });

  it('shows the balance and the thank-yous owed until one is recorded', () => {
    const balance = JSON.parse(run('ledger', 'balance', '--json').stdout);
    assert.deepEqual(balance.overall, { given: 1, received: 1, balance: 0 });
    assert.equal(balance.months.length, 12);
    const text = run('ledger', 'balance');
    assert.match(text.stdout, /given +[▁-█]{12}/);
    const owed = JSON.parse(run('ledger', 'thanks', '--json').stdout);
    assert.deepEqual(owed.map((row: { name: string; company: string }) => [row.name, row.company]), [['Hiro Tanaka', 'Woodgrove Bank']]);
    for (const key of ['contactId', 'name', 'eventId', 'occurredOn', 'kind', 'company']) assert.ok(key in owed[0], key);
    assert.equal(run('ledger', 'thank', 'Hiro Tanaka').code, 0);
    assert.match(run('ledger', 'thanks').stdout, /No thank-yous owed/);
  });

  it('adds content and scores it', () => {
    writeFileSync(join(folder, 'target.yaml'), MARKET);
    assert.equal(run('target', 'set', 'target.yaml').code, 0);
    assert.equal(run('content', 'add', 'https://example.com/pay-by-bank', '--title', 'Payments: pay by bank', '--kind', 'created', '--on', '2026-11-20').code, 0);
    assert.equal(run('content', 'add', 'https://example.com/pay-by-bank', '--title', 'Again', '--kind', 'shared').code, 6);
    assert.equal(run('content', 'add', 'https://example.com/x', '--title', 'X', '--kind', 'liked').code, 2);
    const items = JSON.parse(run('content', 'list', '--json').stdout);
    assert.deepEqual(items[0].focus, ['payments']);
    const score = JSON.parse(run('content', 'score', '--json').stdout);
    assert.ok(score.score > 0);
    assert.deepEqual(score.parts.map((part: { name: string }) => part.name), ['focus', 'cadence', 'mix']);
  });

  it('prints the index as {score, pillars: four with name, score, actions}, and its history', () => {
    const index = run('index', '--json');
    assert.equal(index.code, 0, index.stderr);
    const parsed = JSON.parse(index.stdout);
    assert.equal(parsed.pillars.length, 4);
    for (const pillar of parsed.pillars) {
      assert.ok(pillar.score >= 0 && pillar.score <= 25, `${pillar.name}: ${pillar.score} of 25 points`);
      assert.ok(Array.isArray(pillar.actions));
    }
    // What the user reads: four named pillars of 25 points whose sum is the index.
    assert.deepEqual(parsed.pillars.map((pillar: { name: string }) => pillar.name), ['reach', 'breadth', 'reciprocity', 'go-to']);
    const sum = parsed.pillars.reduce((total: number, pillar: { score: number }) => total + pillar.score, 0);
    assert.ok(Math.abs(parsed.score - sum) <= 0.05 && parsed.score > 0 && parsed.score <= 100, `index ${parsed.score} is the sum of its pillars, ${sum}`);
    assert.ok(parsed.pillars[3].score > 0, 'go-to presence counts the content added');
    const history = JSON.parse(run('index', '--history', '--json').stdout);
    assert.deepEqual(history.snapshots.map((s: { takenOn: string; score: number }) => [s.takenOn, s.score]), [['2026-11-25', parsed.score]]);
    assert.match(run('index', '--history').stdout, /index +[▁-█]/);
  });
});
