// Properties of importing, for every source (#12 §2): Google CSV, Outlook CSV, vCard, generic CSV and LinkedIn
// Connections. For synthetic files full of look-alikes (shared given names, a family landline, "Manu" as a given and as
// a family name, nameless phone and organisation cards, symbol names, bare-name rows):
//   - importing the same file twice adds nobody and changes nothing;
//   - any permutation of the rows gives the same set of contacts;
//   - importing the file in two halves gives the same contacts as importing it whole.
// Files are read by the real readers (format detection included) and merged as the import use case merges them; the
// store is a map, so a run takes milliseconds. Each person's rows carry all of that person's identifiers (phone,
// email, profile) or only the name: a row that named one stored contact by email and another by phone would join the
// first and leave both (contacts are never merged after the fact), and then order can matter (README, "Who is who").
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { displayName, type Contact } from '../core/contacts/contact.ts';
import { mergeContacts } from '../core/contacts/merge-contacts.ts';
import { bufferSource } from '../import/import-source.ts';
import { readImportSource } from '../import/import-source.ts';
import type { SourceKind } from '../import/import-bundle.ts';
import { phoneKeyReader } from '../import/text/phone-number.ts';
import { tieKey, type Tie } from '../core/ties/tie.ts';

const RUNS = { seed: 20261206, numRuns: 40 };
const phoneKey = phoneKeyReader('FR');

/** A person as an address book holds them; '' where the book has nothing. */
interface Person {
  first: string;
  last: string;
  /** Google's "File As", shown with a note after a comma. */
  display?: string;
  phone: string;
  email: string;
  company: string;
  title: string;
  slug?: string;
}

/** Synthetic people, colliding on purpose. Phone spellings differ between people sharing a line (FR region). */
const BOOK: Person[] = [
  { first: 'Mario', last: '', display: 'Mario, Happy Store', phone: '06 11 11 11 11', email: '', company: '', title: '' },
  { first: 'Mario', last: '', display: 'Mario, Zafniary', phone: '+33 6 22 22 22 22', email: '', company: '', title: '' },
  { first: 'Manu', last: '', phone: '06 33 33 33 33', email: '', company: '', title: '' },
  { first: '', last: 'Manu', phone: '+33 6 44 44 44 44', email: 'manu@example.org', company: '', title: '' },
  { first: 'Anna', last: 'Bianchi', phone: '01 55 55 55 55', email: 'anna@example.org', company: '', title: '' },
  { first: 'Luca', last: 'Bianchi', phone: '+33 1 55 55 55 55', email: '', company: '', title: '' },
  { first: '', last: '', phone: '01 66 66 66 66', email: '', company: 'Pizzeria Da Luigi', title: '' },
  { first: '', last: '', phone: '07 77 77 77 77', email: '', company: '', title: '' },
  { first: '🌻', last: '', phone: '06 88 88 88 88', email: '', company: '', title: '' },
  { first: 'Zoé', last: 'Laurent', phone: '', email: 'zoe@contoso.example', company: 'Contoso', title: 'Buyer' },
  { first: 'Zoé', last: 'Laurent', phone: '06 99 99 99 99', email: '', company: 'Fabrikam', title: 'Chef' },
  { first: 'Inès', last: 'Moreau', phone: '', email: '', company: '', title: '' },
];

/** LinkedIn connections: every row has its profile; two Ada Lovelaces; some share an email-less row shape. */
const NETWORK: Person[] = [
  { first: 'Ada', last: 'Lovelace', slug: 'ada-lovelace', phone: '', email: 'ada@engines.example', company: 'Analytical Engines', title: 'Engineer' },
  { first: 'Ada', last: 'Lovelace', slug: 'ada-lovelace-2', phone: '', email: '', company: 'US Navy', title: 'Analyst' },
  { first: 'Grace', last: 'Hopper', slug: 'grace-hopper', phone: '', email: '', company: 'US Navy', title: 'Rear Admiral' },
  { first: 'José', last: 'Müller', slug: 'jos%C3%A9-m%C3%BCller', phone: '', email: 'jose@cafe.example', company: 'Café Zürich', title: 'Owner' },
  { first: 'Dana', last: 'Reyes, PhD', slug: 'dana-reyes', phone: '', email: '', company: 'Contoso Ltd.', title: 'Head of Talent' },
  { first: '★', last: '', slug: 'star', phone: '', email: '', company: '', title: '' },
];

interface Row {
  person: Person;
  /** Only the name (never for a nameless card, which would hold nothing). */
  bare: boolean;
}

const quote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const line = (cells: string[]) => cells.map(quote).join(',');
const nameOnly = (row: Row) => row.bare && Boolean(row.person.first || row.person.last);
const shown = (row: Row, value: string) => (nameOnly(row) ? '' : value);

interface Format {
  source: SourceKind;
  file: string;
  people: Person[];
  render(rows: Row[]): string;
}

