// Use cases for target markets: write the example, set (validate + save + activate), show, list, use.
import { existsSync, readFileSync } from 'node:fs';
import { ReferableError } from '../core/errors.ts';
import { writeOutput } from './output-file.ts';
import { formatIssue } from '../core/imports/import-issue.ts';
import type { TargetMarket } from '../core/market/target-market.ts';
import { JOB_FUNCTION_NAMES, SENIORITY_NAMES } from '../core/taxonomy/linkedin-taxonomy.ts';
import { EXAMPLE_TARGET_YAML } from '../import/target/target-example.ts';
import { parseTargetFile } from '../import/target/target-file.ts';
import { type StoredMarket } from '../store/markets-repo.ts';
import type { AppContext } from './app-context.ts';
import { DEFINE_MARKET } from './next-steps.ts';

const VOCABULARY = { seniorities: SENIORITY_NAMES, functions: JOB_FUNCTION_NAMES };

export function writeExampleTarget(path: string, options: { force?: boolean } = {}): string {
  if (existsSync(path) && !options.force) {
    throw new ReferableError('CONFLICT', `${path} already exists; edit it, or add --force to overwrite it with the example`);
  }
  writeOutput(path, EXAMPLE_TARGET_YAML, { what: 'the example target market' });
  return path;
}

/** Parses a definition or throws one error listing every problem with its line and field. */
export function parseMarket(fileName: string, text: string): TargetMarket {
  const { market, issues } = parseTargetFile(fileName, text, VOCABULARY);
  if (!market) {
    throw new ReferableError('INVALID_INPUT', `${fileName} is not a valid target market; nothing was changed:\n${issues.map((issue) => `  ${formatIssue(issue)}`).join('\n')}`, { issues });
  }
  return market;
}

/** What is wrong with a definition, one line each; empty when it is a valid market (backups are checked with it). */
export function marketProblems(fileName: string, text: string): string[] {
  const { market, issues } = parseTargetFile(fileName, text, VOCABULARY);
  return market ? [] : issues.map(formatIssue);
}

export interface MarketView {
  id: string;
  name: string;
  active: boolean;
  definition: string;
  market: TargetMarket;
}

function view(stored: StoredMarket): MarketView {
  return { id: stored.id, name: stored.name, active: stored.active, definition: stored.definition, market: parseMarket(stored.name, stored.definition) };
}

/** Validates the whole file first: an invalid file changes nothing. */
export async function setTarget(context: AppContext, path: string): Promise<MarketView> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ReferableError('NOT_FOUND', `${path}: no such file; write an example market file first`, { file: path }, { text: 'Write an example market file', command: `referable target init ${path}` });
  }
  return setTargetDefinition(context, path, text);
}

/** The same for a definition given as text (the API's request body); `fileName` names it in problems. */
export async function setTargetDefinition(context: AppContext, fileName: string, text: string): Promise<MarketView> {
  const market = parseMarket(fileName, text);
  const stored = await context.store.workspace.transaction((tx) =>
    tx.markets.save({ name: market.name, definition: text }, context.now().toISOString(), context.newId),
  );
  return { ...view(stored), market };
}

export async function listTargets(context: AppContext): Promise<{ id: string; name: string; active: boolean; updatedAt: string }[]> {
  return (await context.store.workspace.markets.list()).map(({ id, name, active, updatedAt }) => ({ id, name, active, updatedAt }));
}

async function findMarket(context: AppContext, name?: string): Promise<StoredMarket> {
  const markets = await context.store.workspace.markets.list();
  if (markets.length === 0) {
    throw new ReferableError('NOT_FOUND', 'no target market yet: define one; one is suggested from your network', undefined, DEFINE_MARKET);
  }
  const found = name ? markets.find((market) => market.name.toLowerCase() === name.toLowerCase()) : markets.find((market) => market.active);
  if (!found) {
    throw new ReferableError('NOT_FOUND', name ? `no target market named "${name}"; markets: ${markets.map((market) => market.name).join(', ')}` : 'no active target market; choose one of your markets', undefined, { text: 'Choose the market to use', command: 'referable target use NAME', link: '/target' });
  }
  return found;
}

export async function showTarget(context: AppContext, name?: string): Promise<MarketView> {
  return view(await findMarket(context, name));
}

export async function useTarget(context: AppContext, name: string): Promise<MarketView> {
  const found = await findMarket(context, name);
  // One transaction: readers never see a moment with no active market.
  await context.store.workspace.transaction((tx) => tx.markets.activate(found.id));
  return view({ ...found, active: true });
}

/** The active market, or null when none is set (reports then say how to set one). */
export async function activeTarget(context: AppContext): Promise<TargetMarket | null> {
  const markets = await context.store.workspace.markets.list();
  const active = markets.find((market) => market.active);
  return active ? parsedMarket(active.name, active.definition) : null;
}

/** Parsed markets by their text: serve asks for the active market on every contact page view, and YAML costs. */
const parsedMarkets = new Map<string, TargetMarket>();

function parsedMarket(name: string, definition: string): TargetMarket {
  const key = `${name}\u0000${definition}`;
  let market = parsedMarkets.get(key);
  if (!market) {
    market = parseMarket(name, definition);
    if (parsedMarkets.size >= 8) parsedMarkets.delete(parsedMarkets.keys().next().value!);
    parsedMarkets.set(key, market);
  }
  return market;
}
