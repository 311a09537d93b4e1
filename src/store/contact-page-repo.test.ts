// The contact page's one read answers exactly what the repositories' own reads answer (same rows, same order, same
// mapping), on both databases, and sees nothing of another workspace.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Contact } from '../core/contacts/contact.ts';
import { emptySignals } from '../core/ties/tie-signals.ts';
import { TEST_STORES, uniqueWorkspace } from '../../test/support/test-stores.ts';
import { openStore, type Store } from './open-store.ts';
import type { ContactPageRows } from './contact-page-repo.ts';
import type { Workspace } from './workspace-store.ts';

const NOW = '2026-11-25T12:00:00.000Z';

function contact(id: string, firstName: string, overrides: Partial<Contact> = {}): Contact {
  return {
    id, firstName, lastName: 'Ñúñez "🚀"', linkedinUrl: `https://www.linkedin.com/in/${id}`, linkedinSlug: id, emails: [`${id}@example.com`], phones: [], phoneKeys: [],
    company: 'Contoso', companyKey: 'contoso', title: 'Auditor', location: 'Lyon', industry: '', connectedOn: '2020-01-02', notes: 'line one\nline two',
    tags: ['mentor'], rating: 3, lockedFields: ['title'], source: 'linkedin', firstSeen: NOW, updatedAt: NOW, ...overrides,
  };
}

/** The page as the repositories answer each read on their own. */
async function separately(ws: Workspace, id: string, settingNames: string[]): Promise<ContactPageRows> {
  const introductions = await ws.introductions.list({ contactId: id });
  const referralEvents = await ws.referralEvents.list({ contactId: id });
  const parties = await ws.contacts.getMany([...new Set(introductions.flatMap((intro) => [intro.seekerId, intro.helperId]))]);
  const needs = await Promise.all([...new Set(introductions.map((intro) => intro.needId).filter(Boolean))].map((needId) => ws.needs.get(needId)));
  const settings = await Promise.all(settingNames.map(async (name) => [name, await ws.settings.read(name)] as const));
  return {
    contact: (await ws.contacts.get(id))!,
    ties: await ws.ties.list({ contactId: id }),
    events: await ws.history.events(id),
    members: await ws.members.list(),
    interactions: await ws.interactions.ofContact(id),
    needs: await ws.needs.list({ contactId: id }),
    offers: await ws.offers.list({ contactId: id }),
    referralEvents,
    referralNames: await ws.referralEvents.contactNames(referralEvents.flatMap((event) => [event.contact_id, event.other_contact_id])),
    introductions,
    introContacts: new Map(parties.map((party) => [party.id, party])),
    introNeeds: new Map(needs.flatMap((need) => (need ? [[need.id, need] as const] : []))),
    markets: await ws.markets.list(),
    settings: new Map(settings.flatMap(([name, value]) => (value === undefined ? [] : [[name, value] as const]))),
  };
}

/** Maps compared as sorted entries: their order is no part of the answer. */
function comparable(page: ContactPageRows | null) {
  if (!page) return page;
  const sorted = <K, V>(map: Map<K, V>) => [...map].sort(([a], [b]) => String(a).localeCompare(String(b)));
  // Ties come in no set order from either read.
  const ties = [...page.ties].sort((a, b) => `${a.fromType}${a.fromId}${a.kind}`.localeCompare(`${b.fromType}${b.fromId}${b.kind}`));
  return { ...page, ties, referralNames: sorted(page.referralNames), introContacts: sorted(page.introContacts), introNeeds: sorted(page.introNeeds), settings: sorted(page.settings) };
}

