// Use case: build the deterministic sample network as a real LinkedIn export and import it through the same importer.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ReferableError } from '../core/errors.ts';
import { writeOutput } from './output-file.ts';
import { generateLinkedInExport } from '../demo/generate-linkedin-export.ts';
import { zipFiles } from '../demo/write-zip.ts';
import { todayOf, type AppContext } from './app-context.ts';
import { DEMO_DEFAULTS } from './demo-options.ts';
import { importContacts, type ImportReport } from './import-contacts.ts';
import { previousConnections } from './demo-history.ts';
import { EXAMPLE_TARGET_YAML } from '../import/target/target-example.ts';
import type { MarketReport } from '../core/market/market-report.ts';
import { marketReport } from './report.ts';
import { parseMarket } from './target.ts';
import { warmPaths, type WarmPaths } from './paths.ts';
import { estimateWordOfMouth, type ReachResult } from './reach.ts';
import type { ReferabilityIndex } from '../core/index/referability-index.ts';
import { contentPicture, type ContentPicture } from './content.ts';
import { seedDemoLedger, type DemoLedgerSummary } from './demo-ledger.ts';
import { demoPlan } from './demo-plan.ts';
import { seedDemoReferrals, type DemoReferrals } from './demo-referrals.ts';
import { suggestIntroductions, type IntroSuggestion } from './intros.ts';
import type { PlanView } from './plan.ts';
import { computeIndex } from './referability-index.ts';
import { setSettingsText } from './settings.ts';

export const DEMO_EXPORT_NAME = 'Basic_LinkedInDataExport_demo.zip';
/** An earlier download of the same network, imported first so the demo shows job changes. */
export const DEMO_PREVIOUS_NAME = 'Basic_LinkedInDataExport_demo_previous.zip';
export { DEMO_DEFAULTS } from './demo-options.ts';

export interface DemoOptions {
  connections?: number;
  seed?: number;
  /** Folder for the generated export ZIP (kept so the user can look at it or import it elsewhere). */
  folder: string;
}

export interface DemoSummary {
  exportPath: string;
  /** The earlier export (Connections.csv only), imported first. */
  previousImport: ImportReport;
  /** The current export, imported second: its updates and job changes are what changed in between. */
  import: ImportReport;
  /** The sample target market's report (the example `target init` writes, set as the active market). */
  report: MarketReport;
  /** Warm paths to the first tier-1 target company. */
  path: WarmPaths;
  /** Word of mouth from you, with the quality-vs-quantity what-if side by side. */
  reach: ReachResult;
  /** The needs, offers and introductions in progress the demo seeds. */
  referrals: DemoReferrals;
  /** Past referrals given and received. */
  ledger: DemoLedgerSummary;
  /** The best introductions to make this week. */
  suggestions: IntroSuggestion[];
  index: ReferabilityIndex;
  /** This week's plan within the default budget. */
  plan: PlanView;
  content: ContentPicture;
}

/** The demo owner writes and shares about these (see the generator's share titles), so the go-to score has focus topics to count. */
const DEMO_FOCUS_TOPICS = ['referrals', 'checkout', 'roadmaps', 'product discovery'];
const DEMO_SETTINGS_YAML = `# The demo's settings: the owner's focus topics for the content ledger.\ncontent:\n  topics:\n${DEMO_FOCUS_TOPICS.map((topic) => `    - ${topic}`).join('\n')}\n`;

/** Re-running the demo rebuilds it; it never writes over a workspace that holds the user's own imports. */
export async function runDemo(context: AppContext, options: DemoOptions): Promise<DemoSummary> {
  const connections = options.connections ?? DEMO_DEFAULTS.connections;
  if (!Number.isInteger(connections) || connections < 10 || connections > 30_000) {
    throw new ReferableError('INVALID_INPUT', `--connections must be a whole number from 10 to 30000 (LinkedIn's cap); got ${connections}`);
  }
  const ws = context.store.workspace;
  const imports = await ws.history.imports();
  if (imports.some((entry) => entry.fileName !== DEMO_EXPORT_NAME && entry.fileName !== DEMO_PREVIOUS_NAME)) {
    throw new ReferableError('CONFLICT', `the database at ${context.store.dialect.location} holds your own imports; run the demo with another --db (e.g. --db referable-demo.db)`);
  }
  const today = todayOf(context);
  const files = generateLinkedInExport({ seed: options.seed ?? DEMO_DEFAULTS.seed, connections, today });
  const exportPath = join(options.folder, DEMO_EXPORT_NAME);
  const previousPath = join(options.folder, DEMO_PREVIOUS_NAME);
  try {
    mkdirSync(dirname(exportPath), { recursive: true });
  } catch (error) {
    throw new ReferableError('IO_ERROR', `cannot write the demo export to ${exportPath}: ${(error as Error).message}`);
  }
  writeOutput(exportPath, zipFiles(files), { what: 'the demo export' });
  writeOutput(previousPath, zipFiles(new Map([['Connections.csv', previousConnections(files.get('Connections.csv') ?? '')]])), { what: 'the demo export' });
  await ws.transaction((tx) => tx.rows.clear());
  const previousImport = await importContacts(context, { path: previousPath });
  const imported = await importContacts(context, { path: exportPath });
  const market = parseMarket('example target market', EXAMPLE_TARGET_YAML);
  await ws.markets.save({ name: market.name, definition: EXAMPLE_TARGET_YAML }, context.now().toISOString(), context.newId);
  const report = await marketReport(context);
  const path = await warmPaths(context, market.companies[0].name, { k: 3 });
  const reach = await estimateWordOfMouth(context, { runs: 2_000, whatIf: ['add-weak=100', 'strengthen=10'], ask: 3 });
  await setSettingsText(context, 'demo settings', DEMO_SETTINGS_YAML);
  const referrals = await seedDemoReferrals(context, { today });
  const ledger = await seedDemoLedger(context, { today });
  const suggestions = await suggestIntroductions(context, { limit: 3 });
  const index = await computeIndex(context);
  const plan = await demoPlan(context, { today });
  const content = await contentPicture(context);
  return { exportPath, previousImport, import: imported, report, path, reach, referrals, ledger, suggestions, index, plan, content };
}
