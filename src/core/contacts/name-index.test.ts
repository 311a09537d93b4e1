import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NameIndex, type NameEntry } from './name-index.ts';

const entry = (id: string, name: string, company = '', emails: string[] = []): NameEntry => ({ id, name, nameKey: '', company, emails });

/** The "Cha..." crowd a typo used to drown Charles Babbage in. */
const PEOPLE = [
  entry('c01', 'Charlotte Lewis', 'Banco Solárido'),
  entry('c02', 'Charlotte Scott', 'Ledgerlark'),
  entry('c03', 'Chadwick Barber', 'Contoso'),
  entry('c04', 'Ananya Chatterjee', 'Freelance'),
  entry('c05', 'Charlie Babcock', 'Fabrikam'),
  entry('c06', 'Chantal Baptiste', 'Woodgrove Bank'),
  entry('c07', 'Charlene Bass', 'Northwind'),
  entry('c08', 'Richard Babington', 'Tailspin'),
  entry('c09', 'Charles Babbage', 'Analytical Engines', ['charles@engines.example']),
  entry('c10', 'Ada Lovelace', 'Analytical Engines'),
  entry('c11', 'Dr. Grace Hopper', 'Navy'),
  entry('c12', 'Zoë Ångström', ''),
];

describe('NameIndex', () => {
  const index = new NameIndex(PEOPLE);

  it('ranks Charles Babbage first for "Charls Babage", then the other close names', () => {
    const close = index.closest('Charls Babage');
    assert.equal(close[0].id, 'c09');
    assert.equal(close[0].score, 0.857);
    assert.ok(close.every((match, i) => i === 0 || match.score <= close[i - 1].score), 'best first');
    assert.ok(!close.some((match) => match.id === 'c10' || match.id === 'c12'), 'no unrelated names');
    assert.equal(index.closest('Babbgae')[0].id, 'c09', 'a swapped pair of letters');
  });

  it('finds nothing close to a name nobody has', () => {
    assert.deepEqual(index.closest('zzzqqq'), []);
    assert.deepEqual(index.containing('zzzqqq'), []);
    assert.deepEqual(index.exactName('zzzqqq'), []);
  });

  it('looks up exact names (accents, case, honorifics aside), emails, and text contained in name and company', () => {
    assert.deepEqual(index.exactName('ZOE angstrom'), ['c12']);
    assert.deepEqual(new NameIndex([{ ...PEOPLE[10], nameKey: 'grace hopper' }]).exactName('Grace Hopper'), ['c11']);
    assert.deepEqual(index.byEmail('charles@engines.example'), ['c09']);
    assert.deepEqual(index.containing('analytical'), ['c09', 'c10']);
    assert.deepEqual(index.containing('lovelace analy'), ['c10'], 'across name and company');
    assert.equal(index.containing('ch').length, 9, 'short text is looked for in every name');
  });

  // Speed is measured in bench/lookup-bench.ts against a naive scan; here only the answer on a large index.
  it('answers an unknown name on 60,000 contacts with no candidates', () => {
    const first = ['Ada', 'Grace', 'Alan', 'Charles', 'Marie', 'Katherine', 'Edsger', 'Barbara', 'Donald', 'Frances'];
    const last = ['Lovelace', 'Hopper', 'Turing', 'Babbage', 'Curie', 'Johnson', 'Dijkstra', 'Liskov', 'Knuth', 'Allen'];
    const many = Array.from({ length: 60_000 }, (_, i) => entry(`p${i}`, `${first[i % 10]}${i % 97} ${last[(i * 7) % 10]}${i % 89}`, `Company ${i % 500}`));
    const big = new NameIndex(many);
    assert.deepEqual(big.closest('zzzqqq'), []);
    assert.equal(big.closest('Ada0 Lovelace0')[0]?.id, 'p0', 'and a known name is still found first among 60,000');
  });
});
