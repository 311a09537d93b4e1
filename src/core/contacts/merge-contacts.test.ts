// mergeContacts: first import adds, re-import changes nothing, newer exports update and record job changes, dedupe holds.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { emptyContactInput, type Contact, type ContactInput } from './contact.ts';
import { mergeContacts, type MergeOptions, type MergePlan } from './merge-contacts.ts';
import { emptySignals, type SignalInput, type TieSignals } from '../ties/tie-signals.ts';
import { tieKey, type Tie } from '../ties/tie.ts';

const NOW = '2026-01-15T10:00:00.000Z';
const LATER = '2026-03-01T10:00:00.000Z';

function optionsFor(overrides: Partial<MergeOptions> = {}): MergeOptions {
  let counter = 0;
  return {
    now: NOW,
    newId: () => `id-${++counter}`,
    source: 'linkedin',
    memberId: 'member-1',
    importId: 'import-1',
    fileName: 'Connections.csv',
    signalFields: [],
    ...overrides,
  };
}

function person(line: number, fields: Partial<ContactInput>): ContactInput {
  return { ...emptyContactInput(line), tie: 'connected', ...fields };
}

const url = (slug: string) => `https://www.linkedin.com/in/${slug}`;

/** A small Connections.csv as records: three people at two companies. */
function firstExport(): ContactInput[] {
  return [
    person(5, { firstName: 'Avery', lastName: 'Quill', linkedinUrl: url('avery-quill'), company: 'Northwind Traders, Inc.', title: 'Senior Product Manager', connectedOn: '2024-06-05' }),
    person(6, { firstName: 'Bo', lastName: 'Lo', linkedinUrl: url('bo-lo'), emails: ['bo.lo@example.com'], company: 'Northwind Traders', title: 'VP, Engineering', connectedOn: '2023-03-12' }),
    person(7, { firstName: 'Dana', lastName: 'Reyes, PhD', linkedinUrl: url('dana-reyes'), company: 'Contoso Ltd.', title: 'Head of Talent Acquisition', connectedOn: '2021-02-28' }),
  ];
}

/** The store after applying plans, as the app would keep it. */
class Store {
  contacts = new Map<string, Contact>();
  ties = new Map<string, Tie>();
  /** One id sequence per store, so a second import never reuses an id. */
  private nextId = 0;
  apply(plan: MergePlan): this {
    for (const contact of [...plan.inserts, ...plan.updates]) this.contacts.set(contact.id, contact);
    for (const tie of plan.ties) this.ties.set(tieKey(tie), tie);
    return this;
  }
  merge(incoming: ContactInput[], options: MergeOptions, signals: SignalInput[] = []): MergePlan {
    const newId = () => `id-${++this.nextId}`;
    const plan = mergeContacts({ existing: [...this.contacts.values()], existingTies: [...this.ties.values()], incoming, signals }, { ...options, newId });
    this.apply(plan);
    return plan;
  }
  bySlug(slug: string): Contact {
    const found = [...this.contacts.values()].filter((contact) => contact.linkedinSlug === slug);
    assert.equal(found.length, 1, `expected one contact with slug ${slug}, found ${found.length}`);
    return found[0];
  }
  tieOf(contactId: string, kind: Tie['kind'] = 'connected'): Tie {
    const tie = this.ties.get(tieKey({ fromType: 'member', fromId: 'member-1', contactId, kind }));
    assert.ok(tie, `no ${kind} tie for ${contactId}`);
    return tie;
  }
}

function assertNothingToDo(plan: MergePlan) {
  assert.deepEqual(plan.inserts, []);
  assert.deepEqual(plan.updates, []);
  assert.deepEqual(plan.ties, []);
  assert.deepEqual(plan.events, []);
  assert.equal(plan.counts.added, 0);
  assert.equal(plan.counts.updated, 0);
}

