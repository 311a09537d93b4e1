// Endorsement_Given_Info.csv end to end on both stores: what I endorsed a contact for becomes their derived offer and
// finds them as a helper, never the endorsements I received; re-imports are idempotent and partial imports keep it.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { strToU8, zipSync } from 'fflate';
import { fixedClock, temporaryFolder, TEST_STORES } from '../../test/support/test-stores.ts';
import type { AppContext } from './app-context.ts';
import { importContacts } from './import-contacts.ts';
import { suggestIntroductions } from './intros.ts';
import { addNeed } from './needs.ts';
import { listOffers } from './offers.ts';
import { openTestWorkspace, closeTestWorkspace } from '../../test/support/test-workspace.ts';

const CONNECTIONS = `First Name,Last Name,URL,Email Address,Company,Position,Connected On
Dana,Reyes,https://www.linkedin.com/in/dana-reyes,,Fabrikam,Chief Technology Officer,12 Mar 2019
Sam,Lee,https://www.linkedin.com/in/sam-lee,,Contoso,Head of Compliance,01 Jun 2020
Priya,Nair,https://www.linkedin.com/in/priya-nair,,Woodgrove Bank,Internal Audit Manager,05 Jan 2021
Tom,Berg,https://www.linkedin.com/in/tom-berg,,Litware,Software Engineer,20 Feb 2022
Ines,Castro,https://www.linkedin.com/in/ines-castro,,Tailspin Toys,VP Engineering,20 Feb 2022
`;

const GIVEN_HEADER = 'Endorsement Date,Skill Name,Endorsee First Name,Endorsee Last Name,Endorsee Public Url,Endorsement Status';
const GIVEN = `${GIVEN_HEADER}
03 Mar 2024,Kubernetes,Tom,Berg,https://www.linkedin.com/in/tom-berg,ACCEPTED
03 Mar 2024,Site Reliability Engineering,Tom,Berg,https://www.linkedin.com/in/tom-berg,ACCEPTED
11 Nov 2023,SOC 2,Sam,Lee,,ACCEPTED
11 Nov 2023,Public Speaking,Nobody,Known,https://www.linkedin.com/in/not-a-connection,ACCEPTED
`;

/** Priya endorsed *me* for Kubernetes: that is my skill, and must not make her a Kubernetes helper. */
const RECEIVED = `Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorser Public Url,Endorsement Status
02 Feb 2024,Kubernetes,Priya,Nair,https://www.linkedin.com/in/priya-nair,ACCEPTED
`;

function exportZip(folder: string, name: string, files: Record<string, string>): string {
  const path = join(folder, name);
  writeFileSync(path, zipSync(Object.fromEntries(Object.entries(files).map(([file, text]) => [file, strToU8(text)]))));
  return path;
}

for (const kind of TEST_STORES) {
  describe(`offers from endorsements I gave: ${kind.name}`, { skip: kind.skip || undefined }, () => {
    let context: AppContext;
    const clock = fixedClock('2026-11-25T12:00:00.000Z');
    const folder = temporaryFolder();
    const fullExport = () => exportZip(folder, 'export.zip', { 'Connections.csv': CONNECTIONS, 'Endorsement_Given_Info.csv': GIVEN, 'Endorsement_Received_Info.csv': RECEIVED });
    const endorsementOffers = async () => (await listOffers(context, { source: 'endorsements' })).offers.map((offer) => [offer.contact.name, offer.text]);

    before(async () => {
      context = await openTestWorkspace(kind, clock, 'e');
    });
    after(async () => {
      await closeTestWorkspace(context);
    });

    it('turns the skills I endorsed contacts for into their offers, matched by URL or by name', async () => {
      const report = await importContacts(context, { path: fullExport() });
      assert.deepEqual([report.added, report.updated, report.unchanged, report.skipped], [5, 0, 0, 0]);
      assert.deepEqual(report.issues, []);
      assert.ok(report.filesRead.some((name) => name.endsWith('Endorsement_Given_Info.csv')));
      assert.deepEqual(await endorsementOffers(), [
        ['Sam Lee', 'endorsed for SOC 2'],
        ['Tom Berg', 'endorsed for Kubernetes, Site Reliability Engineering'],
      ]);
      // One contact's page reads the same offer.
      const tom = await listOffers(context, { contact: 'https://www.linkedin.com/in/tom-berg', source: 'endorsements' });
      assert.deepEqual(tom.offers.map((offer) => offer.text), ['endorsed for Kubernetes, Site Reliability Engineering']);
    });

    it('finds the contact I endorsed as the helper for a matching need, saying why', async () => {
      await addNeed(context, { contact: 'Ines Castro', text: 'migrating to Kubernetes and needs advice' });
      const suggestions = await suggestIntroductions(context, { limit: 5, perNeed: 3 });
      assert.deepEqual(suggestions.map((s) => s.helper.name), ['Tom Berg'], 'Priya endorsed me for Kubernetes; that is not her skill');
      assert.match(suggestions[0].reasons[0], /matches "kubernete.*" \(1 of 2 need terms\) in endorsements "endorsed for Kubernetes, Site Reliability Engineering"/);
    });

    it('changes nothing on a second import of the same export, nor on a Connections.csv alone', async () => {
      const again = await importContacts(context, { path: fullExport() });
      assert.deepEqual([again.added, again.updated, again.unchanged], [0, 0, 5]);
      const connectionsOnly = join(folder, 'Connections.csv');
      writeFileSync(connectionsOnly, CONNECTIONS);
      const partial = await importContacts(context, { path: connectionsOnly });
      assert.deepEqual([partial.added, partial.updated, partial.unchanged], [0, 0, 5]);
      assert.equal((await endorsementOffers()).length, 2, 'an import without the file keeps what it said');
    });

    it('follows a newer export: a withdrawn endorsement leaves the offer', async () => {
      const newer = GIVEN.split('\n').filter((line) => !line.includes('Site Reliability')).join('\n');
      const report = await importContacts(context, { path: exportZip(folder, 'newer.zip', { 'Connections.csv': CONNECTIONS, 'Endorsement_Given_Info.csv': newer, 'Endorsement_Received_Info.csv': RECEIVED }) });
      assert.deepEqual([report.added, report.updated, report.unchanged], [0, 1, 4]);
      assert.deepEqual(await endorsementOffers(), [
        ['Sam Lee', 'endorsed for SOC 2'],
        ['Tom Berg', 'endorsed for Kubernetes'],
      ]);
    });
  });
}
