// The capability object: everything that differs between SQLite and PostgreSQL, in one place (no scattered `if (pg)`).
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export interface StoreDialect {
  readonly name: 'sqlite' | 'postgres';
  /** Where the data lives, for messages ("./referable.db", "postgres://host/db"). Never includes a password. */
  readonly location: string;
  /** Bound parameters one statement may carry; bulk writes are chunked below this. */
  readonly maxParameters: number;
  createKysely(): Kysely<Database>;
}
