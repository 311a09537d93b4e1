// A page's shared reads: each made once, every caller given its own copy, narrower tie filters answered from the
// contact's ties, and anything about another contact read as usual.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Tie } from '../core/ties/tie.ts';
import type { AppContext } from './app-context.ts';
import { pageReads } from './page-reads.ts';

const tie = (fromType: string, fromId: string, contactId: string) => ({ fromType, fromId, contactId, kind: 'connected' }) as unknown as Tie;

/** A workspace that counts its reads. */
function counting() {
  const calls: string[] = [];
  const ties = [tie('member', 'me', 'c1'), tie('member', 'mate', 'c1'), tie('contact', 'c9', 'c1')];
  const workspace = {
    members: { list: async () => (calls.push('members'), [{ id: 'me', isMe: true }]) },
    history: { events: async (id?: string) => (calls.push(`events ${id}`), [{ observedAt: '2026-01-01' }]) },
    ties: { list: async (filter: { fromType?: string; fromId?: string; contactId?: string } = {}) => (calls.push(`ties ${JSON.stringify(filter)}`), ties.filter((t) => !filter.contactId || t.contactId === filter.contactId)) },
    settings: { read: async (name: string) => (calls.push(`setting ${name}`), '1') },
  };
  const context = { store: { workspace } } as unknown as AppContext;
  return { calls, context };
}

describe('pageReads', () => {
  it('reads members, a setting, the contact\'s ties and job changes once, and gives each caller a copy', async () => {
    const { calls, context } = counting();
    const page = pageReads(context, 'c1').store.workspace;
    const [first, second] = await Promise.all([page.members.list(), page.members.list()]);
    assert.notEqual(first, second);
    assert.deepEqual(first, second);
    first.length = 0;
    assert.equal((await page.members.list()).length, 1);
    await Promise.all([page.settings.read('planner'), page.settings.read('planner'), page.history.events('c1'), page.history.events('c1')]);
    const all = await page.ties.list({ contactId: 'c1' });
    const mine = await page.ties.list({ fromType: 'member', fromId: 'me', contactId: 'c1' });
    const members = await page.ties.list({ fromType: 'member', contactId: 'c1' });
    assert.deepEqual([all.length, mine.map((t) => t.fromId), members.map((t) => t.fromId)], [3, ['me'], ['me', 'mate']]);
    assert.deepEqual(calls.sort(), ['events c1', 'members', 'setting planner', 'ties {"contactId":"c1"}']);
  });

  it('reads about anyone else as usual', async () => {
    const { calls, context } = counting();
    const page = pageReads(context, 'c1').store.workspace;
    await page.history.events('c2');
    await page.ties.list({ fromType: 'member', fromId: 'me' });
    assert.deepEqual(calls, ['events c2', 'ties {"fromType":"member","fromId":"me"}']);
  });
});
