import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fixedClock, sequentialIds, temporaryFolder, TEST_STORES, uniqueWorkspace } from '../../test/support/test-stores.ts';
import { openContext, type AppContext } from './app-context.ts';
import { createBackup, restoreBackup } from './backup.ts';
import { backupFileSource, loadBackup } from './backup-file.ts';
import { bufferSource } from '../import/import-source.ts';
import { addNeed } from './needs.ts';
import { importContacts } from './import-contacts.ts';

/** Restores a backup file the way the CLI does; `name` is what messages call it (the API names an upload this way). */
async function restoreFile(context: AppContext, path: string, options: { replace?: boolean; name?: string } = {}) {
  const source = backupFileSource(path);
  return restoreBackup(context, await loadBackup({ ...source, name: options.name ?? source.name }), { replace: options.replace });
}

const CONNECTIONS = `First Name,Last Name,URL,Email Address,Company,Position,Connected On
Dana,Reyes,https://www.linkedin.com/in/dana-reyes,,Fabrikam,Chief Technology Officer,12 Mar 2019
Sam,Lee,https://www.linkedin.com/in/sam-lee,,Contoso,Head of Compliance,01 Jun 2020
`;

async function workspace(location: string, name = uniqueWorkspace()): Promise<AppContext> {
  return openContext({ db: location, workspace: name }, { now: fixedClock().now, newId: sequentialIds(name) });
}

