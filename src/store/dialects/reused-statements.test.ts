import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, sql } from 'kysely';
import { reusedStatement } from './reused-statements.ts';

interface Db {
  people: { id: string; name: string; team: string };
}
const newDb = () =>
  new Kysely<Db>({
    dialect: { createAdapter: () => new PostgresAdapter(), createDriver: () => new DummyDriver(), createIntrospector: (db) => new PostgresIntrospector(db), createQueryCompiler: () => new PostgresQueryCompiler() },
  });

describe('reusedStatement', () => {
  it('sends the text built once with each call\'s values, an argument used twice in both places', () => {
    let builds = 0;
    const statement = reusedStatement((db: Kysely<Db>, name: string, teams: readonly string[]) => {
      builds++;
      return db.selectFrom('people').select('id').where((eb) => eb.or([eb('name', '=', name), eb('id', '=', name)])).where(sql<boolean>`team = any (${teams}::text[])`).where('id', '<>', 'nobody');
    });
    const db = newDb();
    const fresh = (name: string, teams: string[]) => db.selectFrom('people').select('id').where((eb) => eb.or([eb('name', '=', name), eb('id', '=', name)])).where(sql<boolean>`team = any (${teams}::text[])`).where('id', '<>', 'nobody').compile();
    for (const [name, teams] of [['ana', ['a', 'b']], ['ben', []]] as const) {
      const reused = statement(db, name, teams);
      const built = fresh(name, [...teams]);
      assert.deepEqual([reused.sql, reused.parameters], [built.sql, built.parameters]);
    }
    assert.equal(builds, 1);
    assert.notEqual(statement(db, 'a', []).queryId, statement(db, 'a', []).queryId, 'each execution its own id, for plugins that track one');
    statement(newDb(), 'a', []);
    assert.equal(builds, 2, 'once per database handle');
  });

  it('refuses an argument that is not one of its parameters', () => {
    const statement = reusedStatement((db: Kysely<Db>, names: readonly string[]) => db.selectFrom('people').select('id').where('name', 'in', [...names]));
    assert.throws(() => statement(newDb(), ['ana']), /argument 0 is not one of its parameters/);
  });
});
