// The pooled-view read on SQLite and PostgreSQL: a workspace owner's first-degree network, read only as far as the
// level allows (no key at counts only, no name below full contacts), one person once, and a teammate's contacts
// left out. Also run under the statement log (statement-log.test.ts): every statement names its workspace.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Contact } from '../../core/contacts/contact.ts';
import { nameKey } from '../../core/contacts/identity.ts';
import { emptySignals } from '../../core/ties/tie-signals.ts';
import { TEST_STORES, sequentialIds, uniqueWorkspace } from '../../../test/support/test-stores.ts';
import { openStore, type Store } from '../open-store.ts';
import { countSharedTitlesAt, readPooledPeople, readSharedNetwork, readSharedNetworks, sharedPersonKey } from './pooled-view-repo.ts';

const NOW = '2026-11-25T12:00:00.000Z';

function contact(id: string, first: string, last: string, company: string, title: string, slug: string): Contact {
  return {
    id, firstName: first, lastName: last, linkedinUrl: slug ? `https://www.linkedin.com/in/${slug}` : '', linkedinSlug: slug, emails: [], phones: [], phoneKeys: [],
    company, companyKey: company.toLowerCase(), title, location: '', industry: '', connectedOn: '2024-06-05', notes: '', tags: [], rating: null, lockedFields: [], source: 'test', firstSeen: NOW, updatedAt: NOW,
  };
}

