// SQLite through better-sqlite3: the embedded default, one file, WAL so readers never block the importer.
import Sqlite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { ReferableError } from '../../core/errors.ts';
import type { Database } from '../schema.ts';
import type { StoreDialect } from './store-dialect.ts';

export function sqliteDialect(path: string): StoreDialect {
  return {
    name: 'sqlite',
    location: path,
    // SQLite 3.32+ allows 32,766 variables; stay well below it.
    maxParameters: 30_000,
    createKysely() {
      let database: Sqlite.Database;
      try {
        database = new Sqlite(path);
      } catch (error) {
        throw new ReferableError('STORE_UNAVAILABLE', `cannot open the database file ${path}: ${(error as Error).message}. Check the path and that its folder exists and is writable`);
      }
      try {
        // WAL keeps the file consistent if the process is killed mid-write; busy_timeout lets a second process wait.
        if (path !== ':memory:') database.pragma('journal_mode = WAL');
        database.pragma('synchronous = NORMAL');
        database.pragma('busy_timeout = 5000');
        database.pragma('foreign_keys = ON');
      } catch (error) {
        database.close();
        throw new ReferableError('STORE_UNAVAILABLE', `${path} is not a Referable database (${(error as Error).message}); pass another --db file`);
      }
      return new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
    },
  };
}