for (const kind of TEST_STORES) {
  describe(`contact page read: ${kind.name}`, { skip: kind.skip || undefined }, () => {
    let store: Store;
    let ws: Workspace;
    before(async () => {
      store = await openStore({ location: kind.location(), workspaceId: uniqueWorkspace() }, NOW);
      ws = store.workspace;
      await ws.contacts.insert([contact('c-page', 'Ana'), contact('c-other', 'Bo', { rating: null, tags: [] }), contact('c-helper', 'Cy')]);
      const me = await ws.members.ensure('me', NOW, () => 'm-me');
      const mate = await ws.members.ensure('Sam', '2026-11-26T00:00:00.000Z', () => 'm-sam');
      const tie = { contactId: 'c-page', connectedOn: '2020-01-02', source: 'linkedin', updatedAt: NOW };
      await ws.ties.upsert([
        { ...tie, fromType: 'member', fromId: me.id, kind: 'connected', signals: { ...emptySignals(), messageCount: 4, endorsedByMe: ['SOX'] } },
        { ...tie, fromType: 'member', fromId: mate.id, kind: 'connected', signals: emptySignals() },
        { ...tie, fromType: 'contact', fromId: 'c-other', kind: 'manual', signals: emptySignals() },
        { ...tie, contactId: 'c-other', fromType: 'member', fromId: me.id, kind: 'connected', signals: emptySignals() },
      ]);
      const job = { company: 'Contoso', title: 'Auditor' } as never;
      await ws.history.insertEvents([
        { id: 'ev-2', contactId: 'c-page', kind: 'title-change' as never, before: job, after: { company: 'Contoso', title: 'Lead Auditor' } as never, observedAt: '2026-03-01T00:00:00.000Z', importId: 'i1' },
        { id: 'ev-1', contactId: 'c-page', kind: 'job-change' as never, before: { company: 'Fabrikam', title: 'Auditor' } as never, after: job, observedAt: '2025-03-01T00:00:00.000Z', importId: 'i1' },
        { id: 'ev-3', contactId: 'c-other', kind: 'job-change' as never, before: job, after: job, observedAt: '2025-03-01T00:00:00.000Z', importId: 'i1' },
      ]);
      for (const [n, at] of [['a', '2026-01-01T10:00:00.000Z'], ['b', '2026-02-01T10:00:00.000Z'], ['c', '2026-02-01T10:00:00.000Z']]) {
        await ws.interactions.insert({ interaction_id: `x-${n}`, contact_id: 'c-page', kind: 'call', minutes: 15, note: `call ${n}`, occurred_at: at, source: 'logged', plan_item_id: '' });
      }
      await ws.interactions.insert({ interaction_id: 'x-other', contact_id: 'c-other', kind: 'call', minutes: 5, note: '', occurred_at: NOW, source: 'logged', plan_item_id: '' });
      const need = { topic: 'audit', deadline: '', closeNote: '', closedAt: '' };
      await ws.needs.insert({ ...need, id: 'n-2', contactId: 'c-page', text: 'a SOC 2 auditor', status: 'open', createdAt: '2026-02-01T00:00:00.000Z' });
      await ws.needs.insert({ ...need, id: 'n-1', contactId: 'c-page', text: 'a lawyer', status: 'closed', closeNote: 'found one', createdAt: '2026-01-01T00:00:00.000Z', closedAt: '2026-01-05T00:00:00.000Z' });
      await ws.needs.insert({ ...need, id: 'n-other', contactId: 'c-other', text: 'a designer', status: 'open', createdAt: '2026-01-01T00:00:00.000Z' });
      await ws.offers.insert({ id: 'o-1', contactId: 'c-page', text: 'SOX reviews', status: 'open', createdAt: NOW, closedAt: '' });
      const event = { kind: 'intro', intro_id: '', company: 'Contoso', outcome: '', note: '', recorded_at: NOW };
      await ws.referralEvents.insert({ ...event, event_id: 'r-2', direction: 'given', contact_id: 'c-other', other_contact_id: 'c-page', occurred_on: '2026-02-01', dedupe_key: 'k2' });
      await ws.referralEvents.insert({ ...event, event_id: 'r-1', direction: 'received', contact_id: 'c-page', other_contact_id: 'c-removed', occurred_on: '2026-01-01', dedupe_key: 'k1' });
      await ws.referralEvents.insert({ ...event, event_id: 'r-3', direction: 'given', contact_id: 'c-other', other_contact_id: '', occurred_on: '2026-01-01', dedupe_key: 'k3' });
      const intro = { state: 'suggested' as const, history: [{ state: 'suggested' as const, at: NOW, note: 'warm' }], outcome: '' as const, createdAt: NOW, updatedAt: NOW };
      await ws.introductions.insert({ ...intro, id: 'in-1', needId: 'n-2', seekerId: 'c-page', helperId: 'c-helper' });
      await ws.introductions.insert({ ...intro, id: 'in-2', needId: 'n-gone', seekerId: 'c-removed', helperId: 'c-page', createdAt: '2026-01-01T00:00:00.000Z' });
      await ws.introductions.insert({ ...intro, id: 'in-3', needId: 'n-other', seekerId: 'c-other', helperId: 'c-helper' });
      await ws.markets.save({ name: 'Zeta', definition: 'name: Zeta' }, NOW, () => 'mk-z');
      await ws.markets.save({ name: 'Alpha', definition: 'name: Alpha' }, NOW, () => 'mk-a');
      await ws.settings.write('settings-file', 'planner: {}\n', NOW);
      await ws.settings.write('elsewhere', 'not asked for', NOW);
    });
    after(async () => {
      await ws.rows.clear();
      await store.close();
    });

    it("answers what the repositories answer, each in its own order, for a contact with every kind of row", async () => {
      const page = await ws.contactPage.read('c-page', ['settings-file', 'never-written']);
      assert.deepEqual(comparable(page), comparable(await separately(ws, 'c-page', ['settings-file', 'never-written'])));
      // What the comparison rests on: the page is not empty, and what was left out is left out.
      assert.deepEqual(page!.interactions.map((row) => row.interaction_id), ['x-b', 'x-c', 'x-a']);
      assert.deepEqual([page!.needs.map((need) => need.id), page!.referralEvents.map((row) => row.event_id), page!.introductions.map((intro) => intro.id)], [['n-1', 'n-2'], ['r-1', 'r-2'], ['in-2', 'in-1']]);
      assert.deepEqual([[...page!.introContacts.keys()].sort(), [...page!.introNeeds.keys()], [...page!.referralNames.keys()].sort()], [['c-helper', 'c-page'], ['n-2'], ['c-other', 'c-page']]);
      assert.deepEqual([page!.ties.length, page!.events.map((event) => event.id), page!.markets.map((market) => market.name), [...page!.settings.keys()]], [3, ['ev-1', 'ev-2'], ['Alpha', 'Zeta'], ['settings-file']]);
    });

    it('answers a contact with nothing recorded as the repositories do', async () => {
      const page = await ws.contactPage.read('c-helper', []);
      assert.deepEqual(comparable(page), comparable(await separately(ws, 'c-helper', [])));
    });

    it('is null for an id nobody has, and for a contact of another workspace', async () => {
      assert.equal(await ws.contactPage.read('c-nobody', ['settings-file']), null);
      const other = await openStore({ location: store.dialect.name === 'postgres' ? kind.location() : store.dialect.location, workspaceId: uniqueWorkspace() }, NOW);
      try {
        assert.equal(await other.workspace.contactPage.read('c-page', ['settings-file']), null);
      } finally {
        await other.close();
      }
    });
  });
}