describe('mergeContacts: first import', () => {
  it('adds everyone and ties each to the member as a connection', () => {
    const plan = mergeContacts({ existing: [], existingTies: [], incoming: firstExport(), signals: [] }, optionsFor());
    assert.deepEqual(plan.counts, { added: 3, updated: 0, unchanged: 0, skipped: 0 });
    assert.equal(plan.inserts.length, 3);
    assert.deepEqual(plan.updates, []);
    assert.deepEqual(plan.events, []);
    assert.deepEqual(plan.issues, []);
    assert.equal(plan.ties.length, 3);
    for (const tie of plan.ties) {
      assert.equal(tie.kind, 'connected');
      assert.equal(tie.fromType, 'member');
      assert.equal(tie.fromId, 'member-1');
      assert.ok(plan.inserts.some((contact) => contact.id === tie.contactId));
    }
    const avery = plan.inserts.find((contact) => contact.firstName === 'Avery');
    assert.ok(avery);
    assert.equal(avery.linkedinSlug, 'avery-quill');
    assert.equal(avery.companyKey, 'northwind traders');
    assert.equal(avery.firstSeen, NOW);
    assert.equal(avery.source, 'linkedin');
    assert.equal(plan.ties.find((tie) => tie.contactId === avery.id)?.connectedOn, '2024-06-05');
  });

  it('uses the injected id function, so ids are deterministic', () => {
    const plan = mergeContacts({ existing: [], existingTies: [], incoming: firstExport(), signals: [] }, optionsFor());
    assert.deepEqual(plan.inserts.map((contact) => contact.id), ['id-1', 'id-2', 'id-3']);
  });
});

describe('mergeContacts: re-import', () => {
  it('changes nothing when the same file is imported again', () => {
    const first = mergeContacts({ existing: [], existingTies: [], incoming: firstExport(), signals: [] }, optionsFor());
    const again = mergeContacts({ existing: first.inserts, existingTies: first.ties, incoming: firstExport(), signals: [] }, optionsFor({ now: LATER }));
    assertNothingToDo(again);
    assert.deepEqual(again.counts, { added: 0, updated: 0, unchanged: 3, skipped: 0 });
    assert.deepEqual(again.issues, []);
  });

  it('does not duplicate a connection with only a name on re-import (old export, no URL, no company)', () => {
    const rows = [person(5, { firstName: 'Priya', lastName: 'Nair', title: 'Open to work' })];
    const store = new Store();
    store.merge(rows, optionsFor());
    const again = store.merge(rows, optionsFor({ now: LATER }));
    assert.equal(again.counts.added, 0);
    assert.equal(store.contacts.size, 1);
  });

  it('plans no writes when a file with a duplicate row is imported again', () => {
    const rows = [
      person(5, { firstName: 'Ann', lastName: 'Ng', company: 'Contoso' }),
      person(6, { firstName: 'Ann', lastName: 'Ng', company: 'Contoso' }),
    ];
    const store = new Store();
    store.merge(rows, optionsFor());
    const again = store.merge(rows, optionsFor({ now: LATER }));
    assert.equal(again.counts.updated, 0);
    assert.deepEqual(again.updates, []);
  });
});

describe('mergeContacts: a newer export', () => {
  it('records a job change when someone moved company', () => {
    const store = new Store();
    store.merge(firstExport(), optionsFor());
    const newer = firstExport();
    newer[0] = { ...newer[0], company: 'Contoso', title: 'Director of Product' };
    const plan = store.merge(newer, optionsFor({ now: LATER, importId: 'import-2' }));
    assert.deepEqual(plan.counts, { added: 0, updated: 1, unchanged: 2, skipped: 0 });
    assert.equal(plan.updates.length, 1);
    assert.equal(plan.updates[0].company, 'Contoso');
    assert.equal(plan.updates[0].companyKey, 'contoso');
    assert.equal(plan.updates[0].updatedAt, LATER);
    assert.equal(plan.events.length, 1);
    const [event] = plan.events;
    assert.equal(event.kind, 'job_change');
    assert.equal(event.contactId, plan.updates[0].id);
    assert.deepEqual(event.before, { company: 'Northwind Traders, Inc.', title: 'Senior Product Manager' });
    assert.deepEqual(event.after, { company: 'Contoso', title: 'Director of Product' });
    assert.equal(event.observedAt, LATER);
    assert.equal(event.importId, 'import-2');
  });

  it('records a title change when only the title moved', () => {
    const store = new Store();
    store.merge(firstExport(), optionsFor());
    const newer = firstExport();
    newer[2] = { ...newer[2], title: 'VP People' };
    const plan = store.merge(newer, optionsFor({ now: LATER }));
    assert.equal(plan.counts.updated, 1);
    assert.equal(plan.events.length, 1);
    assert.equal(plan.events[0].kind, 'title_change');
    assert.deepEqual(plan.events[0].before, { company: 'Contoso Ltd.', title: 'Head of Talent Acquisition' });
    assert.deepEqual(plan.events[0].after, { company: 'Contoso Ltd.', title: 'VP People' });
  });

  it('does not call a new spelling of the same employer a job change', () => {
    const store = new Store();
    store.merge(firstExport(), optionsFor());
    const newer = firstExport();
    newer[0] = { ...newer[0], company: 'NORTHWIND TRADERS INC' };
    const plan = store.merge(newer, optionsFor({ now: LATER }));
    assert.deepEqual(plan.events, []);
    assert.equal(store.bySlug('avery-quill').companyKey, 'northwind traders');
  });

  it('keeps the earliest connection date', () => {
    const store = new Store();
    store.merge(firstExport(), optionsFor());
    const newer = firstExport();
    newer[0] = { ...newer[0], connectedOn: '2025-01-01' };
    store.merge(newer, optionsFor({ now: LATER }));
    const avery = store.bySlug('avery-quill');
    assert.equal(avery.connectedOn, '2024-06-05');
    assert.equal(store.tieOf(avery.id).connectedOn, '2024-06-05');
  });
});

