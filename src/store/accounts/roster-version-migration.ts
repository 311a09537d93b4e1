// Migration 013: a cohort's roster version, kept by PostgreSQL. The coach's cohort page checks on every request that
// the page it holds is still the roster's; that check was an md5 over three json_aggs of the cohort's 200 members
// (about 1 ms of PostgreSQL's CPU per request, and under fifty coaches the page's whole wait). Now every change to
// what cohortRoster reads moves cohorts.roster_version on, in the changing transaction, so the check reads one row:
// - cohort_memberships and cohort_consents: any row of the cohort inserted, changed or deleted;
// - users: a member's email changed (or the account deleted);
// - user_workspaces: a member gains, loses or hands over a workspace;
// - workspaces: a member's workspace renamed, written (its data version moved: store/data-version.ts) or deleted.
// Triggers, not the application: every path that writes these tables (the CLI, the server, a migration, an operator's
// SQL) moves the version, as every one of them moved the digest. A member's write locks their cohorts' rows only from
// the data version's bump, which goes with the COMMIT (dialects/at-commit.ts), so concurrent imports barely wait on
// one another; the rows are locked in cohort id order, so two writers in the same cohorts never deadlock on them.
// SQLite takes the column and no triggers: the cohort page is PostgreSQL's (a multi-user server), as are its tests.
import { PostgresAdapter, sql, type Kysely } from 'kysely';

/** Shaped as migrations.ts's Migration (not imported: migrations.ts imports this file). */
export const ROSTER_VERSION_MIGRATION: { name: string; up(db: Kysely<unknown>): Promise<void> } = {
  name: '013-roster-version',
  async up(db) {
    await db.schema.alterTable('cohorts').addColumn('roster_version', 'bigint', (c) => c.notNull().defaultTo(0)).execute();
    if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
    // Bumps the cohorts listed, locking their rows in id order first.
    await sql`create function referable_bump_rosters(ids text[]) returns void language sql as $$
        update cohorts set roster_version = roster_version + 1
         where cohort_id in (select cohort_id from cohorts where cohort_id = any (ids) order by cohort_id for update)
      $$`.execute(db);
    // The cohorts where any of `users` is a job seeker (role 'member': the roster is theirs alone).
    await sql`create function referable_bump_rosters_of(users text[]) returns void language sql as $$
        select referable_bump_rosters(array(select distinct cohort_id from cohort_memberships where user_id = any (users) and role = 'member'))
      $$`.execute(db);
    await sql`create function referable_roster_changed() returns trigger language plpgsql as $$
      begin
        if tg_table_name in ('cohort_memberships', 'cohort_consents') then
          perform referable_bump_rosters(array[old.cohort_id, new.cohort_id]);
        elsif tg_table_name = 'user_workspaces' then
          perform referable_bump_rosters_of(array[old.user_id, new.user_id]);
        elsif tg_table_name = 'users' then
          -- A changed password or a disabled account is no part of the roster.
          if tg_op = 'UPDATE' and old.user_id = new.user_id and old.email = new.email then return null; end if;
          perform referable_bump_rosters_of(array[old.user_id, new.user_id]);
        elsif tg_table_name = 'workspaces' then
          if tg_op = 'UPDATE' and old.workspace_id = new.workspace_id and old.name = new.name and old.data_version = new.data_version then return null; end if;
          perform referable_bump_rosters_of(array(select user_id from user_workspaces where workspace_id in (old.workspace_id, new.workspace_id)));
        end if;
        return null;
      end
    $$`.execute(db);
    // OLD in an INSERT trigger (NEW in a DELETE one) is null on PostgreSQL 11 and later: its fields read as null.
    await sql`create trigger roster_changed after insert or update or delete on cohort_memberships for each row execute function referable_roster_changed()`.execute(db);
    await sql`create trigger roster_changed after insert or update or delete on cohort_consents for each row execute function referable_roster_changed()`.execute(db);
    await sql`create trigger roster_changed after insert or update or delete on user_workspaces for each row execute function referable_roster_changed()`.execute(db);
    await sql`create trigger roster_changed after update of user_id, email or delete on users for each row execute function referable_roster_changed()`.execute(db);
    // A workspace is deleted with its user_workspaces row (whose trigger moves the version) or after it.
    await sql`create trigger roster_changed after update of workspace_id, name, data_version or delete on workspaces for each row execute function referable_roster_changed()`.execute(db);
  },
};
