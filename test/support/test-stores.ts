// The stores every conformance test runs against: a SQLite file always, PostgreSQL when a test database is given.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomId } from '../../src/app/app-context.ts';

export interface TestStoreKind {
  name: 'sqlite' | 'postgres';
  /** A fresh location for one test (a new SQLite file; the shared PostgreSQL database). */
  location(): string;
  /** Why the suite is skipped, or '' when it runs. */
  skip: string;
}

const temporaryFolders: string[] = [];
process.on('exit', () => {
  for (const folder of temporaryFolders) rmSync(folder, { recursive: true, force: true });
});

export function temporaryFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'referable-test-'));
  temporaryFolders.push(folder);
  return folder;
}

const postgresUrl = process.env.REFERABLE_TEST_DATABASE_URL ?? '';
if (!postgresUrl && process.env.CI === 'true') {
  // In CI a missing database is a broken pipeline, not a reason to skip half the suite.
  throw new Error('REFERABLE_TEST_DATABASE_URL is not set in CI; .ci/run must start PostgreSQL and set it');
}

export const TEST_STORES: TestStoreKind[] = [
  { name: 'sqlite', location: () => join(temporaryFolder(), 'test.db'), skip: '' },
  {
    name: 'postgres',
    location: () => postgresUrl,
    skip: postgresUrl ? '' : 'PostgreSQL tests skipped: set REFERABLE_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test to run them',
  },
];

/** Every test gets its own workspace: PostgreSQL tests share one database, and workspaces never see each other. */
export function uniqueWorkspace(): string {
  return `test-${randomId()}`;
}

/** A clock that stands still unless moved, so timestamps in assertions are exact. */
export function fixedClock(iso = '2026-11-25T12:00:00.000Z') {
  let current = new Date(iso);
  return { now: () => new Date(current), set: (next: string) => (current = new Date(next)) };
}

export function sequentialIds(prefix = 'id') {
  let next = 0;
  return () => `${prefix}${String(++next).padStart(6, '0')}`;
}

/** The LinkedIn sample export and edge-case files, copied into the repository with their licence (test/fixtures/linkedin/). */
export const FIXTURES = new URL('../fixtures/linkedin/', import.meta.url);