describe('mergeContacts: what imports never overwrite', () => {
  it('keeps fields the user locked by hand', () => {
    const store = new Store();
    store.merge(firstExport(), optionsFor());
    const avery = store.bySlug('avery-quill');
    store.contacts.set(avery.id, { ...avery, title: 'Hiring manager for Platform', lockedFields: ['title'] });
    const newer = firstExport();
    newer[0] = { ...newer[0], title: 'Group Product Manager' };
    const plan = store.merge(newer, optionsFor({ now: LATER }));
    assert.equal(store.bySlug('avery-quill').title, 'Hiring manager for Platform');
    assert.deepEqual(plan.events, []);
    assert.equal(plan.counts.updated, 0);
  });

  it('updates unlocked fields of a contact with a locked field', () => {
    const store = new Store();
    store.merge(firstExport(), optionsFor());
    const avery = store.bySlug('avery-quill');
    store.contacts.set(avery.id, { ...avery, title: 'Mine', lockedFields: ['title'] });
    const newer = firstExport();
    newer[0] = { ...newer[0], title: 'Theirs', company: 'Contoso' };
    store.merge(newer, optionsFor({ now: LATER }));
    const after = store.bySlug('avery-quill');
    assert.equal(after.title, 'Mine');
    assert.equal(after.company, 'Contoso');
  });

  it('never replaces notes, tags or rating; tags only grow', () => {
    const store = new Store();
    store.merge(firstExport(), optionsFor());
    const bo = store.bySlug('bo-lo');
    store.contacts.set(bo.id, { ...bo, notes: 'Met at KubeCon; owes me a call', tags: ['warm'], rating: 4 });
    const newer = firstExport();
    newer[1] = { ...newer[1], notes: 'Imported note', tags: ['imported'] };
    store.merge(newer, optionsFor({ now: LATER }));
    const after = store.bySlug('bo-lo');
    assert.equal(after.notes, 'Met at KubeCon; owes me a call');
    assert.equal(after.rating, 4);
    assert.ok(after.tags.includes('warm'));
  });
});

