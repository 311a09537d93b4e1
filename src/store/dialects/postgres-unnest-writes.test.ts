import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { TEST_STORES, uniqueWorkspace } from '../../../test/support/test-stores.ts';
import { openStore } from '../open-store.ts';
import { unnestInsert, unnestUpdate } from './postgres-unnest-writes.ts';
import type { Row } from './store-dialect.ts';

const NOW = '2026-11-25T12:00:00.000Z';
const TRICKY = ['', 'plain', 'NULL', 'a "quoted" word', 'back\\slash', '\\"', '{braces}', 'a,comma', ' spaced ', 'line\nbreak', 'tab\there', 'Zoë 日本 🙂', "it's"];
const SETTINGS = new Map([['workspace_id', 'text'], ['name', 'text'], ['value', 'text'], ['updated_at', 'text']]);

describe('PostgreSQL bulk inserts and updates through unnest', () => {
  it('sends each column as the array literal node-postgres itself would write for it', () => {
    const { prepareValue } = createRequire(import.meta.url)('pg/lib/utils.js') as { prepareValue(value: unknown): string };
    const rows = TRICKY.map((value, index) => ({ workspace_id: 'w', name: `n${index}`, value, updated_at: index % 2 ? NOW : null }) as Row);
    const query = unnestInsert('settings', rows, SETTINGS)!;
    assert.equal(query.sql, 'insert into "settings" ("workspace_id", "name", "value", "updated_at") select * from unnest($1::text[], $2::text[], $3::text[], $4::text[])');
    assert.deepEqual(query.parameters, ['workspace_id', 'name', 'value', 'updated_at'].map((column) => prepareValue(rows.map((row) => row[column]))));
    const numbers = unnestInsert('settings', [{ workspace_id: 'w', name: 'x', value: 1.5, updated_at: -3 }], SETTINGS)!;
    assert.deepEqual(numbers.parameters, ['{"w"}', '{"x"}', prepareValue([1.5]), prepareValue([-3])]);
  });

  it('upserts with the conflict clause, and leaves rows it cannot carry to the caller', () => {
    const row = { workspace_id: 'w', name: 'n', value: 'v', updated_at: NOW };
    const upsert = unnestInsert('settings', [row], SETTINGS, { keys: ['workspace_id', 'name'], update: ['value', 'updated_at'] })!;
    assert.match(upsert.sql, / on conflict \("workspace_id", "name"\) do update set "value" = excluded\."value", "updated_at" = excluded\."updated_at"$/);
    // A missing column takes its default in a multi-row VALUES; an extra one, an unknown column, a non-scalar value: not here.
    assert.equal(unnestInsert('settings', [row, { workspace_id: 'w', name: 'm', value: 'v' } as Row], SETTINGS), null);
    assert.equal(unnestInsert('settings', [row, { ...row, extra: 'x' }], SETTINGS), null);
    assert.equal(unnestInsert('settings', [{ ...row, extra: 'x' }], SETTINGS), null);
    assert.equal(unnestInsert('settings', [{ ...row, value: [1] as never }], SETTINGS), null);
    assert.equal(unnestInsert('settings', [{ ...row, value: undefined as never }], SETTINGS), null);
    assert.equal(unnestInsert('settings', [row], SETTINGS, { keys: ['workspace_id', 'name'], update: [] }), null);
  });

  it('updates every row in one statement, unless two rows name the same stored row', () => {
    const rows = [{ workspace_id: 'w', name: 'a', value: '1', updated_at: NOW }, { workspace_id: 'w', name: 'b', value: '2', updated_at: NOW }];
    const update = unnestUpdate('settings', rows, SETTINGS, ['workspace_id', 'name'])!;
    assert.equal(update.sql, 'update "settings" as t set "value" = v."value", "updated_at" = v."updated_at" from unnest($1::text[], $2::text[], $3::text[], $4::text[]) as v("workspace_id", "name", "value", "updated_at") where t."workspace_id" = v."workspace_id" and t."name" = v."name"');
    assert.deepEqual(update.parameters, ['{"w","w"}', '{"a","b"}', '{"1","2"}', `{"${NOW}","${NOW}"}`]);
    assert.equal(unnestUpdate('settings', [rows[0], { ...rows[1], name: 'a' }], SETTINGS, ['workspace_id', 'name']), null);
    assert.equal(unnestUpdate('settings', [{ workspace_id: 'w', name: 'a' }], SETTINGS, ['workspace_id', 'name']), null);
  });

  for (const kind of TEST_STORES) {
    it(`stores exactly the values written, upserts, updates, and fills integer and null columns (${kind.name})`, { skip: kind.skip || undefined }, async () => {
      const workspaceId = uniqueWorkspace();
      const store = await openStore({ location: kind.location(), workspaceId }, NOW);
      try {
        const settings = TRICKY.map((value, index) => ({ workspace_id: workspaceId, name: `n${index}`, value, updated_at: NOW }));
        const contacts = TRICKY.map((value, index) => ({ workspace_id: workspaceId, contact_id: `c${index}`, first_name: value, last_name: 'L', rating: index % 3 ? index : null, first_seen: NOW, updated_at: NOW }));
        await store.db.transaction().execute(async (trx) => {
          await store.dialect.writeRows(trx, 'settings', settings);
          await store.dialect.writeRows(trx, 'contacts', contacts);
          const changed = settings.map((row) => ({ ...row, value: `${row.value}!`, updated_at: 'later' }));
          await store.dialect.writeRows(trx, 'settings', changed, { keys: ['workspace_id', 'name'], update: ['value', 'updated_at'] });
        });
        const stored = await store.db.selectFrom('settings').select(['name', 'value', 'updated_at']).where('workspace_id', '=', workspaceId).execute();
        assert.deepEqual(new Map(stored.map((row) => [row.name, [row.value, row.updated_at]])), new Map(settings.map((row) => [row.name, [`${row.value}!`, 'later']])));
        // Updates: a changed name and rating, a null rating, a row that names no stored contact (changes nothing).
        const changed = contacts.slice(0, 4).map((row, index) => ({ ...row, first_name: `${row.first_name}~`, rating: index === 1 ? null : 7 }));
        await store.db.transaction().execute((trx) => store.dialect.updateRows(trx, 'contacts', [...changed, { ...contacts[0], contact_id: 'nobody' }], ['workspace_id', 'contact_id']));
        contacts.splice(0, 4, ...changed);
        const people = await store.db.selectFrom('contacts').select(['contact_id', 'first_name', 'rating', 'emails']).where('workspace_id', '=', workspaceId).execute();
        assert.deepEqual(
          new Map(people.map((row) => [row.contact_id, [row.first_name, row.rating === null ? null : Number(row.rating), row.emails]])),
          new Map(contacts.map((row) => [row.contact_id, [row.first_name, row.rating, '[]']])),
        );
      } finally {
        await store.close();
      }
    });
  }
});
