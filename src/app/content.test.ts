// The content ledger on SQLite and PostgreSQL: add by hand with checks, list with topics, the go-to score against
// goals, and who a piece is relevant to.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { isReferableError, type ErrorCode } from '../core/errors.ts';
import { fixedClock, FIXTURES, temporaryFolder, TEST_STORES } from '../../test/support/test-stores.ts';
import type { AppContext } from './app-context.ts';
import { addContent, contentPicture, listContent, suggestForContent } from './content.ts';
import { importContacts } from './import-contacts.ts';
import { setTarget } from './target.ts';
import { openTestWorkspace, closeTestWorkspace } from '../../test/support/test-workspace.ts';

const EDGE_CASES = fileURLToPath(new URL('Connections.edge-cases.csv', FIXTURES));
const fails = (code: ErrorCode, pattern: RegExp) => (error: unknown) => isReferableError(error) && error.code === code && pattern.test(error.message);

const EDGE_MARKET = `name: Edge engineering
threshold: 50
companies:
  - name: Northwind Traders
    tier: 1
  - name: Woodgrove Bank
    tier: 2
  - name: Proseware
    tier: 2
functions: [Engineering, Product Management]
keywords: [payments, engineering]
weights: { company: 50, function: 40, keywords: 10 }
goals: { inMarketConnections: 10, coveredCompanies: 3, weekly: { introductions: 1 } }
`;

for (const kind of TEST_STORES) {
  describe(`content ledger: ${kind.name}`, { skip: kind.skip || undefined }, () => {
    let context: AppContext;
    before(async () => {
      const clock = fixedClock('2026-11-25T12:00:00.000Z');
      context = await openTestWorkspace(kind, clock, 'c');
      await importContacts(context, { path: EDGE_CASES });
    });
    after(async () => {
      await closeTestWorkspace(context);
    });

    it('says so when there is no content yet: score 0 with the action', async () => {
      const picture = await contentPicture(context);
      assert.equal(picture.score.score, 0);
      assert.equal(picture.score.totalItems, 0);
      assert.equal(picture.score.actions[0].command, 'referable import EXPORT.zip');
    });

    it('adds items by hand and refuses bad input and duplicates, leaving the ledger unchanged', async () => {
      const path = join(temporaryFolder(), 'target.yaml');
      writeFileSync(path, EDGE_MARKET);
      await setTarget(context, path);
      const item = await addContent(context, { url: 'https://example.com/pay-by-bank', title: 'Pay by bank: payments in 12 markets', kind: 'created', on: '2026-11-20', topics: ['Open banking'] });
      assert.deepEqual([item.kind, item.topics, item.focus], ['created', ['open banking', 'payments'], ['payments']]);
      await addContent(context, { url: 'https://example.com/engineering-ladders', title: 'Engineering ladders that work', kind: 'shared', on: '2026-11-22' });
      const before = await listContent(context);
      await assert.rejects(addContent(context, { url: 'example.com/x', title: 'T', kind: 'created' }), fails('INVALID_INPUT', /https:\/\//));
      await assert.rejects(addContent(context, { url: 'https://example.com/x', title: 'T', kind: 'liked' }), fails('INVALID_INPUT', /--kind must be created .* or shared/));
      await assert.rejects(addContent(context, { url: 'https://example.com/x', title: '  ', kind: 'created' }), fails('INVALID_INPUT', /--title/));
      await assert.rejects(addContent(context, { url: 'https://example.com/x', title: 'T', kind: 'created', on: '2026-13-01' }), fails('INVALID_INPUT', /YYYY-MM-DD/));
      await assert.rejects(addContent(context, { url: 'https://example.com/pay-by-bank', title: 'Again', kind: 'shared' }), fails('CONFLICT', /already in your content ledger/));
      assert.deepEqual(await listContent(context), before);
      assert.deepEqual(before.map((entry) => entry.publishedOn), ['2026-11-22', '2026-11-20'], 'newest first');
    });

    it('scores go-to presence against the goals in settings', async () => {
      const { score, focusTopics } = await contentPicture(context);
      assert.deepEqual(focusTopics, ['payments', 'engineering']);
      assert.deepEqual([score.items, score.created, score.shared, score.onFocus], [2, 1, 1, 2]);
      const mix = score.parts.find((part) => part.name === 'mix')!;
      assert.equal(mix.points, 3.3, 'one shared per created against the default goal of 2: half of 20, weighed 2/6 (two items of the six a share counts in full from)');
      assert.ok(score.score > 0 && score.score < 100);
    });

    it('suggests in-market contacts a piece is relevant to, with reasons; needs count most', async () => {
      const omar = (await context.store.workspace.contacts.list()).find((contact) => contact.firstName === 'Omar')!.id;
      await context.store.workspace.needs.insert({ id: 'n1', contactId: omar, text: 'hiring engineering managers for the ladders project', topic: '', deadline: '', status: 'open', closeNote: '', createdAt: '2026-11-01T00:00:00Z', closedAt: '' });
      const result = await suggestForContent(context, { url: 'https://example.com/engineering-ladders' });
      assert.equal(result.piece.inLedger, true);
      assert.equal(result.suggestions[0].name, 'Omar Farouk');
      assert.match(result.suggestions[0].reasons[0], /needs "hiring engineering managers/);
      const byTopic = await suggestForContent(context, { topic: 'engineering', limit: 2 });
      assert.equal(byTopic.suggestions.length, 2);
      const unknown = await suggestForContent(context, { url: 'https://example.com/blog/payments-engineering-at-scale' });
      assert.equal(unknown.piece.inLedger, false);
      assert.ok(unknown.piece.topics.includes('engineering'));
      await assert.rejects(suggestForContent(context, {}), fails('INVALID_INPUT', /URL.*--topic/));
      await assert.rejects(suggestForContent(context, { topic: 'x', limit: 0 }), fails('INVALID_INPUT', /--limit/));
    });

    it("dates an item by the user's day: east of UTC, their today is not the future", async () => {
      const sydney: AppContext = { ...context, now: () => new Date('2026-11-25T22:00:00.000Z'), today: () => '2026-11-26' };
      assert.equal((await addContent(sydney, { url: 'https://example.com/written-this-morning', title: 'Written this morning', kind: 'created' })).publishedOn, '2026-11-26');
      assert.equal((await addContent(sydney, { url: 'https://example.com/shared-today', title: 'Shared today', kind: 'shared', on: '2026-11-26' })).publishedOn, '2026-11-26');
      await assert.rejects(addContent(sydney, { url: 'https://example.com/tomorrow', title: 'T', kind: 'created', on: '2026-11-27' }), fails('INVALID_INPUT', /in the future/));
    });
  });
}
