import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { join } from 'node:path';
import { sql } from 'kysely';
import { temporaryFolder } from '../../../test/support/test-stores.ts';
import { MIGRATIONS } from '../migrations.ts';
import { openStore } from '../open-store.ts';

describe('migration 006-accounts', () => {
  it('is applied and recorded by name after whatever precedes it (numbers need not be contiguous), once', async () => {
    const location = join(temporaryFolder(), 'accounts.db');
    const names = MIGRATIONS.map((migration) => migration.name);
    assert.ok(names.includes('006-accounts'));
    for (let round = 0; round < 2; round++) {
      const store = await openStore({ location }, '2026-11-25T12:00:00.000Z');
      const applied = (await sql<{ name: string }>`select name from referable_migrations order by name`.execute(store.db)).rows.map((row) => row.name);
      assert.deepEqual(applied, [...names].sort());
      const tables = (await store.db.introspection.getTables()).map((table) => table.name);
      for (const table of ['users', 'sessions', 'api_tokens', 'cohorts', 'cohort_memberships', 'user_workspaces', 'invitations', 'audit_log', 'organisations']) {
        assert.ok(tables.includes(table), table);
      }
      await store.close();
    }
  });
});
