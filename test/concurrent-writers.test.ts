// Many writers at once on one workspace, as a busy team uses it: CLI processes and API requests importing overlapping
// files, restoring and editing together, on SQLite and PostgreSQL. Afterwards the workspace holds exactly the contacts
// a one-at-a-time run gives, once each, with every edit kept; every writer either succeeded or was told BUSY.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { openContext, type AppContext } from '../src/app/app-context.ts';
import { createBackup } from '../src/app/backup.ts';
import { updateContact } from '../src/app/contact-update.ts';
import { importContacts } from '../src/app/import-contacts.ts';
import { generateLinkedInExport } from '../src/demo/generate-linkedin-export.ts';
import { createApiApp } from '../src/http/api-app.ts';
import { workspaceLockKey } from '../src/store/dialects/write-lock.ts';
import { openStore } from '../src/store/open-store.ts';
import { referableAsync } from './support/run-cli.ts';
import { TEST_STORES, temporaryFolder, uniqueWorkspace, type TestStoreKind } from './support/test-stores.ts';

const TODAY = '2026-11-25';
const NOW = `${TODAY}T12:00:00.000Z`;

/** One synthetic network of 2,400 people cut into overlapping slices: [0, 1200), [600, 1800), [1200, 2400), ... */
function overlappingFiles(folder: string, count: number): string[] {
  const text = generateLinkedInExport({ seed: 13, connections: 2400, today: TODAY }).get('Connections.csv')!;
  const lines = text.split('\n');
  const header = lines.findIndex((line) => line.startsWith('First Name,'));
  const rows = lines.slice(header + 1).filter(Boolean);
  const size = rows.length / 2;
  return Array.from({ length: count }, (_, i) => {
    const start = Math.round((i * (rows.length - size)) / Math.max(1, count - 1));
    const path = join(folder, `slice-${i}.csv`);
    writeFileSync(path, [...lines.slice(0, header + 1), ...rows.slice(start, start + size), ''].join('\n'));
    return path;
  });
}

interface ContactRow {
  linkedin_slug: string;
  first_name: string;
  last_name: string;
  company: string;
  tags: string;
}

/** What a user would see of the workspace: each contact's identity, sorted. */
async function contactSet(location: string, workspace: string): Promise<string[]> {
  const store = await openStore({ location, workspaceId: workspace, mustExist: true }, NOW);
  try {
    const rows = (await store.db.selectFrom('contacts').select(['linkedin_slug', 'first_name', 'last_name', 'company']).where('workspace_id', '=', workspace).execute()) as ContactRow[];
    return rows.map((row) => `${row.linkedin_slug}|${row.first_name} ${row.last_name}|${row.company}`).sort();
  } finally {
    await store.close();
  }
}

/** The set a one-at-a-time run gives: every file imported in turn into a fresh workspace. */
async function sequentialSet(kind: TestStoreKind, files: string[]): Promise<string[]> {
  const location = kind.name === 'sqlite' ? join(temporaryFolder(), 'reference.db') : kind.location();
  const workspace = uniqueWorkspace();
  const context = await openContext({ db: location, workspace }, { now: () => new Date(NOW) });
  try {
    for (const path of files) await importContacts(context, { path });
    return await contactSet(location, workspace);
  } finally {
    await context.store.workspace.rows.clear();
    await context.store.close();
  }
}

/** SQLite's own checks: the file is sound and every constraint holds. */
function checkSqliteFile(path: string): void {
  const sqlite = new Sqlite(path, { readonly: true });
  try {
    assert.equal(sqlite.pragma('integrity_check', { simple: true }), 'ok');
    assert.deepEqual(sqlite.pragma('foreign_key_check'), []);
  } finally {
    sqlite.close();
  }
}