describe('mergeContacts: dedupe', () => {
  it('matches by LinkedIn profile even when the name changed', () => {
    const store = new Store();
    store.merge(firstExport(), optionsFor());
    const plan = store.merge(
      [person(5, { firstName: 'Avery', lastName: 'Quill-Stone', linkedinUrl: 'https://linkedin.com/in/Avery-Quill/?trk=x', company: 'Northwind Traders, Inc.', title: 'Senior Product Manager' })],
      optionsFor({ now: LATER }),
    );
    assert.deepEqual(plan.inserts, []);
    assert.equal(plan.counts.updated, 1);
    assert.equal(store.contacts.size, 3);
    assert.equal(store.bySlug('avery-quill').lastName, 'Quill-Stone');
  });

  it('matches rows without a LinkedIn URL by email', () => {
    const store = new Store();
    store.merge([person(2, { firstName: 'Robert', lastName: 'Lo', emails: ['bo.lo@example.com'], tie: 'knows' })], optionsFor({ source: 'google', fileName: 'contacts.csv' }));
    const plan = store.merge([person(9, { firstName: 'Bob', lastName: 'L.', emails: ['BO.LO@EXAMPLE.COM'], tie: 'knows' })], optionsFor({ source: 'google', fileName: 'contacts.csv' }));
    assert.deepEqual(plan.inserts, []);
    assert.equal(store.contacts.size, 1);
  });

  it('matches rows without a LinkedIn URL by name and company, across spellings', () => {
    const store = new Store();
    store.merge([person(2, { firstName: 'Chidi', lastName: 'Okafor', company: 'Northwind Traders, Inc.', title: 'HRBP' })], optionsFor());
    const plan = store.merge([person(3, { firstName: 'chidi', lastName: 'OKAFOR', company: 'NORTHWIND TRADERS INC', title: 'HRBP' })], optionsFor({ now: LATER }));
    assert.deepEqual(plan.inserts, []);
    assert.equal(plan.counts.added, 0);
    assert.equal(store.contacts.size, 1);
  });

  it('never merges two different LinkedIn profiles, even with the same name and company', () => {
    const plan = mergeContacts(
      {
        existing: [],
        existingTies: [],
        incoming: [
          person(5, { firstName: 'Sam', lastName: 'Lee', linkedinUrl: url('sam-lee-1'), company: 'Contoso' }),
          person(6, { firstName: 'Sam', lastName: 'Lee', linkedinUrl: url('sam-lee-2'), company: 'Contoso' }),
        ],
        signals: [],
      },
      optionsFor(),
    );
    assert.equal(plan.counts.added, 2);
    assert.equal(plan.counts.skipped, 0);
    assert.deepEqual(plan.inserts.map((contact) => contact.linkedinSlug).sort(), ['sam-lee-1', 'sam-lee-2']);
    assert.deepEqual(plan.issues, []);
  });

  it('merges a duplicate row in one file, counts it skipped and names the first line', () => {
    const rows = [
      person(5, { firstName: 'Avery', lastName: 'Quill', linkedinUrl: url('avery-quill'), company: 'Northwind Traders' }),
      person(6, { firstName: 'Bo', lastName: 'Lo', linkedinUrl: url('bo-lo') }),
      person(9, { firstName: 'Avery', lastName: 'Quill', linkedinUrl: url('avery-quill/'), emails: ['avery@example.com'], title: 'PM' }),
    ];
    const plan = mergeContacts({ existing: [], existingTies: [], incoming: rows, signals: [] }, optionsFor());
    assert.deepEqual(plan.counts, { added: 2, updated: 0, unchanged: 0, skipped: 1 });
    assert.equal(plan.inserts.length, 2);
    const avery = plan.inserts.find((contact) => contact.linkedinSlug === 'avery-quill');
    assert.ok(avery);
    assert.deepEqual(avery.emails, ['avery@example.com']);
    assert.equal(avery.title, 'PM');
    assert.equal(plan.ties.length, 2);
    assert.equal(plan.issues.length, 1);
    const [issue] = plan.issues;
    assert.equal(issue.severity, 'warning');
    assert.equal(issue.file, 'Connections.csv');
    assert.equal(issue.line, 9);
    assert.match(issue.reason, /line 5/);
    assert.match(issue.reason, /Avery Quill/);
  });
});

