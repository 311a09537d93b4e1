// What a repository is bound to: one workspace of one database, inside a transaction or not. Built only by
// workspace-store.ts; app/ never sees it, so no query can leave out its workspace.
import type { Kysely } from 'kysely';
import type { StoreDialect } from './dialects/store-dialect.ts';
import type { Database } from './schema.ts';

export interface RepoScope {
  readonly db: Kysely<Database>;
  readonly dialect: StoreDialect;
  readonly workspaceId: string;
}
