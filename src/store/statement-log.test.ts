// Every statement the store sends PostgreSQL against a tenant table names its workspace: the whole conformance suite
// runs with pg's query method logged, and any select, update or delete on a tenant table without a workspace_id
// predicate (in WHERE or a join condition), or any insert that does not set workspace_id, fails this test. That is
// also what keeps the schema distributable by workspace (README, "Scaling out").
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TEST_STORES, uniqueWorkspace } from '../../test/support/test-stores.ts';
import { openStore } from './open-store.ts';
import { WORKSPACE_TABLES } from './workspace-dump.ts';
import { queryText, watchSentQueries } from './dialects/sent-queries.fixture.ts';

const TENANT_TABLES = new Set<string>(Object.keys(WORKSPACE_TABLES));
const IDENT = String.raw`(?:"?[a-z_]+"?\.)?"?([a-z_]+)"?`;

/** Why a statement reaches a tenant table without its workspace, or null when it does not (or is not data access). */
export function unscopedReason(statement: string): string | null {
  const text = statement.replace(/\s+/g, ' ').trim().toLowerCase();
  const verb = text.split(' ')[0];
  if (!['select', 'insert', 'update', 'delete', 'with'].includes(verb)) return null;
  const tables = [...text.matchAll(new RegExp(String.raw`\b(?:from|join|into|update) ${IDENT}`, 'g'))].map((match) => match[1]).filter((table) => TENANT_TABLES.has(table));
  if (tables.length === 0) return null;
  if (verb === 'insert') {
    const columns = /^insert into [^(]+\(([^)]*)\)/.exec(text)?.[1] ?? '';
    return /(^|[ ,"])workspace_id"?( |,|$)/.test(columns) ? null : `an insert into ${tables[0]} that does not set workspace_id`;
  }
  // Predicates only count after the first WHERE or ON: a selected workspace_id column is no filter.
  const start = text.search(/ (where|on) /);
  const conditions = start < 0 ? '' : text.slice(start);
  const predicates = conditions.match(new RegExp(String.raw`(?:"?[a-z_]+"?\.)?"?workspace_id"? (?:=|in) (?:\$\d+|'[^']*'|\(|(?:"?[a-z_]+"?\.)?"?workspace_id"?)`, 'g')) ?? [];
  return predicates.length >= tables.length ? null : `${tables.length} tenant table reference(s) (${tables.join(', ')}) but ${predicates.length} workspace_id predicate(s)`;
}

describe('the statement checker', () => {
  it('flags reads, writes and joins without their workspace, and passes scoped ones', () => {
    assert.match(unscopedReason('select * from "contacts" where "contact_id" = $1') ?? '', /1 tenant table/);
    assert.match(unscopedReason('select "workspace_id" from contacts') ?? '', /0 workspace_id/);
    assert.match(unscopedReason('delete from "ties"') ?? '', /ties/);
    assert.match(unscopedReason('insert into "asks" ("ask_id", "contact_id") values ($1, $2)') ?? '', /does not set workspace_id/);
    assert.match(unscopedReason('select * from contacts c join ties t on t.contact_id = c.contact_id where c.workspace_id = $1') ?? '', /2 tenant/);
    assert.equal(unscopedReason('select * from "contacts" where "workspace_id" = $1 and "contact_id" in ($2, $3)'), null);
    assert.equal(unscopedReason('select * from contacts c join ties t on t.workspace_id = c.workspace_id and t.contact_id = c.contact_id where c.workspace_id = $1'), null);
    assert.equal(unscopedReason('insert into "asks" ("workspace_id", "ask_id") values ($1, $2)'), null);
    assert.equal(unscopedReason('select name from referable_migrations'), null);
    assert.equal(unscopedReason('begin'), null);
  });
});

const postgres = TEST_STORES.find((kind) => kind.name === 'postgres')!;
const log: string[] = [];
if (!postgres.skip) {
  // Migrated first, so the log holds only what the suite itself sends (a migration is cross-workspace by nature).
  const warmUp = await openStore({ location: postgres.location(), workspaceId: uniqueWorkspace() }, '2026-11-25T12:00:00.000Z');
  await warmUp.close();
  watchSentQueries((config) => log.push(queryText(config)));
  // The whole conformance suite, registered here so that it runs before the check below.
  await import('./store.conformance.test.ts');
  await import('./referral-events-repo.test.ts');
  await import('./contact-page-repo.test.ts');
  await import('./accounts/pooled-view-repo.test.ts');
}

describe('the statement log of the conformance suite on PostgreSQL', { skip: postgres.skip || undefined }, () => {
  it('has no statement on a tenant table without its workspace', () => {
    assert.ok(log.filter((statement) => /workspace_id/.test(statement)).length > 50, `the log caught the suite's statements (${log.length} in all)`);
    const unscoped = log.map((statement) => ({ statement, reason: unscopedReason(statement) })).filter((entry) => entry.reason !== null);
    assert.deepEqual(unscoped, []);
  });
});
