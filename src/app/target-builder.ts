// Use cases for building a market without writing YAML: suggest one from the network, preview a draft, save a draft.
// A draft is written as the same YAML file `target set` reads and checked by the same schema, so both paths store and
// refuse the same things with the same messages.
import { existsSync } from 'node:fs';
import { ReferableError } from '../core/errors.ts';
import { formatIssue, type ImportIssue } from '../core/imports/import-issue.ts';
import type { MarketDraft } from '../core/market/market-draft.ts';
import { previewMarket, type MarketPreview, type PreviewPerson } from '../core/market/market-preview.ts';
import { draftFromSuggestion, suggestMarket, type MarketSuggestion, type NetworkPerson, type OwnProfile } from '../core/market/market-suggestion.ts';
import { MARKET_DEFAULTS, type TargetMarket } from '../core/market/target-market.ts';
import { allIndustries } from '../core/industries/industries.ts';
import { classifyTitle } from '../core/taxonomy/classify-title.ts';
import { JOB_FUNCTION_NAMES, SENIORITY_NAMES } from '../core/taxonomy/linkedin-taxonomy.ts';
import { parseTargetFile } from '../import/target/target-file.ts';
import { writeTargetYaml } from '../import/target/target-yaml.ts';
import type { AppContext } from './app-context.ts';
import { myTiesByContact } from './market-scoring.ts';
import { writeOutput } from './output-file.ts';
import { setTargetDefinition, type MarketView } from './target.ts';
import { IMPORT_NETWORK } from './next-steps.ts';

const VOCABULARY = { seniorities: SENIORITY_NAMES, functions: JOB_FUNCTION_NAMES };

/** How problems with a draft name it: the web and `--apply` have no file, so no line numbers either. */
export const DRAFT_NAME = 'market';

/** Everyone in the workspace with their role classified once, and the user's own profile: what suggestion and preview read. */
export interface MarketPopulation {
  people: (PreviewPerson & NetworkPerson)[];
  profile: OwnProfile | null;
}

export async function loadMarketPopulation(context: AppContext): Promise<MarketPopulation> {
  const workspace = context.store.workspace;
  const [contacts, members] = await Promise.all([workspace.contacts.scoring(), workspace.members.list()]);
  const me = members.find((member) => member.isMe);
  const ties = me ? myTiesByContact(await workspace.ties.list({ fromType: 'member', fromId: me.id }), me.id) : new Map();
  const people = contacts.map((contact) => {
    const role = classifyTitle(contact.title);
    return {
      company: contact.company,
      companyKey: contact.companyKey,
      title: contact.title,
      location: contact.location,
      industry: contact.industry,
      seniority: role.seniority,
      function: role.function,
      connected: ties.has(contact.id),
    };
  });
  const profile = me && (me.profile.positions.length > 0 || me.profile.industry || me.profile.location) ? me.profile : null;
  return { people, profile };
}

export interface DraftCheck {
  /** The market the draft defines, or null when it has problems. */
  market: TargetMarket | null;
  /** Every problem, each naming its field ("functions[0]"), as the YAML path names them. */
  issues: ImportIssue[];
  /** The draft as the stored YAML definition. */
  definition: string;
}

/** Validates a draft with the target file's schema (written as that file, then read back). */
export function checkDraft(draft: MarketDraft | Record<string, unknown>): DraftCheck {
  const definition = writeTargetYaml(draft);
  const { market, issues } = parseTargetFile(DRAFT_NAME, definition, VOCABULARY);
  // Lines of a file the user never saw would mislead; the field names what to fix.
  return { market, issues: issues.map(({ line: _line, ...issue }) => issue), definition };
}

function refuse(issues: ImportIssue[]): never {
  throw new ReferableError('INVALID_INPUT', `the market has problems; nothing was changed:\n${issues.map((issue) => `  ${formatIssue(issue)}`).join('\n')}`, { issues });
}

