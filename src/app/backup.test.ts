import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fixedClock, sequentialIds, temporaryFolder, TEST_STORES, uniqueWorkspace } from '../../test/support/test-stores.ts';
import { openContext, type AppContext } from './app-context.ts';
import { createBackup, restoreBackup } from './backup.ts';
import { addNeed } from './needs.ts';
import { importContacts } from './import-contacts.ts';

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
        await assert.rejects(restoreBackup(target, tampered, { displayName: 'upload.json' }), (error: Error & { code?: string }) => {
          assert.equal(error.code, 'INVALID_INPUT');
          assert.match(error.message, /^upload\.json does not fit/);
          assert.match(error.message, /tables\.contacts\[2\] has a column "workspace_id"/);
          assert.doesNotMatch(error.message, new RegExp(folder));
          return true;
        });
        const unknown = JSON.parse(text);
        unknown.tables.needs[0].bogus = 1;
        const withUnknown = join(folder, 'unknown.json');
        writeFileSync(withUnknown, JSON.stringify(unknown));
        await assert.rejects(restoreBackup(target, withUnknown), /tables\.needs\[0\] has a column "bogus" that needs does not have/);
        assert.deepEqual(JSON.parse(await createBackup(target)).tables.contacts, [], 'nothing was restored');
        assert.deepEqual(JSON.parse(await createBackup(victim)).tables.contacts, [], 'nothing landed in another workspace');

        const good = join(folder, 'good.json');
        writeFileSync(good, text);
        await restoreBackup(target, good);
        assert.equal(await createBackup(target), text, 'a clean backup restores to the same bytes');
        await assert.rejects(restoreBackup(target, good), (error: Error & { code?: string }) => error.code === 'CONFLICT' && !error.message.includes(location));
      } finally {
        await Promise.all([source.store.close(), target.store.close(), victim.store.close()]);
      }
    });
  });
}