for (const kind of TEST_STORES) {
  describe(`backup and restore on ${kind.name}`, { skip: kind.skip || undefined }, () => {
    it('restores into the workspace being written, whatever a tampered backup says, or refuses it whole', async () => {
      const location = kind.location();
      const folder = temporaryFolder();
      const source = await workspace(location);
      const target = await workspace(location);
      const victimName = uniqueWorkspace();
      const victim = await workspace(location, victimName);
      try {
        const csv = join(folder, 'Connections.csv');
        writeFileSync(csv, CONNECTIONS);
        await importContacts(source, { path: csv });
        await addNeed(source, { contact: 'Dana Reyes', text: 'their team is struggling with a SOC 2 audit' });
        const text = await createBackup(source);

        const planted = JSON.parse(text);
        planted.tables.contacts.push({ ...planted.tables.contacts[0], contact_id: 'planted', workspace_id: victimName });
        const tampered = join(folder, 'tampered.json');
        writeFileSync(tampered, JSON.stringify(planted));
        await assert.rejects(restoreFile(target, tampered, { name: 'upload.json' }), (error: Error & { code?: string }) => {
          assert.equal(error.code, 'INVALID_INPUT');
          assert.match(error.message, /^upload\.json is not a backup Referable can restore; nothing was changed/);
          assert.match(error.message, /tables\.contacts\[2\] has a column "workspace_id"/);
          assert.doesNotMatch(error.message, new RegExp(folder));
          return true;
        });
        const unknown = JSON.parse(text);
        unknown.tables.needs[0].bogus = 1;
        const withUnknown = join(folder, 'unknown.json');
        writeFileSync(withUnknown, JSON.stringify(unknown));
        await assert.rejects(restoreFile(target, withUnknown), /tables\.needs\[0\] has a column "bogus" that needs does not have/);
        assert.deepEqual(JSON.parse(await createBackup(target)).tables.contacts, [], 'nothing was restored');
        assert.deepEqual(JSON.parse(await createBackup(victim)).tables.contacts, [], 'nothing landed in another workspace');

        const good = join(folder, 'good.json');
        writeFileSync(good, text);
        await restoreFile(target, good);
        assert.equal(await createBackup(target), text, 'a clean backup restores to the same bytes');
        // Refused over data already there: the message names no shell (the dashboard shows it), the CLI's way out is the action.
        await assert.rejects(
          restoreFile(target, good),
          (error: Error & { code?: string; action?: { command?: string } }) =>
            error.code === 'CONFLICT' && !error.message.includes(location) && !/referable|--replace/.test(error.message) && error.action?.command === 'referable restore FILE --replace',
        );
      } finally {
        await Promise.all([source.store.close(), target.store.close(), victim.store.close()]);
      }
    });

    it('reads a backup from any byte source: a byte-order mark is no problem, one past the size limit is refused by name', async () => {
      const location = kind.location();
      const source = await workspace(location);
      const target = await workspace(location);
      try {
        const csv = join(temporaryFolder(), 'Connections.csv');
        writeFileSync(csv, CONNECTIONS);
        await importContacts(source, { path: csv });
        const text = await createBackup(source);
        const bytes = new TextEncoder().encode(`\ufeff${text}`);
        await restoreBackup(target, await loadBackup(bufferSource('with-bom.json', bytes)));
        assert.equal(await createBackup(target), text, 'restored from bytes with a BOM, same backup back');
        await assert.rejects(loadBackup(bufferSource('huge.json', bytes), bytes.length - 1), (error: Error & { code?: string }) => {
          assert.equal(error.code, 'INVALID_INPUT');
          assert.match(error.message, /^huge\.json is larger than the \d+ MB a backup can be; nothing was changed/);
          return true;
        });
        await assert.rejects(async () => loadBackup(backupFileSource(join(temporaryFolder(), 'missing.json'))), (error: Error & { code?: string }) => error.code === 'NOT_FOUND' && /missing\.json: no such backup file/.test(error.message));
      } finally {
        await Promise.all([source.store.close(), target.store.close()]);
      }
    });

    it('refuses a malformed backup whole, naming its first problem, and leaves the workspace as it was', async () => {
      const location = kind.location();
      const folder = temporaryFolder();
      const context = await workspace(location);
      try {
        const csv = join(folder, 'Connections.csv');
        writeFileSync(csv, CONNECTIONS);
        await importContacts(context, { path: csv });
        await addNeed(context, { contact: 'Dana Reyes', text: 'their team is struggling with a SOC 2 audit' });
        const text = await createBackup(context);
        const good = JSON.parse(text);
        const dana = good.tables.contacts.findIndex((row: { first_name: string }) => row.first_name === 'Dana');
        const danaId = good.tables.contacts[dana].contact_id;
        const tamper = (change: (backup: typeof good) => void) => {
          const copy = structuredClone(good);
          change(copy);
          return copy;
        };
        const cases: [string, unknown, RegExp][] = [
          ['tables is a list', { ...good, tables: [] }, /"tables" must be an object of tables .*got a list/],
          ['tables is empty', { ...good, tables: {} }, /tables\.members is missing/],
          ['every table empty', tamper((b) => { for (const name of Object.keys(b.tables)) b.tables[name] = []; }), /holds no rows at all/],
          ['rating 99', tamper((b) => (b.tables.contacts[dana].rating = 99)), new RegExp(`tables\\.contacts\\[${dana}\\] \\(contact_id "${danaId}"\\) rating: 99 is not a rating: a whole number from 1 to 5, or null`)],
          ['a rating of 2.5', tamper((b) => (b.tables.contacts[0].rating = 2.5)), /rating: 2\.5 is not a rating/],
          ['a date that is no day', tamper((b) => (b.tables.contacts[dana].connected_on = '2019-02-30')), /connected_on: "2019-02-30" is not a day \(YYYY-MM-DD\) or empty/],
          ['an unknown tie kind', tamper((b) => (b.tables.ties[0].kind = 'enemy')), /tables\.ties\[0\] .*kind: "enemy" is not one of "connected", "knows", "manual"/],
          ['broken JSON', tamper((b) => (b.tables.contacts[0].emails = '["a@b.example"')), /tables\.contacts\[0\] .*emails: .* is not well-formed JSON/],
          ['a tie to nobody', tamper((b) => (b.tables.ties[0].contact_id = 'ghost')), /tables\.ties\[0\] .*contact_id "ghost" names no row of tables\.contacts/],
          ['a need of nobody', tamper((b) => (b.tables.needs[0].contact_id = 'ghost')), /tables\.needs\[0\] .*contact_id "ghost" names no row of tables\.contacts/],
          ['no owner', tamper((b) => (b.tables.members[0].is_me = 0)), /tables\.members has no owner/],
          ['two owners', tamper((b) => b.tables.members.push({ ...b.tables.members[0], member_id: 'm2', name: 'twin' })), /tables\.members has 2 owners/],
          ['a repeated id', tamper((b) => b.tables.contacts.push({ ...b.tables.contacts[0] })), /tables\.contacts\[2\] .*repeats the key of tables\.contacts\[0\]/],
          ['an unknown table', tamper((b) => (b.tables.secrets = [])), /tables\.secrets is not a table Referable keeps/],
          ['a missing column', tamper((b) => delete b.tables.contacts[0].first_seen), /tables\.contacts\[0\] .*has no column "first_seen"/],
          ['a newer format', { ...good, schema: '999-future' }, /written by a newer Referable \(schema 999-future\)/],
        ];
        for (const [what, backup, expected] of cases) {
          const path = join(folder, 'bad.json');
          writeFileSync(path, JSON.stringify(backup));
          await assert.rejects(restoreFile(context, path, { replace: true, name: 'bad.json' }), (error: Error & { code?: string }) => {
            assert.equal(error.code, 'INVALID_INPUT', what);
            assert.match(error.message, /^bad\.json is not a backup Referable can restore; nothing was changed:\n/, what);
            assert.match(error.message.split('\n')[1], expected, what);
            return true;
          });
          assert.equal(await createBackup(context), text, `${what}: the workspace is as it was`);
        }
      } finally {
        await context.store.close();
      }
    });

    it('restores a backup holding copies of one person (left by concurrent imports) as one contact, with both copies\' data', async () => {
      const location = kind.location();
      const folder = temporaryFolder();
      const source = await workspace(location);
      const target = await workspace(location);
      try {
        const csv = join(folder, 'Connections.csv');
        writeFileSync(csv, CONNECTIONS);
        await importContacts(source, { path: csv });
        await addNeed(source, { contact: 'Dana Reyes', text: 'their team is struggling with a SOC 2 audit' });
        const backup = JSON.parse(await createBackup(source));
        // A second Dana as an older version stored her: another id, her own tag, the tie and the need pointing at it.
        const dana = backup.tables.contacts.find((row: { first_name: string }) => row.first_name === 'Dana');
        backup.tables.contacts.push({ ...dana, contact_id: 'zz-copy', tags: '["investor"]', first_seen: '2026-12-01T00:00:00.000Z' });
        const tie = backup.tables.ties.find((row: { contact_id: string }) => row.contact_id === dana.contact_id);
        backup.tables.ties.push({ ...tie, contact_id: 'zz-copy' });
        backup.tables.needs[0].contact_id = 'zz-copy';
        const path = join(folder, 'copies.json');
        writeFileSync(path, JSON.stringify(backup));
        const counts = await restoreFile(target, path);
        assert.deepEqual([counts.contacts, counts.ties, counts.needs], [2, 2, 1]);
        const restored = JSON.parse(await createBackup(target)).tables;
        const danas = restored.contacts.filter((row: { first_name: string }) => row.first_name === 'Dana');
        assert.deepEqual(danas.map((row: { contact_id: string; tags: string }) => [row.contact_id, JSON.parse(row.tags)]), [[dana.contact_id, ['investor']]]);
        assert.equal(restored.needs[0].contact_id, dana.contact_id);
      } finally {
        await Promise.all([source.store.close(), target.store.close()]);
      }
    });

    it('gives restored contacts today\'s company key, so an old backup does not split one company in two', async () => {
      const location = kind.location();
      const folder = temporaryFolder();
      const source = await workspace(location);
      const target = await workspace(location);
      try {
        const csv = join(folder, 'Connections.csv');
        writeFileSync(csv, `${CONNECTIONS}Ana,Ruiz,https://www.linkedin.com/in/ana-ruiz,,"Fabrikam, S.A.",Analyst,02 Feb 2021\n`);
        await importContacts(source, { path: csv });
        const backup = JSON.parse(await createBackup(source));
        const keys = (rows: { first_name: string; company_key: string }[]) => Object.fromEntries(rows.map((row) => [row.first_name, row.company_key]));
        assert.equal(keys(backup.tables.contacts).Ana, keys(backup.tables.contacts).Dana, 'Fabrikam and Fabrikam, S.A. are one company');
        // As a backup written before the key folded "S.A." stored it.
        for (const row of backup.tables.contacts) if (row.first_name === 'Ana') row.company_key = 'fabrikam s a';
        const path = join(folder, 'old-keys.json');
        writeFileSync(path, JSON.stringify(backup));
        await restoreFile(target, path);
        const restored = keys(JSON.parse(await createBackup(target)).tables.contacts);
        assert.equal(restored.Ana, restored.Dana);
      } finally {
        await Promise.all([source.store.close(), target.store.close()]);
      }
    });
  });
}
