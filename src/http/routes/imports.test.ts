import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { temporaryFolder, uniqueWorkspace } from '../../../test/support/test-stores.ts';
import { fixtureApi, fixtureConnectionsCsv, FIXTURE_PEOPLE, type FixtureApi } from '../api.fixture.ts';
import { safeFileName } from '../upload-name.ts';

const upload = (api: FixtureApi, body: string | Uint8Array, name: string, query = '') =>
  api.app.request(`/api/imports${query}`, { method: 'POST', headers: { 'X-File-Name': name, 'Content-Type': 'application/octet-stream' }, body });

const leftovers = () => readdirSync(tmpdir()).filter((name) => name.startsWith('referable-upload-'));

describe('/api/imports, /api/export, /api/restore', () => {
  let api: FixtureApi;
  let other: FixtureApi;
  before(async () => {
    api = await fixtureApi(join(temporaryFolder(), 'imports.db'), uniqueWorkspace(), { network: false, market: false });
    other = await fixtureApi(join(temporaryFolder(), 'other.db'), uniqueWorkspace(), { network: false, market: false });
  });
  after(async () => {
    await api.close();
    await other.close();
  });

  it('imports an uploaded file like the CLI, and again changes nothing; the list shows the contacts at once', async () => {
    const before = leftovers().length;
    const first = await upload(api, fixtureConnectionsCsv(), 'Connections.csv');
    assert.equal(first.status, 200);
    const report = (await first.json()) as { added: number; file: string; source: string };
    assert.deepEqual([report.added, report.file, report.source], [FIXTURE_PEOPLE, 'Connections.csv', 'linkedin']);
    const again = (await (await upload(api, fixtureConnectionsCsv(), 'Connections.csv')).json()) as { added: number; unchanged: number };
    assert.deepEqual([again.added, again.unchanged], [0, FIXTURE_PEOPLE]);
    assert.equal(((await (await api.app.request('/api/contacts')).json()) as { total: number }).total, FIXTURE_PEOPLE);
    assert.equal(leftovers().length, before, 'the temporary upload folder is removed');
    const progress = (await (await api.app.request('/api/imports/progress')).json()) as { running: boolean };
    assert.equal(progress.running, false);
    const history = (await (await api.app.request('/api/imports')).json()) as { total: number; items: { fileName: string; member: string; added: number; unchanged: number }[] };
    assert.equal(history.total, 2, 'both uploads are in the history');
    assert.deepEqual(history.items.map((entry) => [entry.fileName, entry.member, entry.added, entry.unchanged]), [
      ['Connections.csv', 'me', 0, FIXTURE_PEOPLE],
      ['Connections.csv', 'me', FIXTURE_PEOPLE, 0],
    ]);
    const workspace = (await (await api.app.request('/api/workspace')).json()) as { me: { name: string } | null };
    assert.ok(workspace.me?.name, 'the workspace names whose network it is');
  });

  it('refuses a file it cannot read with 422 and changes nothing; a dry run writes nothing', async () => {
    const refused = await upload(other, new Uint8Array([0, 1, 2, 3, 255, 254]), 'mystery.bin');
    assert.ok([422].includes(refused.status), String(refused.status));
    const dry = (await (await upload(other, fixtureConnectionsCsv(), 'Connections.csv', '?dryRun=true')).json()) as { added: number; dryRun: boolean };
    assert.deepEqual([dry.added, dry.dryRun], [FIXTURE_PEOPLE, true]);
    assert.equal(((await (await other.app.request('/api/contacts')).json()) as { total: number }).total, 0);
    assert.equal((await upload(other, 'x', 'a.csv', '?source=myspace')).status, 400);
  });

  it('keeps only a safe file name from the header', () => {
    assert.equal(safeFileName('../../etc/passwd', 'upload.csv'), 'passwd');
    assert.equal(safeFileName('C:\\Users\\me\\Connections.csv', 'upload.csv'), 'Connections.csv');
    assert.equal(safeFileName('%2e%2e%2fsecret.csv', 'upload.csv'), 'secret.csv');
    assert.equal(safeFileName('..', 'upload.csv'), 'upload.csv');
    assert.equal(safeFileName(undefined, 'upload.csv'), 'upload.csv');
  });

  it('exports a backup and a formula-safe CSV as downloads, and restores the backup elsewhere', async () => {
    const csv = await api.app.request('/api/export?format=csv');
    assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
    assert.match(csv.headers.get('content-disposition') ?? '', /attachment; filename="referable-contacts-2026-11-25\.csv"/);
    const lines = (await csv.text()).trim().split('\r\n');
    assert.equal(lines.length, FIXTURE_PEOPLE + 1);
    // Fit, in-market and tie strength follow each contact's own fields; with no market set, fit and in-market are empty.
    assert.ok(lines[0].endsWith(',rating,fit,inMarket,tieStrength'), lines[0]);
    const scores = lines.slice(1).map((line) => line.split(',').slice(-3));
    assert.ok(scores.every(([fit, inMarket]) => fit === '' && inMarket === ''), 'no market: fit unknown');
    assert.ok(scores.some(([, , strength]) => /^0\.\d\d$/.test(strength)), scores.slice(0, 3).join(' | '));
    const backup = await (await api.app.request('/api/export')).text();
    assert.match(backup, /"format": "referable-backup"/);
    const restored = await other.app.request('/api/restore', { method: 'POST', body: backup });
    assert.equal(restored.status, 200);
    assert.equal(((await restored.json()) as { contacts: number }).contacts, FIXTURE_PEOPLE);
    assert.equal(((await (await other.app.request('/api/contacts')).json()) as { total: number }).total, FIXTURE_PEOPLE);
    const refused = await other.app.request('/api/restore', { method: 'POST', body: backup });
    assert.equal(refused.status, 409);
    assert.equal((await other.app.request('/api/restore?replace=true', { method: 'POST', body: backup })).status, 200);
  });

  it('refuses a malformed backup with 400 naming its first problem, and the workspace keeps its contacts', async () => {
    const backup = JSON.parse(await (await other.app.request('/api/export')).text());
    const rated = structuredClone(backup);
    rated.tables.contacts[0].rating = 99;
    for (const [body, expected] of [
      [{ ...backup, tables: [] }, /"tables" must be an object of tables/],
      [{ ...backup, tables: {} }, /tables\.members is missing/],
      [rated, /tables\.contacts\[0\] \(contact_id "[^"]+"\) rating: 99 is not a rating/],
    ] as const) {
      const refused = await other.app.request('/api/restore?replace=true', { method: 'POST', body: JSON.stringify(body) });
      assert.equal(refused.status, 400);
      const error = ((await refused.json()) as { error: { code: string; message: string } }).error;
      assert.equal(error.code, 'INVALID_INPUT');
      assert.match(error.message, /^backup\.json is not a backup Referable can restore; nothing was changed/);
      assert.match(error.message, expected);
    }
    assert.equal(((await (await other.app.request('/api/contacts')).json()) as { total: number }).total, FIXTURE_PEOPLE);
  });

  describe('in worker threads, as serve runs them', () => {
    let workers: FixtureApi;
    let limited: FixtureApi;
    before(async () => {
      const location = join(temporaryFolder(), 'workers.db');
      workers = await fixtureApi(location, uniqueWorkspace(), { network: false, market: false, longWork: { workers: true } });
      // The same store behind a server whose imports may take 1 ms: none can finish.
      limited = await fixtureApi(location, workers.context.store.workspaceId, { network: false, market: false, longWork: { workers: true, limits: { import: 1, reach: 1 } } });
    });
    after(async () => {
      await limited.close();
      await workers.close();
    });

    it('imports in a worker with the same report, and the list shows the contacts at once', async () => {
      const first = await upload(workers, fixtureConnectionsCsv(), 'Connections.csv');
      assert.equal(first.status, 200);
      const report = (await first.json()) as { added: number; file: string; source: string };
      assert.deepEqual([report.added, report.file, report.source], [FIXTURE_PEOPLE, 'Connections.csv', 'linkedin']);
      assert.equal(((await (await workers.app.request('/api/contacts')).json()) as { total: number }).total, FIXTURE_PEOPLE);
      const refused = await upload(workers, 'not, a, contacts, file\n1,2,3,4\n', 'notes.txt');
      const inProcess = await upload(api, 'not, a, contacts, file\n1,2,3,4\n', 'notes.txt');
      // A refusal in the worker keeps its code, message and status.
      assert.deepEqual([refused.status, await refused.json()], [inProcess.status, await inProcess.json()]);
      assert.notEqual(refused.status, 500);
    });

    it('stops work past its time limit with TIMED_OUT (503), and nothing is written', async () => {
      const count = async () => ((await (await workers.app.request('/api/contacts?limit=1')).json()) as { total: number }).total;
      const before = await count();
      const more = fixtureConnectionsCsv().replace('Connected On', 'Connected On').replace(/\n$/, '\nZed,Newcomer,https://www.linkedin.com/in/zed-newcomer,,Acme,Engineer,01 Nov 2026\n');
      const response = await upload(limited, more, 'Connections.csv');
      assert.equal(response.status, 503);
      const body = (await response.json()) as { error: { code: string; message: string } };
      assert.equal(body.error.code, 'TIMED_OUT');
      assert.match(body.error.message, /the import took longer than 0 s and was stopped; nothing was changed/);
      assert.equal(await count(), before);
    });
  });
});