/** No two contacts of the workspace share a LinkedIn profile or (without one) an email, whatever indexes exist. */
async function assertNoDuplicates(location: string, workspace: string): Promise<void> {
  const store = await openStore({ location, workspaceId: workspace, mustExist: true }, NOW);
  try {
    const rows = await store.db.selectFrom('contacts').select(['linkedin_slug', 'emails']).where('workspace_id', '=', workspace).execute();
    const slugs = rows.map((row) => row.linkedin_slug).filter(Boolean);
    assert.equal(new Set(slugs).size, slugs.length, 'two contacts with one LinkedIn profile');
    const emails = rows.filter((row) => !row.linkedin_slug).map((row) => (JSON.parse(row.emails) as string[])[0]).filter(Boolean);
    assert.equal(new Set(emails).size, emails.length, 'two contacts with one email');
    const members = await store.db.selectFrom('members').select('name').where('workspace_id', '=', workspace).execute();
    assert.deepEqual(members.map((member) => member.name), ['me']);
  } finally {
    await store.close();
  }
}

function apiFor(context: AppContext) {
  return createApiApp({ context, logError: (error) => assert.fail(`the server logged an unexpected error: ${String((error as Error)?.stack ?? error)}`) }).app;
}

const upload = (app: ReturnType<typeof apiFor>, path: string, body: string) =>
  app.request(path, { method: 'POST', headers: { 'X-File-Name': 'Connections.csv', 'Content-Type': 'application/octet-stream' }, body });