for (const kind of TEST_STORES) {
  describe(`pooled view read: ${kind.name}`, { skip: kind.skip || undefined }, () => {
    let store: Store;
    before(async () => {
      store = await openStore({ location: kind.location(), workspaceId: uniqueWorkspace() }, NOW);
      const ids = sequentialIds('m');
      const me = await store.workspace.members.ensure('me', NOW, ids);
      const teammate = await store.workspace.members.ensure('Teammate', NOW, ids);
      await store.workspace.contacts.insert([
        contact('c1', 'Zelda', 'Secretname', 'Contoso', 'Director', 'zelda-s'),
        contact('c2', 'Yusuf', 'Noslug', 'Contoso', 'Engineer', ''),
        contact('c3', 'Only', 'Teammates', 'Globex', 'Engineer', 'only-t'),
      ]);
      const tie = (from: string, contactId: string, tieKind: 'connected' | 'knows') => ({ fromType: 'member' as const, fromId: from, contactId, kind: tieKind, connectedOn: '', signals: emptySignals(), source: 'test', updatedAt: NOW });
      await store.workspace.ties.upsert([tie(me.id, 'c1', 'connected'), tie(me.id, 'c1', 'knows'), tie(me.id, 'c2', 'connected'), tie(teammate.id, 'c3', 'connected')]);
    });
    after(async () => {
      await store.workspace.rows.clear();
      await store.close();
    });

    it('reads only what each level reveals', async () => {
      const read = (level: 'nothing' | 'aggregates' | 'companies' | 'contacts') => readSharedNetwork(store.db, store.dialect, store.workspaceId, level);
      assert.deepEqual(await read('nothing'), { market: null, people: [] });
      const counts = await read('aggregates');
      assert.deepEqual(counts.people.map((p) => [p.company, p.title, p.key, p.named]), [['Contoso', 'Director', '', null], ['Contoso', 'Engineer', '', null]]);
      const companies = await read('companies');
      assert.deepEqual(companies.people.map((p) => [p.title, p.key, p.named]), [['Director', sharedPersonKey('zelda-s', '', ''), null], ['Engineer', sharedPersonKey('', nameKey('Yusuf', 'Noslug'), 'contoso'), null]]);
      assert.ok(!JSON.stringify(companies).includes('Secretname') && !JSON.stringify(companies).includes('zelda-s'));
      const full = await read('contacts');
      assert.deepEqual(full.people.map((p) => p.named?.lastName), ['Secretname', 'Noslug']);
    });

    it('reads many networks at once exactly as one at a time, each at its own level, in the order asked', async () => {
      const levels = ['companies', 'nothing', 'contacts', 'aggregates'] as const;
      const many = await readSharedNetworks(store.db, store.dialect, levels.map((level) => ({ workspaceId: store.workspaceId, level })));
      const byKey = (people: { key: string; title: string }[]) => people.map((p) => JSON.stringify(p)).sort();
      for (const [index, level] of levels.entries()) {
        const one = await readSharedNetwork(store.db, store.dialect, store.workspaceId, level);
        assert.deepEqual(byKey(many[index].people), byKey(one.people), level);
        assert.deepEqual(many[index].market, one.market);
      }
      assert.ok(!JSON.stringify(many[0]).includes('Secretname') && !JSON.stringify(many[0]).includes('zelda-s'));
      assert.deepEqual(await readSharedNetworks(store.db, store.dialect, []), []);
    });

    it('reads the pooled graph\'s people with the same keys, anonymous unless names are asked for where the level reveals them', async () => {
      const reads = [
        { workspaceId: store.workspaceId, level: 'contacts' as const, names: true },
        { workspaceId: store.workspaceId, level: 'aggregates' as const, names: true },
        { workspaceId: store.workspaceId, level: 'companies' as const, names: true },
        { workspaceId: store.workspaceId, level: 'contacts' as const },
      ];
      const [mine, countsOnly, companies, contacts] = await readPooledPeople(store.db, store.dialect, reads);
      const zelda = sharedPersonKey('zelda-s', '', '');
      const yusuf = sharedPersonKey('', nameKey('Yusuf', 'Noslug'), 'contoso');
      const rows = (people: typeof mine) => people.map((row) => [row.key, row.company, row.companyKey, row.title, row.firstName, row.lastName]).sort();
      assert.deepEqual(rows(mine), [[zelda, 'Contoso', 'contoso', 'Director', 'Zelda', 'Secretname'], [yusuf, 'Contoso', 'contoso', 'Engineer', 'Yusuf', 'Noslug']].sort());
      assert.deepEqual(countsOnly, [], 'counts only reach nobody person by person');
      for (const people of [companies, contacts]) assert.deepEqual(rows(people), [[zelda, 'Contoso', 'contoso', 'Director', null, null], [yusuf, 'Contoso', 'contoso', 'Engineer', null, null]].sort());
      assert.ok(!JSON.stringify([companies, contacts]).includes('Secretname') && !JSON.stringify([companies, contacts]).includes('zelda-s'));
      assert.deepEqual(await readPooledPeople(store.db, store.dialect, []), []);
    });

    it('keys people as sharedPersonKey does, whatever their identity holds and after it changes (stored on PostgreSQL, migration 014)', async () => {
      const other = await openStore({ location: kind.location(), workspaceId: uniqueWorkspace() }, NOW);
      try {
        const me = await other.workspace.members.ensure('me', NOW, sequentialIds('k'));
        const odd = contact('k1', 'Zoë', 'Back\\slash', 'Société Générale', 'Director', 'zoë-\\x27-日本');
        const named = contact('k2', 'Ana', 'O\'Brien \\n', 'Contoso', 'Engineer', '');
        await other.workspace.contacts.insert([odd, named]);
        await other.workspace.ties.upsert(['k1', 'k2'].map((contactId) => ({ fromType: 'member' as const, fromId: me.id, contactId, kind: 'connected' as const, connectedOn: '', signals: emptySignals(), source: 'test', updatedAt: NOW })));
        const keys = async () => (await readPooledPeople(other.db, other.dialect, [{ workspaceId: other.workspaceId, level: 'companies' }]))[0].map((row) => row.key).sort();
        const expected = (people: Contact[]) => people.map((p) => sharedPersonKey(p.linkedinSlug, nameKey(p.firstName, p.lastName), p.companyKey)).sort();
        assert.deepEqual(await keys(), expected([odd, named]));
        // A new employer is a new identity for a person known by name alone; a new profile, for anyone.
        const moved = { ...named, company: 'Globex', companyKey: 'globex' };
        const profiled = { ...odd, linkedinSlug: 'zoe-s', linkedinUrl: 'https://www.linkedin.com/in/zoe-s' };
        await other.workspace.contacts.update([moved, profiled]);
        assert.deepEqual(await keys(), expected([profiled, moved]));
      } finally {
        await other.workspace.rows.clear();
        await other.close();
      }
    });

    it('counts people at the companies asked for by title, never below companies, never a teammate\'s contact', async () => {
      const levels = ['companies', 'aggregates', 'contacts', 'nothing'] as const;
      const counts = await countSharedTitlesAt(store.db, store.dialect, levels.map((level) => ({ workspaceId: store.workspaceId, level })), ['contoso', 'globex']);
      const sorted = (rows: { companyKey: string; title: string; people: number }[]) => rows.map((row) => `${row.companyKey}/${row.title}/${row.people}`).sort();
      assert.deepEqual(sorted(counts[0]), ['contoso/Director/1', 'contoso/Engineer/1']);
      assert.deepEqual(counts[1], []);
      assert.deepEqual(sorted(counts[2]), ['contoso/Director/1', 'contoso/Engineer/1']);
      assert.deepEqual(counts[3], []);
      assert.deepEqual(await countSharedTitlesAt(store.db, store.dialect, [{ workspaceId: store.workspaceId, level: 'contacts' }], ['globex']), [[]]);
    });

    // Last: it gives the workspace a market. The coach's page counts only who is in market: no market, no people read.
    it('reads no people for a reader counting in market until the member has a market', async () => {
      const counting = () => readSharedNetwork(store.db, store.dialect, store.workspaceId, 'companies', { peopleOnlyWithMarket: true });
      assert.deepEqual(await counting(), { market: null, people: [] });
      await store.workspace.markets.save({ name: 'Goal', definition: 'companies: [Contoso]' }, NOW, sequentialIds('t'));
      const withMarket = await counting();
      assert.deepEqual([withMarket.market?.name, withMarket.people.map((p) => p.title)], ['Goal', ['Director', 'Engineer']]);
    });
  });
}
