// Migration 010: stored company keys again, after the key learned more legal forms ("Acme BV", "Acme SE", "AB (publ)").
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { companyKey } from '../core/companies/company-key.ts';

/** Rows read per round trip: bounded memory for a store of millions of contacts. */
const PAGE = 5_000;

interface KeyedRow {
  workspace_id: string;
  id: string;
  company: string;
  company_key: string;
}

/**
 * Rewrites the company key of every row of `table` whose stored key the current companyKey() no longer gives. Keys are
 * compared, not names: without this, "Woodgrove Bank SE" imported before would stay apart from "Woodgrove Bank" in
 * fit, coverage, clusters and the planner's one-company cap, while every newly imported spelling joins it.
 */
async function rekey(db: Kysely<unknown>, table: string, idColumn: string): Promise<void> {
  let after: { workspace: string; id: string } | null = null;
  for (;;) {
    const where: RawBuilder<unknown> = after ? sql`where (workspace_id > ${after.workspace} or (workspace_id = ${after.workspace} and ${sql.ref(idColumn)} > ${after.id}))` : sql``;
    const rows: KeyedRow[] = (await sql<KeyedRow>`select workspace_id, ${sql.ref(idColumn)} as id, company, company_key from ${sql.table(table)} ${where} order by workspace_id, ${sql.ref(idColumn)} limit ${PAGE}`.execute(db)).rows;
    for (const row of rows) {
      const key = companyKey(row.company);
      if (key !== row.company_key) await sql`update ${sql.table(table)} set company_key = ${key} where workspace_id = ${row.workspace_id} and ${sql.ref(idColumn)} = ${row.id}`.execute(db);
    }
    if (rows.length < PAGE) return;
    const last: KeyedRow = rows[rows.length - 1];
    after = { workspace: last.workspace_id, id: last.id };
  }
}

/** Shaped as migrations.ts's Migration (not imported: migrations.ts imports this file). */
export const COMPANY_KEYS_MIGRATION: { name: string; up(db: Kysely<unknown>): Promise<void> } = {
  name: '010-company-keys-more-legal-forms',
  async up(db) {
    await rekey(db, 'contacts', 'contact_id');
  },
};