const FORMATS: Format[] = [
  {
    source: 'google',
    file: 'contacts.csv',
    people: BOOK,
    render: (rows) =>
      [
        'First Name,Middle Name,Last Name,Name Suffix,File As,Organization Name,Organization Title,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,Labels',
        ...rows.map((row) => {
          const p = row.person;
          return line([p.first, '', p.last, '', p.display ?? '', shown(row, p.company), shown(row, p.title), '* Other', shown(row, p.email), 'Mobile', shown(row, p.phone), '* myContacts']);
        }),
      ].join('\r\n'),
  },
  {
    source: 'outlook',
    file: 'outlook.csv',
    people: BOOK,
    render: (rows) =>
      [
        'Title,First Name,Middle Name,Last Name,Suffix,Company,Job Title,E-mail Address,E-mail Display Name,Mobile Phone,Home Phone,Categories',
        ...rows.map((row) => {
          const p = row.person;
          return line(['', p.first, '', p.last, '', shown(row, p.company), shown(row, p.title), shown(row, p.email), '', shown(row, p.phone), '', '']);
        }),
      ].join('\r\n'),
  },
  {
    source: 'vcard',
    file: 'contacts.vcf',
    people: BOOK,
    render: (rows) =>
      rows
        .map((row) => {
          const p = row.person;
          const full = p.display ?? `${p.first} ${p.last}`.trim();
          const lines = ['BEGIN:VCARD', 'VERSION:3.0', `N:${p.last};${p.first};;;`, `FN:${full || p.company || p.phone}`];
          if (shown(row, p.company)) lines.push(`ORG:${p.company}`);
          if (shown(row, p.title)) lines.push(`TITLE:${p.title}`);
          if (shown(row, p.email)) lines.push(`EMAIL;TYPE=INTERNET:${p.email}`);
          if (shown(row, p.phone)) lines.push(`TEL;TYPE=CELL:${p.phone}`);
          lines.push('END:VCARD');
          return lines.join('\r\n');
        })
        .join('\r\n'),
  },
  {
    source: 'csv',
    file: 'people.csv',
    people: BOOK,
    render: (rows) =>
      [
        'First Name,Last Name,Email,Phone,Company,Title',
        ...rows.map((row) => {
          const p = row.person;
          return line([p.first, p.last, shown(row, p.email), shown(row, p.phone), shown(row, p.company), shown(row, p.title)]);
        }),
      ].join('\r\n'),
  },
  {
    source: 'linkedin',
    file: 'Connections.csv',
    people: NETWORK,
    render: (rows) =>
      [
        'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
        ...rows.map((row) => {
          const p = row.person;
          return line([p.first, p.last, `https://www.linkedin.com/in/${p.slug}`, p.email, p.company, p.title, '12 Mar 2021']);
        }),
      ].join('\r\n'),
  },
];

/** The store as the import use case keeps it: plans applied in order, one id sequence. */
class MemoryStore {
  contacts = new Map<string, Contact>();
  ties = new Map<string, Tie>();
  private next = 0;

  constructor(private readonly format: Format) {}

  async import(rows: Row[]) {
    const text = `${this.format.render(rows)}\r\n`;
    const { bundle } = await readImportSource(bufferSource(this.format.file, new TextEncoder().encode(text)), { source: this.format.source, today: '2026-12-06' });
    const plan = mergeContacts(
      { existing: [...this.contacts.values()], existingTies: [...this.ties.values()], incoming: bundle.contacts, signals: bundle.signals },
      {
        now: '2026-12-06T12:00:00.000Z', newId: () => `id${++this.next}`, source: bundle.source, memberId: 'me', importId: `import${this.next}`,
        fileName: this.format.file, signalFields: bundle.signalFields, phoneKey,
      },
    );
    for (const contact of [...plan.inserts, ...plan.updates]) this.contacts.set(contact.id, contact);
    for (const tie of plan.ties) this.ties.set(tieKey(tie), tie);
    return { plan, bundle };
  }

  /** The contacts as a user tells them apart: name, numbers, emails, employer, profile. */
  people(): string[] {
    return [...this.contacts.values()]
      .map((c) => [displayName(c), [...c.phoneKeys].sort().join(' '), [...c.emails].sort().join(' '), c.company, c.title, c.linkedinSlug].join('|'))
      .sort();
  }
}

function rowsOf(format: Format) {
  const row = fc.record({ who: fc.nat({ max: format.people.length - 1 }), bare: fc.boolean(), order: fc.nat() });
  return fc.record({ rows: fc.array(row, { minLength: 1, maxLength: 14 }), cut: fc.nat() }).map(({ rows, cut }) => {
    const file = rows.map(({ who, bare }) => ({ person: format.people[who], bare }));
    const shuffled = rows.map((value, index) => ({ value, index })).sort((a, b) => a.value.order - b.value.order || a.index - b.index).map(({ index }) => file[index]);
    return { file, shuffled, cut: cut % (file.length + 1) };
  });
}

for (const format of FORMATS) {
  describe(`import properties: ${format.source}`, () => {
    it('importing the same file twice adds nobody and changes nothing', async () => {
      await fc.assert(
        fc.asyncProperty(rowsOf(format), async ({ file }) => {
          const store = new MemoryStore(format);
          const first = await store.import(file);
          assert.ok(first.bundle.contacts.length > 0, 'the reader kept the rows');
          const before = store.people();
          const again = await store.import(file);
          assert.deepEqual([again.plan.counts.added, again.plan.counts.updated, again.plan.inserts.length, again.plan.updates.length], [0, 0, 0, 0]);
          assert.deepEqual(store.people(), before);
        }),
        RUNS,
      );
    });

    it('any permutation of the rows gives the same contacts', async () => {
      await fc.assert(
        fc.asyncProperty(rowsOf(format), async ({ file, shuffled }) => {
          const forward = new MemoryStore(format);
          await forward.import(file);
          const permuted = new MemoryStore(format);
          await permuted.import(shuffled);
          assert.deepEqual(permuted.people(), forward.people());
        }),
        RUNS,
      );
    });

    it('importing the file in two halves gives the same contacts as importing it whole', async () => {
      await fc.assert(
        fc.asyncProperty(rowsOf(format), async ({ file, cut }) => {
          fc.pre(cut > 0 && cut < file.length);
          const whole = new MemoryStore(format);
          await whole.import(file);
          const halves = new MemoryStore(format);
          await halves.import(file.slice(0, cut));
          await halves.import(file.slice(cut));
          assert.deepEqual(halves.people(), whole.people());
        }),
        RUNS,
      );
    });
  });
}