export interface TargetSuggestion {
  suggestion: MarketSuggestion;
  draft: MarketDraft;
  /** The draft as a ready-to-edit target file. */
  definition: string;
  /** How the draft would count, as the report will. */
  preview: MarketPreview | null;
}

const SUGGESTED_HEADER = [
  'Referable target market, suggested from your own network (the companies, roles and places most of your contacts share).',
  'Edit it, then: referable target set FILE. A contact\'s fit (0-100) adds the points of every dimension it matches;',
  'in market = fit >= threshold. Dimensions you leave out are ignored and the others scaled to 100.',
  'See every candidate with its count: referable target suggest',
];

/** Candidates with counts and a first market built from them; null draft when the workspace has no contacts. */
export function suggestFromPopulation(population: MarketPopulation): TargetSuggestion {
  const suggestion = suggestMarket(population.people, population.profile);
  const draft = draftFromSuggestion(suggestion);
  const { market } = checkDraft(draft);
  return { suggestion, draft, definition: writeTargetYaml(draft, SUGGESTED_HEADER), preview: market ? previewMarket(population.people, market) : null };
}

export async function suggestTarget(context: AppContext): Promise<TargetSuggestion> {
  const population = await loadMarketPopulation(context);
  if (population.people.length === 0) {
    throw new ReferableError('NOT_FOUND', 'no contacts to suggest a market from yet: import your network first', undefined, IMPORT_NETWORK);
  }
  return suggestFromPopulation(population);
}

/** Writes the suggested market as a file to edit (refusing to overwrite unless forced). */
export function writeSuggestion(path: string, suggestion: TargetSuggestion, options: { force?: boolean } = {}): string {
  if (existsSync(path) && !options.force) throw new ReferableError('CONFLICT', `${path} already exists; edit it, or add --force to overwrite it with the suggestion`);
  writeOutput(path, suggestion.definition, { what: 'the suggested target market' });
  return path;
}

export interface DraftPreview {
  issues: ImportIssue[];
  preview: MarketPreview | null;
}

/** A draft's count without saving it; problems are answered, not thrown, since a draft being edited is often incomplete. */
export function previewDraft(population: MarketPopulation, draft: MarketDraft | Record<string, unknown>): DraftPreview {
  const { market, issues } = checkDraft(draft);
  return { issues, preview: market ? previewMarket(population.people, market) : null };
}

/** The draft's definition, or INVALID_INPUT listing every problem by field (nothing changed). */
export function validDraft(draft: MarketDraft | Record<string, unknown>): string {
  const { market, issues, definition } = checkDraft(draft);
  if (!market) refuse(issues);
  return definition;
}

/** Saves a draft as the active market: the same stored definition (YAML) `target set` stores. */
export async function setTargetDraft(context: AppContext, draft: MarketDraft | Record<string, unknown>): Promise<MarketView> {
  return setTargetDefinition(context, DRAFT_NAME, validDraft(draft));
}

/** Stores a suggestion directly (`target suggest --apply`), after the same validation. */
export async function applySuggestion(context: AppContext, suggestion: TargetSuggestion): Promise<MarketView> {
  return setTargetDraft(context, suggestion.draft);
}

/** What the builder's pickers offer: LinkedIn's functions, seniorities and industries, and the market defaults. */
export function targetVocabulary() {
  return {
    functions: [...JOB_FUNCTION_NAMES],
    seniorities: [...SENIORITY_NAMES],
    industries: allIndustries().map((industry) => ({ id: industry.id, label: industry.label, path: [...industry.path] })),
    defaults: {
      threshold: MARKET_DEFAULTS.threshold,
      weights: { ...MARKET_DEFAULTS.weights },
      goals: { inMarketConnections: MARKET_DEFAULTS.goals.inMarketConnections, coveredCompanies: MARKET_DEFAULTS.goals.coveredCompanies },
    },
  };
}
