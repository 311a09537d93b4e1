// A page's reads: the contact's page read once, every caller given its own copy, narrower filters answered from the
// page's rows, and anything about another contact read from the store as usual.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Contact } from '../core/contacts/contact.ts';
import type { Tie } from '../core/ties/tie.ts';
import type { ContactPageRows } from '../store/contact-page-repo.ts';
import type { AppContext } from './app-context.ts';
import { pageReads, readContactPage } from './page-reads.ts';

const tie = (fromType: string, fromId: string, contactId: string) => ({ fromType, fromId, contactId, kind: 'connected' }) as unknown as Tie;
const person = (id: string) => ({ id, firstName: id, lastName: '', tags: [] }) as unknown as Contact;

function pageOf(contact: Contact): ContactPageRows {
  return {
    contact,
    ties: [tie('member', 'me', contact.id), tie('member', 'mate', contact.id), tie('contact', 'c9', contact.id)],
    events: [],
    members: [{ id: 'me', name: 'Me', isMe: true, linkedinSlug: '', contactId: null, profile: {} as never, createdAt: '' }],
    interactions: [],
    needs: [
      { id: 'n1', contactId: contact.id, text: 'a', topic: '', deadline: '', status: 'open', closeNote: '', createdAt: '1', closedAt: '' },
      { id: 'n2', contactId: contact.id, text: 'b', topic: '', deadline: '', status: 'closed', closeNote: '', createdAt: '2', closedAt: '3' },
    ],
    offers: [],
    referralEvents: [{ event_id: 'e1', contact_id: contact.id, other_contact_id: 'gone' } as never],
    referralNames: new Map([[contact.id, { name: contact.id, company: '' }]]),
    introductions: [{ id: 'i1', needId: 'n9', seekerId: contact.id, helperId: 'h1' } as never],
    introContacts: new Map([['h1', person('h1')]]),
    introNeeds: new Map(),
    markets: [],
    settings: new Map([['settings-file', 'text']]),
  };
}

/** A workspace that counts its reads: c1 is a contact, and so is h1 (also on c1's page). */
function counting() {
  const calls: string[] = [];
  const log = (call: string) => calls.push(call);
  const workspace = {
    contactPage: { read: async (id: string) => (log(`page ${id}`), id === 'c1' ? pageOf(person('c1')) : null) },
    contacts: { get: async (id: string) => (log(`contact ${id}`), id === 'c1' ? person('c1') : null), getMany: async () => [], nameEntries: async () => [] },
    members: { list: async () => (log('members'), []) },
    history: { events: async (id?: string) => (log(`events ${id}`), []) },
    ties: { list: async (filter: object = {}) => (log(`ties ${JSON.stringify(filter)}`), []) },
    needs: { list: async (filter: object = {}) => (log(`needs ${JSON.stringify(filter)}`), []), get: async (id: string) => (log(`need ${id}`), null) },
    offers: { list: async () => (log('offers'), []) },
    referralEvents: { list: async () => (log('ledger'), []), contactNames: async (ids: string[]) => (log(`names ${ids}`), new Map()) },
    introductions: { list: async () => (log('intros'), []) },
    interactions: { ofContact: async (id: string) => (log(`interactions ${id}`), []) },
    markets: { list: async () => (log('markets'), []) },
    settings: { read: async (name: string) => (log(`setting ${name}`), undefined) },
    changeToken: async () => 'token',
  };
  const context = { store: { workspace } } as unknown as AppContext;
  return { calls, context };
}

describe('pageReads', () => {
  it("answers the page's reads from its rows, narrower filters too, with a copy for each caller", async () => {
    const { calls, context } = counting();
    const page = pageReads(context, pageOf(person('c1'))).store.workspace;
    const [first, second] = await Promise.all([page.members.list(), page.members.list()]);
    assert.notEqual(first, second);
    first.length = 0;
    assert.equal((await page.members.list()).length, 1);
    const mine = await page.ties.list({ fromType: 'member', fromId: 'me', contactId: 'c1' });
    const members = await page.ties.list({ fromType: 'member', contactId: 'c1' });
    assert.deepEqual([mine.map((t) => t.fromId), members.map((t) => t.fromId)], [['me'], ['me', 'mate']]);
    assert.deepEqual((await page.needs.list({ contactId: 'c1', status: 'closed' })).map((need) => need.id), ['n2']);
    assert.deepEqual((await page.needs.list({ contactId: 'c1', status: undefined })).map((need) => need.id), ['n1', 'n2']);
    // The people and needs of the page's introductions were read with it: one that no longer exists is null.
    assert.deepEqual([(await page.contacts.get('h1'))?.id, await page.needs.get('n9'), (await page.needs.get('n1'))?.text], ['h1', null, 'a']);
    assert.deepEqual([...(await page.referralEvents.contactNames(['c1', 'gone', '']))], [['c1', { name: 'c1', company: '' }]]);
    assert.equal(await page.settings.read('settings-file'), 'text');
    assert.deepEqual(calls, []);
  });

  it('reads about anyone else, or anything wider, from the store', async () => {
    const { calls, context } = counting();
    const page = pageReads(context, pageOf(person('c1'))).store.workspace;
    await page.history.events('c2');
    await page.ties.list({ fromType: 'member', fromId: 'me' });
    await page.needs.list({ status: 'open' });
    await page.contacts.get('c2');
    await page.referralEvents.contactNames(['c2']);
    assert.deepEqual(calls, ['events c2', 'ties {"fromType":"member","fromId":"me"}', 'needs {"status":"open"}', 'contact c2', 'names c2']);
  });
});

describe('readContactPage', () => {
  it('reads the page of an id in one read', async () => {
    const { calls, context } = counting();
    const { contact } = await readContactPage(context, ' c1 ');
    assert.equal(contact.id, 'c1');
    assert.deepEqual(calls, ['page c1']);
  });

  it('resolves anything else first, and refuses what matches nobody', async () => {
    const { calls, context } = counting();
    await assert.rejects(readContactPage(context, 'Nobody Here'), (error: Error & { code?: string }) => error.code === 'NOT_FOUND');
    assert.deepEqual(calls.slice(0, 2), ['page Nobody Here', 'contact Nobody Here']);
  });
});
