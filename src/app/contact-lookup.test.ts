import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock, TEST_STORES } from '../../test/support/test-stores.ts';
import { closeTestWorkspace, importCsvText, openTestWorkspace } from '../../test/support/test-workspace.ts';
import type { AppContext } from './app-context.ts';
import { editContact, resolveContact, showContact } from './contacts.ts';

/** Charles Babbage among the "Cha..." crowd, imported last so his id sorts last. */
const CSV = `First Name,Last Name,URL,Email Address,Company,Position,Connected On
Charlotte,Lewis,https://www.linkedin.com/in/charlotte-lewis,,Banco Solárido,Analyst,12 Mar 2019
Charlotte,Scott,,,Ledgerlark,Engineer,12 Mar 2019
Chadwick,Barber,,,Contoso,Engineer,12 Mar 2019
Ananya,Chatterjee,,,Freelance,Designer,12 Mar 2019
Charlie,Babcock,,,Fabrikam,Sales,12 Mar 2019
Chantal,Baptiste,,,Woodgrove Bank,Analyst,12 Mar 2019
Charlene,Bass,,,Northwind,Engineer,12 Mar 2019
Charity,Brown,,,Tailspin,Engineer,12 Mar 2019
Chad,Bishop,,,Relecloud,Engineer,12 Mar 2019
Ada,Lovelace,,ada@engines.example,Analytical Engines,Programmer,12 Mar 2019
Charles,Babbage,https://www.linkedin.com/in/charles-babbage,charles@engines.example,Analytical Engines,Inventor,12 Mar 2019
`;

type Failure = Error & { code?: string; details?: { closest?: { name: string; similarity: number }[]; matches?: unknown[] } };

for (const kind of TEST_STORES) {
  describe(`finding a contact by what the user typed, on ${kind.name}`, { skip: kind.skip || undefined }, () => {
    let context: AppContext;
    before(async () => {
      context = await openTestWorkspace(kind, fixedClock(), 'look');
      await importCsvText(context, CSV);
    });
    after(() => closeTestWorkspace(context));

    it('lists Charles Babbage first for "Charls Babage", closest first, and changes nothing', async () => {
      await assert.rejects(showContact(context, 'Charls Babage'), (error: Failure) => {
        assert.equal(error.code, 'NOT_FOUND');
        const lines = error.message.split('\n');
        assert.equal(lines[0], 'no contact matches "Charls Babage"; closest first:');
        assert.match(lines[1], /^ {2}\S+ {2}Charles Babbage \(Analytical Engines\)$/);
        assert.equal(error.details?.closest?.[0].name, 'Charles Babbage');
        assert.ok(!lines.some((line) => /Ada Lovelace|Ananya/.test(line)), 'names that are not close are not listed');
        return true;
      });
    });

    it('says plainly that nobody matches a name nobody has', async () => {
      await assert.rejects(showContact(context, 'zzzqqq'), (error: Failure) => {
        assert.equal(error.code, 'NOT_FOUND');
        assert.equal(error.message, 'no contact matches "zzzqqq"');
        return true;
      });
    });

    it('resolves an id, a LinkedIn URL, an email, an exact name in any case and accents, and text unique to one contact', async () => {
      const charles = await resolveContact(context, 'charles babbage');
      assert.equal(charles.lastName, 'Babbage');
      assert.equal((await resolveContact(context, charles.id)).id, charles.id);
      assert.equal((await resolveContact(context, 'https://linkedin.com/in/charles-babbage/')).id, charles.id);
      assert.equal((await resolveContact(context, 'CHARLES@engines.example')).id, charles.id);
      assert.equal((await resolveContact(context, 'lovelace analytical')).firstName, 'Ada');
      assert.equal((await resolveContact(context, 'Banco Solarido')).lastName, 'Lewis');
      await assert.rejects(resolveContact(context, 'Charlotte'), (error: Failure) => error.code === 'AMBIGUOUS' && /"Charlotte" matches 2 contacts/.test(error.message) && error.details?.matches?.length === 2);
      await assert.rejects(resolveContact(context, 'https://www.linkedin.com/in/nobody-here'), /no contact has the LinkedIn profile https:\/\/www\.linkedin\.com\/in\/nobody-here/);
      await assert.rejects(resolveContact(context, 'x'.repeat(501)), /at most 500 characters/);
    });

    it('sees a rename at once: the index follows every write', async () => {
      await assert.rejects(resolveContact(context, 'Ada Byron'), { code: 'NOT_FOUND' });
      await editContact(context, 'Ada Lovelace', { lastName: 'Byron' });
      assert.equal((await resolveContact(context, 'Ada Byron')).lastName, 'Byron');
      await assert.rejects(resolveContact(context, 'Ada Lovelace'), { code: 'NOT_FOUND' });
      await importCsvText(context, 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nZed,Quux,,,Initech,Engineer,12 Mar 2019\n', 'More.csv');
      assert.equal((await resolveContact(context, 'Zed Quux')).company, 'Initech');
    });
  });
}
