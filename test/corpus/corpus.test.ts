// The bad-input corpus: every hostile or broken file we know of, through the real import use case on a SQLite store,
// each with its exact outcome (refusal code and message, or counts, per-row issues and the people stored). A refused
// import must leave the store byte-for-byte as it was (every workspace table dumped before and after).
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { importContacts, type ImportRequest } from '../../src/app/import-contacts.ts';
import { isReferableError, type ErrorCode } from '../../src/core/errors.ts';
import { openStore } from '../../src/store/open-store.ts';
import { fixedClock, sequentialIds, temporaryFolder } from '../support/test-stores.ts';
import { CASES, type CorpusCase } from './corpus-cases.ts';
import { generateCorpus, GENERATED } from './generate-corpus.ts';

const COMMITTED = fileURLToPath(new URL('./files/', import.meta.url));
const SEED_CSV = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\nSeed,Baseline,https://www.linkedin.com/in/seed-baseline,seed@seedco.example,Seedco,Founder,01 Jan 2019\r\n';

function pathOf(testCase: CorpusCase, folder: string): string {
  if (testCase.path) return testCase.path(folder);
  return join(testCase.generated ? GENERATED : COMMITTED, testCase.file);
}

describe(`bad-input corpus (${CASES.length} cases)`, () => {
  const folder = temporaryFolder();
  const template = join(folder, 'template.db');
  before(async () => {
    generateCorpus();
    mkdirSync(join(folder, 'empty-folder'));
    writeFileSync(join(folder, 'seed.csv'), SEED_CSV);
    // One store with a contact already in it, copied per case: "unchanged" must mean more than "still empty".
    const store = await openStore({ location: template }, '2026-11-25T00:00:00.000Z');
    await importContacts({ store, now: fixedClock().now, newId: sequentialIds('seed') }, { path: join(folder, 'seed.csv') });
    await store.close();
  });

  it('has at least 60 cases covering every importer', () => {
    assert.ok(CASES.length >= 60, `${CASES.length} cases`);
    const sources = new Set(CASES.map((c) => c.importer));
    assert.deepEqual([...sources].sort(), ['generic', 'google', 'linkedin-csv', 'linkedin-zip', 'outlook', 'vcard']);
  });

  for (const [index, testCase] of CASES.entries()) {
    it(`${testCase.file}: ${testCase.what}`, async () => {
      const db = join(folder, `case-${index}.db`);
      copyFileSync(template, db);
      const store = await openStore({ location: db }, '2026-11-25T00:00:00.000Z');
      try {
        const context = { store, now: fixedClock().now, newId: sequentialIds('c') };
        const before = await store.workspace.rows.dump();
        const request: ImportRequest = { path: pathOf(testCase, folder), ...testCase.request };
        const expected = testCase.expect;
        if ('refused' in expected) {
          await assert.rejects(importContacts(context, request), (error: unknown) => {
            assert.ok(isReferableError(error), `not a ReferableError: ${String(error)}`);
            assert.equal(error.code, expected.refused);
            for (const fragment of expected.message) assert.ok(error.message.includes(fragment), `message lacks ${JSON.stringify(fragment)}:\n${error.message}`);
            return true;
          });
          assert.deepEqual(await store.workspace.rows.dump(), before, 'a refused import changed the store');
          return;
        }
        const report = await importContacts(context, request);
        assert.deepEqual([report.added, report.updated, report.unchanged, report.skipped], expected.counts, 'added, updated, unchanged, skipped');
        const actual = report.issues.map((issue) => [issue.severity, issue.line ?? null, issue.field ?? null, issue.reason] as const);
        assert.equal(actual.length, expected.issues.length, `issues:\n${actual.map((issue) => JSON.stringify(issue)).join('\n')}`);
        expected.issues.forEach(([severity, line, field, fragment], i) => {
          assert.deepEqual(actual[i].slice(0, 3), [severity, line, field], `issue ${i}: ${JSON.stringify(actual[i])}`);
          assert.ok(actual[i][3].includes(fragment), `issue ${i} lacks ${JSON.stringify(fragment)}: ${actual[i][3]}`);
          assert.ok(report.issues[i].file.startsWith(testCase.file), `issue ${i} names ${report.issues[i].file}`);
        });
        const after = await store.workspace.rows.dump();
        const people = after.contacts
          .filter((row) => row.contact_id !== before.contacts[0].contact_id)
          .map((row) => [row.first_name, row.last_name, row.company].join('|'))
          .sort();
        if (expected.people) assert.deepEqual(people, [...expected.people].sort());
        else assert.equal(people.length, expected.counts[0]);
        assert.equal(after.imports.length, before.imports.length + 1, 'one audit row per import');
      } finally {
        await store.close();
      }
    });
  }
});

export type { ErrorCode };