for (const kind of TEST_STORES) {
  describe(`concurrent writers: ${kind.name}`, { skip: kind.skip || undefined }, () => {
    let folder: string;
    let files: string[];
    let expected: string[];
    before(async () => {
      folder = temporaryFolder();
      files = overlappingFiles(folder, 5);
      expected = await sequentialSet(kind, files);
    });

    const locationFor = () => (kind.name === 'sqlite' ? join(temporaryFolder(), 'shared.db') : kind.location());
    const cli = (args: string[], location: string, workspace: string, env: Record<string, string> = {}) =>
      referableAsync([...args, '--db', location, '--workspace', workspace], folder, env);

    it('three CLI imports and two API imports of overlapping files at once leave exactly one contact per person', async () => {
      const location = locationFor();
      const workspace = uniqueWorkspace();
      // The server's store is open before the others start, as `referable serve` would be; the workspace is new.
      const context = await openContext({ db: location, workspace }, { now: () => new Date(NOW) });
      try {
        const app = apiFor(context);
        const results = await Promise.all([
          ...files.slice(0, 3).map((path) => cli(['import', path, '--json'], location, workspace)),
          ...files.slice(3).map(async (path) => {
            const response = await upload(app, '/api/imports', readFileSync(path, 'utf8'));
            return { code: response.status === 200 ? 0 : response.status, stdout: '', stderr: await response.text() };
          }),
        ]);
        for (const [i, result] of results.entries()) assert.equal(result.code, 0, `writer ${i} failed: ${result.stderr}`);
        assert.deepEqual(await contactSet(location, workspace), expected);
        await assertNoDuplicates(location, workspace);
        if (kind.name === 'sqlite') checkSqliteFile(location);
      } finally {
        await context.store.workspace.rows.clear();
        await context.store.close();
      }
    });

    it('a restore amid imports leaves exactly the backed-up contacts, once each', async () => {
      const location = locationFor();
      const source = uniqueWorkspace();
      const backup = join(folder, `${source}.json`);
      const sourceContext = await openContext({ db: location, workspace: source }, { now: () => new Date(NOW) });
      try {
        for (const path of files) await importContacts(sourceContext, { path });
        writeFileSync(backup, await createBackup(sourceContext));
      } finally {
        await sourceContext.store.close();
      }
      // The backup holds everything the files hold: whichever writer goes last, the set is the same.
      const workspace = uniqueWorkspace();
      const results = await Promise.all([
        cli(['import', files[0]], location, workspace),
        cli(['restore', backup, '--replace'], location, workspace),
        cli(['import', files[2]], location, workspace),
        cli(['import', files[4]], location, workspace),
      ]);
      for (const [i, result] of results.entries()) assert.equal(result.code, 0, `writer ${i} failed: ${result.stderr}`);
      assert.deepEqual(await contactSet(location, workspace), expected);
      await assertNoDuplicates(location, workspace);
      if (kind.name === 'sqlite') checkSqliteFile(location);
      for (const workspaceId of [source, workspace]) {
        const cleanup = await openStore({ location, workspaceId }, NOW);
        await cleanup.workspace.rows.clear();
        await cleanup.close();
      }
    });

    it('tags added to one contact by writers at once are all kept (no lost update)', async () => {
      const location = locationFor();
      const workspace = uniqueWorkspace();
      assert.equal((await cli(['import', files[0]], location, workspace)).code, 0);
      const slug = expected.find((entry) => entry.split('|')[0])!.split('|')[0];
      const contact = `https://www.linkedin.com/in/${slug}`;
      // Four writers with their own connections (as four server processes would be) and two CLI processes.
      const contexts = await Promise.all([1, 2, 3, 4].map(() => openContext({ db: location, workspace }, { now: () => new Date(NOW) })));
      try {
        const results = await Promise.all([
          ...contexts.map(async (context, i) => {
            await updateContact(context, contact, { addTags: [`tag-${i + 1}`] });
            return { code: 0, stderr: '' };
          }),
          cli(['contacts', 'tag', contact, 'tag-5'], location, workspace),
          cli(['import', files[1]], location, workspace),
        ]);
        for (const [i, result] of results.entries()) assert.equal(result.code, 0, `writer ${i} failed: ${result.stderr}`);
        const shown = await cli(['contacts', 'show', contact, '--json'], location, workspace);
        assert.deepEqual((JSON.parse(shown.stdout) as { tags: string[] }).tags.slice().sort(), ['tag-1', 'tag-2', 'tag-3', 'tag-4', 'tag-5']);
      } finally {
        await contexts[0].store.workspace.rows.clear();
        for (const context of contexts) await context.store.close();
      }
    });

    it('a writer kept waiting past the limit is told BUSY (exit 9, or 503 with Retry-After) and changes nothing', async () => {
      const location = locationFor();
      const workspace = uniqueWorkspace();
      assert.equal((await cli(['import', files[0]], location, workspace)).code, 0);
      const before = await contactSet(location, workspace);
      // Another writer holds the workspace for the whole test: the outcome does not depend on timing.
      const release = await holdWriteLock(kind, location, workspace);
      // The server's wait limit is read when its store opens; 1 s keeps the test short.
      process.env.REFERABLE_WRITE_WAIT = '1';
      const context = await openContext({ db: location, workspace }, { now: () => new Date(NOW) });
      try {
        const result = await cli(['import', files[1], '--json'], location, workspace, { REFERABLE_WRITE_WAIT: '1' });
        assert.equal(result.code, 9, result.stderr);
        assert.match(result.stderr, /busy/i);
        assert.doesNotMatch(result.stderr, /bug in Referable|internal error/i);
        assert.equal((JSON.parse(result.stdout) as { error: { code: string } }).error.code, 'BUSY');
        const response = await upload(apiFor(context), '/api/imports', 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nZed,Zulu,https://www.linkedin.com/in/zed-zulu,,Contoso,CEO,01 Jan 2024\n');
        assert.equal(response.status, 503);
        assert.equal(response.headers.get('Retry-After'), '5');
        assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'BUSY');
      } finally {
        delete process.env.REFERABLE_WRITE_WAIT;
        await release();
        await context.store.close();
      }
      assert.deepEqual(await contactSet(location, workspace), before);
      const cleanup = await openStore({ location, workspaceId: workspace }, NOW);
      await cleanup.workspace.rows.clear();
      await cleanup.close();
    });
  });
}

/** Takes the workspace's write lock the way another Referable writer would, until released. */
async function holdWriteLock(kind: TestStoreKind, location: string, workspace: string): Promise<() => Promise<void>> {
  if (kind.name === 'sqlite') {
    const sqlite = new Sqlite(location);
    sqlite.exec('begin immediate');
    return async () => {
      sqlite.exec('rollback');
      sqlite.close();
    };
  }
  const client = new pg.Client({ connectionString: location });
  await client.connect();
  await client.query('begin');
  await client.query('select pg_advisory_xact_lock($1::bigint)', [workspaceLockKey(workspace)]);
  return async () => {
    await client.query('rollback');
    await client.end();
  };
}
