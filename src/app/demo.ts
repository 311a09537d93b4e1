// Use case: build the deterministic sample network as a real LinkedIn export and import it through the same importer.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ReferableError } from '../core/errors.ts';
import { generateLinkedInExport } from '../demo/generate-linkedin-export.ts';
import { zipFiles } from '../demo/write-zip.ts';
import { listImports } from '../store/history-repo.ts';
import { clearWorkspace } from '../store/workspace-dump.ts';
import type { AppContext } from './app-context.ts';
import { importContacts, type ImportReport } from './import-contacts.ts';

export const DEMO_EXPORT_NAME = 'Basic_LinkedInDataExport_demo.zip';
/** Keep in step with the demo command's defaults. */
export const DEMO_DEFAULTS = { connections: 3000, seed: 42 };

export interface DemoOptions {
  connections?: number;
  seed?: number;
  /** Folder for the generated export ZIP (kept so the user can look at it or import it elsewhere). */
  folder: string;
}

export interface DemoSummary {
  exportPath: string;
  import: ImportReport;
}

/** Re-running the demo rebuilds it; it never writes over a workspace that holds the user's own imports. */
export async function runDemo(context: AppContext, options: DemoOptions): Promise<DemoSummary> {
  const connections = options.connections ?? DEMO_DEFAULTS.connections;
  if (!Number.isInteger(connections) || connections < 10 || connections > 30_000) {
    throw new ReferableError('INVALID_INPUT', `--connections must be a whole number from 10 to 30000 (LinkedIn's cap); got ${connections}`);
  }
  const { db, workspaceId, dialect } = context.store;
  const imports = await listImports(db, workspaceId);
  if (imports.some((entry) => entry.fileName !== DEMO_EXPORT_NAME)) {
    throw new ReferableError('CONFLICT', `the database at ${dialect.location} holds your own imports; run the demo with another --db (e.g. --db referable-demo.db)`);
  }
  const today = context.now().toISOString().slice(0, 10);
  const files = generateLinkedInExport({ seed: options.seed ?? DEMO_DEFAULTS.seed, connections, today });
  const exportPath = join(options.folder, DEMO_EXPORT_NAME);
  try {
    mkdirSync(dirname(exportPath), { recursive: true });
    writeFileSync(exportPath, zipFiles(files));
  } catch (error) {
    throw new ReferableError('IO_ERROR', `cannot write the demo export to ${exportPath}: ${(error as Error).message}`);
  }
  await db.transaction().execute((trx) => clearWorkspace(trx, workspaceId));
  const report = await importContacts(context, { path: exportPath });
  return { exportPath, import: report };
}
