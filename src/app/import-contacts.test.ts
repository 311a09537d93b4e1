// The import use case end to end on both stores: counts, idempotence, job changes, manual edits, atomic refusal.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { zipSync, unzipSync, strToU8, strFromU8 } from 'fflate';
import { isReferableError } from '../core/errors.ts';
import { fixedClock, FIXTURES, temporaryFolder, TEST_STORES } from '../../test/support/test-stores.ts';
import type { AppContext } from './app-context.ts';
import { editContact, listContacts } from './contacts.ts';
import { importContacts } from './import-contacts.ts';
import { openTestWorkspace, closeTestWorkspace } from '../../test/support/test-workspace.ts';

const SAMPLE_ZIP = fileURLToPath(new URL('linkedin-sample-export.zip', FIXTURES));
const EDGE_CASES = fileURLToPath(new URL('Connections.edge-cases.csv', FIXTURES));

for (const kind of TEST_STORES) {
  describe(`import use case: ${kind.name}`, { skip: kind.skip || undefined }, () => {
    let context: AppContext;
    const clock = fixedClock();
    const folder = temporaryFolder();
    before(async () => {
      context = await openTestWorkspace(kind, clock, 'x');
    });
    after(async () => {
      await closeTestWorkspace(context);
    });

    it('imports the 2,000-connection sample export, and a second import changes nothing', async () => {
      const first = await importContacts(context, { path: SAMPLE_ZIP });
      assert.deepEqual([first.added, first.updated, first.unchanged, first.skipped], [2000, 0, 0, 0]);
      assert.equal(first.contentAdded, 30);
      const second = await importContacts(context, { path: SAMPLE_ZIP });
      assert.deepEqual([second.added, second.updated, second.unchanged, second.skipped], [0, 0, 2000, 0]);
      assert.equal(second.contentAdded, 0);
      assert.equal((await listContacts(context)).total, 2000);
      assert.equal((await context.store.workspace.history.imports()).length, 2);
    });

    it('imports the edge cases: 17 people, the hidden profile skipped, Northwind spelled three ways is one company', async () => {
      const report = await importContacts(context, { path: EDGE_CASES });
      assert.equal(report.added, 17);
      assert.equal(report.skipped, 1);
      const northwind = await listContacts(context, { company: 'Northwind Traders' });
      assert.deepEqual(northwind.contacts.map((c) => c.name).sort(), ['Avery Quill', 'Bo Lindqvist-Ortega', 'Chidi Okafor']);
      const again = await importContacts(context, { path: EDGE_CASES });
      assert.deepEqual([again.added, again.updated, again.unchanged], [0, 0, 17]);
    });

    it('a newer export updates the changed person, records the job change, and keeps manual edits', async () => {
      await editContact(context, 'Hiro Tanaka', { title: 'Treasury lead (my note)', notes: 'met at a conference' });
      const newer = readFileSync(EDGE_CASES, 'utf8')
        .replace('Avery,Quill,https://www.linkedin.com/in/example-avery-quill,,"Northwind Traders, Inc.",Senior Product Manager', 'Avery,Quill,https://www.linkedin.com/in/example-avery-quill,,Contoso Ltd.,Director of Product')
        .replace('Woodgrove Bank,Assistant Vice President', 'Woodgrove Bank,Vice President');
      const path = join(folder, 'Connections.csv');
      writeFileSync(path, newer);
      clock.set('2026-12-01T09:00:00.000Z');
      const report = await importContacts(context, { path });
      assert.equal(report.updated, 1);
      assert.equal(report.jobChanges, 1);
      const avery = (await listContacts(context, { search: 'Avery Quill' })).contacts[0];
      assert.equal(avery.company, 'Contoso Ltd.');
      const events = await context.store.workspace.history.events(avery.id);
      assert.deepEqual(events.map((e) => [e.kind, e.before.company, e.after.company]), [['job_change', 'Northwind Traders, Inc.', 'Contoso Ltd.']]);
      const hiro = (await listContacts(context, { search: 'Hiro Tanaka' })).contacts[0];
      assert.equal(hiro.title, 'Treasury lead (my note)', 'a title edited by hand survives the re-import');
    });

    it('a dry run reports what would happen and writes nothing', async () => {
      const before = (await listContacts(context)).total;
      const csv = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nNew,Person,https://www.linkedin.com/in/new-person,,Acme,CTO,01 Jan 2026\n';
      const path = join(folder, 'dry.csv');
      writeFileSync(path, csv);
      const report = await importContacts(context, { path, dryRun: true });
      assert.equal(report.added, 1);
      assert.equal((await listContacts(context)).total, before);
    });

    it('refuses a file with nothing importable and leaves the store exactly as it was', async () => {
      const before = [(await listContacts(context)).total, (await context.store.workspace.history.imports()).length];
      const cases: [string, Uint8Array][] = [
        ['empty.csv', new Uint8Array()],
        ['header-only.csv', strToU8('First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n')],
        ['not-linkedin.zip', zipSync({ 'holiday.jpg': new Uint8Array([0xff, 0xd8, 0xff, 0, 1, 2]) })],
        ['truncated.zip', readFileSync(SAMPLE_ZIP).subarray(0, 100_000)],
      ];
      for (const [name, bytes] of cases) {
        const path = join(folder, name);
        writeFileSync(path, bytes);
        await assert.rejects(importContacts(context, { path }), (error) => isReferableError(error) && error.code === 'IMPORT_REJECTED' && error.message.includes(name), name);
      }
      assert.deepEqual([(await listContacts(context)).total, (await context.store.workspace.history.imports()).length], before);
    });

    it("pools a teammate's export: shared people stay one contact with a tie per member", async () => {
      const files = unzipSync(readFileSync(SAMPLE_ZIP));
      const connections = strFromU8(files['Connections.csv']);
      const teammateCsv = connections.split('\n').slice(0, 14).join('\n') + '\n';
      const path = join(folder, 'teammate.csv');
      writeFileSync(path, teammateCsv);
      const before = (await listContacts(context)).total;
      const report = await importContacts(context, { path, member: 'Sam' });
      assert.equal(report.added, 0);
      assert.equal(report.member, 'Sam');
      assert.equal((await listContacts(context)).total, before);
    });
  });
}