describe('mergeContacts: tie signals', () => {
  const messages = (linkedinUrl: string, messageCount: number): SignalInput => ({
    person: { linkedinUrl, firstName: '', lastName: '', company: '' },
    signals: { messageCount, lastMessageAt: '2025-12-01T09:00:00Z' },
  });

  it('puts message counts keyed by LinkedIn URL on the connection tie', () => {
    const store = new Store();
    store.merge(firstExport(), optionsFor({ signalFields: ['messageCount', 'lastMessageAt'] }), [
      messages('https://www.linkedin.com/in/Avery-Quill/', 7),
      messages(url('stranger'), 99),
    ]);
    const avery = store.bySlug('avery-quill');
    assert.equal(store.tieOf(avery.id).signals.messageCount, 7);
    assert.equal(store.tieOf(avery.id).signals.lastMessageAt, '2025-12-01T09:00:00Z');
    assert.equal(store.tieOf(store.bySlug('bo-lo').id).signals.messageCount, 0);
    assert.equal(store.contacts.size, 3, 'signals about unknown people create no contacts');
  });

  it('adds up several signal rows about the same person', () => {
    const store = new Store();
    store.merge(firstExport(), optionsFor({ signalFields: ['messageCount'] }), [messages(url('bo-lo'), 2), messages(url('Bo-Lo'), 3)]);
    assert.equal(store.tieOf(store.bySlug('bo-lo').id).signals.messageCount, 5);
  });

  it('keeps stored message counts when the import does not carry messages', () => {
    const store = new Store();
    store.merge(firstExport(), optionsFor({ signalFields: ['messageCount', 'lastMessageAt'] }), [messages(url('avery-quill'), 7)]);
    const plan = store.merge(firstExport(), optionsFor({ now: LATER, signalFields: [] }));
    assertNothingToDo(plan);
    assert.equal(store.tieOf(store.bySlug('avery-quill').id).signals.messageCount, 7);
  });

  it('keeps stored message counts when the import carries other signals only', () => {
    const store = new Store();
    store.merge(firstExport(), optionsFor({ signalFields: ['messageCount', 'lastMessageAt'] }), [messages(url('avery-quill'), 7)]);
    store.merge([], optionsFor({ now: LATER, signalFields: ['endorsementCount', 'endorsedSkills'] }), [
      { person: { linkedinUrl: url('avery-quill'), firstName: '', lastName: '', company: '' }, signals: { endorsementCount: 2, endorsedSkills: ['SQL'] } },
    ]);
    const tie = store.tieOf(store.bySlug('avery-quill').id);
    assert.equal(tie.signals.messageCount, 7);
    assert.equal(tie.signals.endorsementCount, 2);
    assert.deepEqual(tie.signals.endorsedSkills, ['SQL']);
  });

  it('matches a recommendation that names only the person, when the name is unique', () => {
    const store = new Store();
    store.merge(firstExport(), optionsFor());
    const plan = store.merge([], optionsFor({ now: LATER, signalFields: ['recommendedMe'] }), [
      { person: { linkedinUrl: '', firstName: 'Dana', lastName: 'Reyes', company: 'A previous employer' }, signals: { recommendedMe: true } },
    ]);
    const dana = store.bySlug('dana-reyes');
    assert.equal(store.tieOf(dana.id).signals.recommendedMe, true);
    assert.equal(plan.ties.length, 1);
    assert.equal(store.tieOf(store.bySlug('avery-quill').id).signals.recommendedMe, false);
  });

  it('does not guess between two people with the same name', () => {
    const store = new Store();
    store.merge(
      [
        person(5, { firstName: 'Sam', lastName: 'Lee', linkedinUrl: url('sam-lee-1'), company: 'Contoso' }),
        person(6, { firstName: 'Sam', lastName: 'Lee', linkedinUrl: url('sam-lee-2'), company: 'Fabrikam' }),
      ],
      optionsFor(),
    );
    store.merge([], optionsFor({ now: LATER, signalFields: ['recommendedMe'] }), [
      { person: { linkedinUrl: '', firstName: 'Sam', lastName: 'Lee', company: '' }, signals: { recommendedMe: true } },
    ]);
    for (const tie of store.ties.values()) assert.equal(tie.signals.recommendedMe, false);
  });
});

describe('mergeContacts: other sources', () => {
  it('an address book does not overwrite the employer LinkedIn gave, but fills an empty one', () => {
    const store = new Store();
    store.merge(
      [
        person(5, { firstName: 'Bo', lastName: 'Lo', linkedinUrl: url('bo-lo'), emails: ['bo.lo@example.com'], company: 'Northwind Traders', title: 'VP, Engineering' }),
        person(6, { firstName: 'Priya', lastName: 'Nair', linkedinUrl: url('priya'), emails: ['priya@example.com'], company: '', title: 'Open to work' }),
      ],
      optionsFor(),
    );
    const google = optionsFor({ now: LATER, source: 'google', fileName: 'contacts.csv' });
    const plan = store.merge(
      [
        person(2, { firstName: 'Bo', lastName: 'Lo', emails: ['bo.lo@example.com'], phones: ['+1 555 0100'], company: 'Old Employer Ltd', title: 'Engineer', tie: 'knows' }),
        person(3, { firstName: 'Priya', lastName: 'Nair', emails: ['priya@example.com'], company: 'Contoso', tie: 'knows' }),
      ],
      google,
    );
    assert.deepEqual(plan.inserts, []);
    assert.deepEqual(plan.events, [], 'a stale address book is not a job change');
    const bo = store.bySlug('bo-lo');
    assert.equal(bo.company, 'Northwind Traders');
    assert.equal(bo.title, 'VP, Engineering');
    assert.deepEqual(bo.phones, ['+1 555 0100']);
    const priya = store.bySlug('priya');
    assert.equal(priya.company, 'Contoso');
    assert.equal(priya.companyKey, 'contoso');
    assert.equal(store.tieOf(bo.id, 'knows').kind, 'knows');
    assert.equal(store.tieOf(bo.id, 'connected').kind, 'connected');
  });
});

