// Properties of the merge: re-importing the same rows changes nothing, and two files imported in either order leave
// the same people (same names, profiles, emails, employers, titles, connection dates).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { tieKey, type Tie } from '../ties/tie.ts';
import { emptyContactInput, type Contact, type ContactInput } from './contact.ts';
import { mergeContacts, type MergePlan } from './merge-contacts.ts';

const RUNS = { seed: 20261125, numRuns: 300 };

/** A small pool of people, some sharing names or employers, so matching has real choices to make. */
const POOL = [
  { firstName: 'Ada', lastName: 'Lovelace', slug: 'ada-lovelace', email: 'ada@engines.example', company: 'Analytical Engines Ltd', title: 'Chief Engineer', connectedOn: '2021-03-12' },
  { firstName: 'Ada', lastName: 'Lovelace', slug: 'ada-lovelace-2', email: 'ada@navy.example', company: 'US Navy', title: 'Analyst', connectedOn: '2020-01-01' },
  { firstName: 'Grace', lastName: 'Hopper', slug: 'grace-hopper', email: 'grace@navy.example', company: 'US Navy', title: 'Rear Admiral', connectedOn: '2019-05-05' },
  { firstName: 'José', lastName: 'Müller', slug: 'jose-muller', email: 'jose@cafe.example', company: 'Café Zürich GmbH', title: 'Geschäftsführer', connectedOn: '2018-02-05' },
  { firstName: 'Alan', lastName: 'Turing', slug: 'alan-turing', email: 'alan@bletchley.example', company: 'Bletchley Park', title: 'Cryptanalyst', connectedOn: '2017-07-07' },
  { firstName: 'Dana', lastName: 'Reyes', slug: 'dana-reyes', email: 'dana@contoso.example', company: 'Contoso Ltd.', title: 'Head of Talent', connectedOn: '2022-09-09' },
];

/** One record of a pool person, as an export might carry it: the name, and any of profile, email or employer. */
function recordOf(requireProfile: boolean) {
  return fc.record({
    who: fc.nat({ max: POOL.length - 1 }),
    withSlug: requireProfile ? fc.constant(true) : fc.boolean(),
    withEmail: fc.boolean(),
    withCompany: fc.boolean(),
    upper: fc.boolean(),
  }).map(({ who, withSlug, withEmail, withCompany, upper }): ContactInput => {
    const person = POOL[who];
    const input = emptyContactInput(0);
    input.firstName = upper ? person.firstName.toUpperCase() : person.firstName;
    input.lastName = person.lastName;
    input.linkedinUrl = withSlug ? `https://www.linkedin.com/in/${person.slug}` : '';
    input.emails = withEmail ? [person.email] : [];
    input.company = withCompany ? person.company : '';
    input.title = withCompany ? person.title : '';
    input.connectedOn = person.connectedOn;
    input.tie = 'connected';
    return input;
  });
}
const fileOf = (requireProfile: boolean) =>
  fc.array(recordOf(requireProfile), { minLength: 1, maxLength: 10 }).map((records) => records.map((input, index) => ({ ...input, line: index + 2 })));
/** Any mix of records, name-only ones included. */
const file = fileOf(false);
/**
 * Records that carry the LinkedIn profile URL, as every current Connections.csv row does. Without it the order can
 * matter (the rules live in contact-index.ts): a record with nothing but a name joins the first same-named contact,
 * and the fields it does carry (here a connection date) go wherever that is. The per-source properties with phone-book
 * look-alikes are in src/app/import-identity.property.test.ts.
 */
const exportFile = fileOf(true);
/** The store as the import use case keeps it: plans applied in order, one id sequence. */
class MemoryStore {
  contacts = new Map<string, Contact>();
  ties = new Map<string, Tie>();
  private next = 0;
  merge(incoming: ContactInput[]): MergePlan {
    const plan = mergeContacts(
      { existing: [...this.contacts.values()], existingTies: [...this.ties.values()], incoming, signals: [] },
      { now: '2026-11-25T12:00:00.000Z', newId: () => `id${++this.next}`, source: 'linkedin', memberId: 'me', importId: `import${this.next}`, fileName: 'Connections.csv', signalFields: [] },
    );
    for (const contact of [...plan.inserts, ...plan.updates]) this.contacts.set(contact.id, contact);
    for (const tie of plan.ties) this.ties.set(tieKey(tie), tie);
    return plan;
  }
  /** The people as a user sees them, without ids or timestamps. */
  people(): string[] {
    return [...this.contacts.values()]
      .map((c) => [c.firstName.toLowerCase(), c.lastName, c.linkedinSlug, [...c.emails].sort().join(' '), c.company, c.title, c.connectedOn].join('|'))
      .sort();
  }
}

describe('merge properties', () => {
  it('re-importing the same file changes nothing: no inserts, updates, events or ties', () => {
    fc.assert(
      fc.property(file, (rows) => {
        const store = new MemoryStore();
        store.merge(rows);
        const before = store.people();
        const again = store.merge(rows);
        assert.deepEqual([again.inserts.length, again.updates.length, again.events.length, again.ties.length], [0, 0, 0, 0]);
        assert.equal(again.counts.added + again.counts.updated, 0);
        assert.equal(again.counts.unchanged + again.counts.skipped, rows.length);
        assert.deepEqual(store.people(), before);
      }),
      RUNS,
    );
  });

  it('two exports imported in either order leave the same people', () => {
    fc.assert(
      fc.property(exportFile, exportFile, (first, second) => {
        const forward = new MemoryStore();
        forward.merge(first);
        forward.merge(second);
        const backward = new MemoryStore();
        backward.merge(second);
        backward.merge(first);
        assert.deepEqual(forward.people(), backward.people());
        assert.equal(forward.ties.size, backward.ties.size);
      }),
      RUNS,
    );
  });
});
