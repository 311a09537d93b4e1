// The loaded network is reused while nothing changed, and never after a write or once it is a minute old.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fixedClock, temporaryFolder, TEST_STORES } from '../../test/support/test-stores.ts';
import { openTestWorkspace, closeTestWorkspace } from '../../test/support/test-workspace.ts';
import type { AppContext } from './app-context.ts';
import { importContacts } from './import-contacts.ts';
import { rateContact } from './contacts.ts';
import { loadNetwork } from './network.ts';

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';

for (const kind of TEST_STORES) {
  describe(`loadNetwork reuse: ${kind.name}`, { skip: kind.skip || undefined }, () => {
    let context: AppContext;
    const clock = fixedClock('2026-11-25T12:00:00.000Z');
    before(async () => {
      context = await openTestWorkspace(kind, clock, 'nr');
      const file = join(temporaryFolder(), 'mine.csv');
      writeFileSync(file, [HEADER, 'Ann,Acme,https://www.linkedin.com/in/ann-acme,,Acme,Engineer,01 Feb 2024', 'Bo,Beta,https://www.linkedin.com/in/bo-beta,,Beta,Designer,01 Mar 2024'].join('\n'));
      await importContacts(context, { path: file });
    });
    after(async () => {
      await closeTestWorkspace(context);
    });

    it(kind.name === 'sqlite' ? 'reuses the network while nothing changed, and loads afresh after a write or a minute' : 'loads the network afresh on every call (the change token covers contacts only)', async () => {
      const first = await loadNetwork(context);
      const again = await loadNetwork(context);
      assert.equal(again === first, kind.name === 'sqlite');
      assert.notEqual(await loadNetwork(context, { coworkers: false }), first, 'other options, another network');

      const ann = first.contactAt.find((contact) => contact?.firstName === 'Ann')!;
      await rateContact(context, ann.id, 5);
      const rated = await loadNetwork(context);
      assert.notEqual(rated, first, 'a write loads afresh');
      const annNode = rated.model.nodeOf.get(ann.id)!;
      assert.ok(rated.myStrength.get(annNode)! > first.myStrength.get(first.model.nodeOf.get(ann.id)!)!, 'the rating shows in the tie strength');

      clock.set('2026-11-25T12:01:00.000Z');
      assert.notEqual(await loadNetwork(context), rated, 'a minute later, loaded afresh');
    });
  });
}