describe('mergeContacts properties', () => {
  const record = fc.record({
    slug: fc.option(fc.integer({ min: 0, max: 12 }), { nil: null, freq: 5 }),
    first: fc.constantFrom('Ann', 'Ben', 'Cleo', 'Dev'),
    last: fc.constantFrom('Lee', 'Ng', 'Okafor'),
    company: fc.constantFrom('', 'Contoso', 'Contoso Ltd.', 'Northwind Traders, Inc.', 'Fabrikam'),
    title: fc.constantFrom('', 'Engineer', 'Manager'),
    email: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null, freq: 2 }),
    connectedOn: fc.constantFrom('', '2020-01-01', '2021-06-15', '2023-03-03'),
  });
  const batch = fc.array(record, { minLength: 1, maxLength: 15 }).map((rows) =>
    rows.map((row, i) =>
      person(i + 2, {
        firstName: row.first,
        lastName: row.last,
        linkedinUrl: row.slug === null ? '' : url(`p-${row.slug}`),
        // Emails only on rows without a URL: a row linking a URL to another contact's email is the order-dependent case in the report.
        emails: row.email === null || row.slug !== null ? [] : [`p${row.email}@example.com`],
        company: row.company,
        title: row.title,
        connectedOn: row.connectedOn,
      }),
    ),
  );
  const withSlugs = fc.array(
    fc.record({ slug: fc.integer({ min: 0, max: 12 }), company: fc.constantFrom('Contoso', 'Fabrikam', ''), title: fc.constantFrom('Engineer', 'Manager') }),
    { minLength: 1, maxLength: 12 },
  ).map((rows) => rows.map((row, i) => person(i + 2, { firstName: 'Sam', lastName: `Lee ${row.slug}`, linkedinUrl: url(`p-${row.slug}`), company: row.company, title: row.title })));

  it('merging the same batch twice leaves everything unchanged on the second pass', () => {
    fc.assert(
      fc.property(batch, (rows) => {
        const store = new Store();
        const first = store.merge(rows, optionsFor());
        const second = store.merge(rows, optionsFor({ now: LATER }));
        assert.deepEqual(second.inserts, []);
        assert.deepEqual(second.updates, []);
        assert.deepEqual(second.ties, []);
        assert.deepEqual(second.events, []);
        assert.deepEqual({ ...second.counts, skipped: 0 }, { added: 0, updated: 0, unchanged: first.counts.added, skipped: 0 });
        assert.equal(second.counts.skipped, first.counts.skipped);
      }),
      { seed: 20260115, numRuns: 300 },
    );
  });

  it('importing A then B knows the same profiles as B then A', () => {
    fc.assert(
      fc.property(withSlugs, withSlugs, (a, b) => {
        const slugs = (store: Store) => [...store.contacts.values()].map((contact) => contact.linkedinSlug).sort();
        const ab = new Store();
        ab.merge(a, optionsFor());
        ab.merge(b, optionsFor({ now: LATER }));
        const ba = new Store();
        ba.merge(b, optionsFor());
        ba.merge(a, optionsFor({ now: LATER }));
        assert.deepEqual(slugs(ab), slugs(ba));
        assert.deepEqual(slugs(ab), [...new Set([...a, ...b].map((row) => row.linkedinUrl.split('/in/')[1]))].sort());
      }),
      { seed: 99, numRuns: 200 },
    );
  });
});
