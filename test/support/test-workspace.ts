// A fresh workspace per test suite on one of the test stores, with a fixed clock and sequential ids, and the
// import every suite starts from; close empties the workspace (PostgreSQL suites share one database) and closes it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppContext } from '../../src/app/app-context.ts';
import { importContacts, type ImportReport } from '../../src/app/import-contacts.ts';
import { openStore } from '../../src/store/open-store.ts';
import { sequentialIds, temporaryFolder, uniqueWorkspace, type TestStoreKind } from './test-stores.ts';

export async function openTestWorkspace(kind: TestStoreKind, clock: { now: () => Date }, idPrefix: string): Promise<AppContext> {
  const store = await openStore({ location: kind.location(), workspaceId: uniqueWorkspace() }, clock.now().toISOString());
  return { store, now: clock.now, newId: sequentialIds(idPrefix) };
}

export async function closeTestWorkspace(context: AppContext): Promise<void> {
  await context.store.workspace.rows.clear();
  await context.store.close();
}

/** Imports CSV text as a user's file would be (written to a temporary Connections.csv first). */
export async function importCsvText(context: AppContext, csv: string, fileName = 'Connections.csv'): Promise<ImportReport> {
  const path = join(temporaryFolder(), fileName);
  writeFileSync(path, csv);
  return importContacts(context, { path });
}
