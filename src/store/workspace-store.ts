// One workspace of the store, and the only way app/ reaches its data: every repository here is already bound to the
// workspace, so a use case cannot run a query without it (a multi-tenant store's one unforgivable bug). On PostgreSQL,
// row-level security is the second wall (migration 007, postgres-dialect.ts); on SQLite this binding is the wall.
import { asksRepo } from './asks-repo.ts';
import { computedResultsRepo } from './computed-results-repo.ts';
import { autocommitWrites, transactionWrites } from './data-version.ts';
import { contactPageRepo } from './contact-page-repo.ts';
import { contactsRepo } from './contacts-repo.ts';
import { contentRepo } from './content-repo.ts';
import { historyRepo } from './history-repo.ts';
import { interactionsRepo } from './interactions-repo.ts';
import { introductionsRepo } from './introductions-repo.ts';
import { marketsRepo } from './markets-repo.ts';
import { membersRepo } from './members-repo.ts';
import { needsRepo } from './needs-repo.ts';
import { offersRepo } from './offers-repo.ts';
import { plansRepo } from './plans-repo.ts';
import { referralEventsRepo } from './referral-events-repo.ts';
import type { RepoScope } from './repo-scope.ts';
import { settingsRepo } from './settings-repo.ts';
import { snapshotsRepo } from './snapshots-repo.ts';
import { tiesRepo } from './ties-repo.ts';
import { workspaceRows } from './workspace-dump.ts';

/** The repositories of one workspace, bound to the database or to one open transaction. */
export interface Workspace {
  readonly id: string;
  /** Which database: 'sqlite' or 'postgres' (messages and the odd dialect-specific choice in app/). */
  readonly dialectName: 'sqlite' | 'postgres';
  readonly contacts: ReturnType<typeof contactsRepo>;
  readonly ties: ReturnType<typeof tiesRepo>;
  readonly members: ReturnType<typeof membersRepo>;
  readonly needs: ReturnType<typeof needsRepo>;
  readonly offers: ReturnType<typeof offersRepo>;
  readonly introductions: ReturnType<typeof introductionsRepo>;
  readonly referralEvents: ReturnType<typeof referralEventsRepo>;
  readonly asks: ReturnType<typeof asksRepo>;
  readonly interactions: ReturnType<typeof interactionsRepo>;
  readonly plans: ReturnType<typeof plansRepo>;
  readonly settings: ReturnType<typeof settingsRepo>;
  readonly snapshots: ReturnType<typeof snapshotsRepo>;
  readonly markets: ReturnType<typeof marketsRepo>;
  readonly content: ReturnType<typeof contentRepo>;
  readonly history: ReturnType<typeof historyRepo>;
  /** Everything one contact's page reads, in one read (one statement on PostgreSQL). */
  readonly contactPage: ReturnType<typeof contactPageRepo>;
  /** Results kept between processes, and the workspace's data version they are current for (data-version.ts). */
  readonly computed: ReturnType<typeof computedResultsRepo>;
  /** Whole-workspace rows (backup, restore, the demo's reset): the documented exception that deals in rows. */
  readonly rows: ReturnType<typeof workspaceRows>;
  /** A token that changes whenever the workspace's contacts may have changed (what derived caches are keyed by). */
  changeToken(): Promise<string>;
  /**
   * Runs `work` in one transaction holding the workspace's write lock, with the same repositories bound to it; all or
   * nothing. Called on a handle that is already in a transaction, it runs `work` in that transaction.
   */
  transaction<T>(work: (tx: Workspace) => Promise<T>): Promise<T>;
  /** Whether this handle is bound to an open transaction. */
  readonly inTransaction: boolean;
}

/**
 * The repositories on `scope`; `begin` and `dialect` are the plain database and dialect new transactions begin on
 * (without the autocommit tracking `scope` carries), or null for a handle already in a transaction.
 */
function bind(scope: RepoScope, begin: RepoScope['db'] | null, dialect: RepoScope['dialect'] = scope.dialect, settled?: () => Promise<void>): Workspace {
  const inTransaction = begin === null;
  const workspace: Workspace = {
    id: scope.workspaceId,
    dialectName: scope.dialect.name,
    contacts: contactsRepo(scope),
    ties: tiesRepo(scope),
    members: membersRepo(scope),
    needs: needsRepo(scope),
    offers: offersRepo(scope),
    introductions: introductionsRepo(scope),
    referralEvents: referralEventsRepo(scope),
    asks: asksRepo(scope),
    interactions: interactionsRepo(scope),
    plans: plansRepo(scope),
    settings: settingsRepo(scope),
    snapshots: snapshotsRepo(scope),
    markets: marketsRepo(scope),
    content: contentRepo(scope),
    history: historyRepo(scope),
    contactPage: contactPageRepo(scope),
    computed: computedResultsRepo(scope, settled),
    rows: workspaceRows(scope),
    changeToken: () => scope.dialect.changeToken(scope.db, scope.workspaceId),
    transaction: begin === null
      ? (work) => work(workspace)
      // The dialect's Kysely begins every transaction with the workspace's write lock (and, on PostgreSQL, its
      // row-level-security setting): see dialects/write-lock.ts. Data written moves the data version on at commit.
      : (work) =>
          begin.transaction().execute(async (trx) => {
            const writes = transactionWrites();
            const result = await work(bind({ db: trx.withPlugin(writes.plugin), dialect: writes.dialect(dialect), workspaceId: scope.workspaceId }, null));
            await writes.commit(trx, scope.workspaceId);
            return result;
          }),
    inTransaction,
  };
  return workspace;
}

/**
 * The workspace handle of an open store: see open-store.ts. Its repositories' writes outside a transaction move the
 * data version on as they run; its transactions begin on `writer` (PostgreSQL's connections for writers; by default
 * the store's own), without that tracking.
 */
export function bindWorkspace(scope: RepoScope, writer: RepoScope['db'] = scope.db): Workspace {
  const writes = autocommitWrites(scope.db, scope.workspaceId);
  return bind({ ...scope, db: scope.db.withPlugin(writes.plugin), dialect: writes.dialect(scope.dialect) }, writer, scope.dialect, writes.settled);
}
