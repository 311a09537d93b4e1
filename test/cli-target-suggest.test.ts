// `referable target suggest` and `target init` as a user runs them: candidates from their own network with counts, a
// market file built from them that `target set` accepts, --apply stores the same market, and the example only when empty.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { strToU8, zipSync } from 'fflate';
import { referable } from './support/run-cli.ts';
import { temporaryFolder } from './support/test-stores.ts';

const CONNECTIONS = `First Name,Last Name,URL,Email Address,Company,Position,Connected On
Dana,Reyes,https://www.linkedin.com/in/dana-reyes,,Fabrikam,Director of Product,12 Mar 2019
Sam,Lee,https://www.linkedin.com/in/sam-lee,,Fabrikam Inc.,Product Manager,01 Jun 2020
Priya,Nair,https://www.linkedin.com/in/priya-nair,,Fabrikam,Software Engineer,05 Jan 2021
Tom,Berg,https://www.linkedin.com/in/tom-berg,,Litware,Product Manager,20 Feb 2022
Ines,Castro,https://www.linkedin.com/in/ines-castro,,Litware,Group Product Manager,20 Feb 2022
Ola,Berg,https://www.linkedin.com/in/ola-berg,,Contoso,Senior Software Engineer,20 Feb 2022
Ken,Ito,https://www.linkedin.com/in/ken-ito,,Contoso,Product Designer,20 Feb 2022
Mia,Ross,https://www.linkedin.com/in/mia-ross,,Contoso,Engineering Manager,20 Feb 2022
Lea,Moss,https://www.linkedin.com/in/lea-moss,,Solo Ltd,Software Engineer,20 Feb 2022
`;
const PROFILE = `First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers
Jordan,Ellery,,,,Product leader,,Software Development,,"Lisbon, Lisbon, Portugal",,,
`;
const POSITIONS = `Company Name,Title,Description,Location,Started On,Finished On
Contoso,Director of Product,,Lisbon,Mar 2022,
Owlpine,Product Manager,,Lisbon,Jun 2019,Mar 2022
`;

describe('referable target suggest', () => {
  const folder = temporaryFolder();
  const db = join(folder, 'suggest.db');
  const archive = join(folder, 'export.zip');
  writeFileSync(archive, zipSync({ 'Connections.csv': strToU8(CONNECTIONS), 'Profile.csv': strToU8(PROFILE), 'Positions.csv': strToU8(POSITIONS) }));

  it('writes the example from an empty folder, and says why', () => {
    const file = join(folder, 'example.yaml');
    const init = referable(['target', 'init', file], folder);
    assert.equal(init.code, 0, init.stderr);
    assert.match(init.stdout, /an example market .* no contacts yet/);
    assert.match(readFileSync(file, 'utf8'), /- Contoso\n/);
  });

  it('lists candidates from the network with counts and the user\'s own marked, and a market that target set accepts', () => {
    assert.equal(referable(['import', archive, '--db', db, '--json'], folder).code, 0);
    const shown = referable(['target', 'suggest', '--db', db], folder);
    assert.equal(shown.code, 0, shown.stderr);
    assert.match(shown.stdout, /From your 9 contacts/);
    // Contoso is the user's employer: listed with its count, left out of the draft.
    assert.match(shown.stdout, /Companies \(contacts\):\n {2}Contoso +3 {2}your employer \(not in the draft\)\n {2}Fabrikam +3\n {2}Litware +2\n/);
    assert.doesNotMatch(shown.stdout, /Solo Ltd/, 'one contact at a company is chance, not a pattern');
    assert.match(shown.stdout, /Product Management +4 {2}yours/);
    assert.match(shown.stdout, /Industries \(contacts\):\n {2}Software Development +0 {2}yours/);

    const json = JSON.parse(referable(['target', 'suggest', '--db', db, '--json'], folder).stdout);
    assert.deepEqual(json.draft.companies, [{ name: 'Fabrikam', tier: 1 }, { name: 'Litware', tier: 1 }]);
    assert.deepEqual(json.draft.functions, ['Product Management']);
    assert.deepEqual(json.draft.seniorities, ['Director', 'VP']);
    assert.deepEqual(json.draft.locations, ['Lisbon']);

    const file = join(folder, 'target.yaml');
    const written = referable(['target', 'suggest', '--db', db, '--write', file], folder);
    assert.equal(written.code, 0, written.stderr);
    assert.match(written.stdout, new RegExp(`Wrote ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\. This market puts ${json.preview.inMarket} of your 9 connections in market`));
    assert.equal(referable(['target', 'suggest', '--db', db, '--write', file], folder).code, 6, 'never overwrites without --force');
    const set = referable(['target', 'set', file, '--db', db, '--json'], folder);
    assert.equal(set.code, 0, set.stderr);
    assert.equal(JSON.parse(set.stdout).name, 'Product Management in Lisbon');
    // The preview's count is the report's.
    const report = JSON.parse(referable(['report', '--db', db, '--json'], folder).stdout);
    assert.equal(report.quantity.inMarket, json.preview.inMarket);
  });

  it('--apply stores the suggested market as the active one, and init starts from the network once there are contacts', () => {
    const applied = referable(['target', 'suggest', '--db', db, '--apply'], folder);
    assert.equal(applied.code, 0, applied.stderr);
    assert.match(applied.stdout, /Saved and activated Product Management in Lisbon: 2 companies; functions: Product Management/);
    const shown = referable(['target', 'show', '--db', db], folder);
    assert.match(shown.stdout, /companies:\n {2}- name: Fabrikam\n {4}tier: 1\n/);
    const file = join(folder, 'init.yaml');
    const init = referable(['target', 'init', file, '--db', db], folder);
    assert.equal(init.code, 0, init.stderr);
    assert.match(init.stdout, /suggested from your 9 contacts/);
    assert.match(readFileSync(file, 'utf8'), /^name: Product Management in Lisbon$/m);
  });
});
