// The JSON shapes of the API routes the dashboard reads: aliases of the types generated from the OpenAPI document
// (web/src/api-schema.d.ts, by scripts/api-types.ts), so using a field the API does not define fails `tsc -p web`.
import type { components, operations } from './api-schema.d.ts';

type Schemas = components['schemas'];
/** The JSON body of an operation's 200 answer. */
type Ok<Operation extends keyof operations> = operations[Operation]['responses'] extends { 200: { content: { 'application/json': infer Body } } } ? Body : never;

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export type Workspace = Schemas['Workspace'];
export type ContactRow = Schemas['ContactItem'];
export type ContactEvent = Schemas['ContactEvent'];
export type Interaction = Schemas['Interaction'];
export type Party = Schemas['Party'];
export type Need = Schemas['Need'];
export type Offer = Schemas['Offer'];
export type Cadence = NonNullable<Schemas['Cadence']>;
export type ContactDetail = Schemas['ContactHistory'];
export type ContactIntroduction = ContactDetail['introductions'][number];

export const OFFER_SOURCE_LABEL: Record<string, string> = {
  stated: 'they said so',
  skills: 'their skills',
  endorsements: 'endorsements',
  tags: 'your tags',
  position: 'current position',
  'past-position': 'past position',
};

export type TargetResponse = Schemas['Targets'];
export type CoverageResponse = Schemas['Coverage'];
export type CoverageCompany = CoverageResponse['companies'][number];
export type MarketReport = Schemas['MarketReport'];
export type ReferabilityIndex = Schemas['ReferabilityIndex'];
export type IndexPillar = Schemas['IndexPillar'];
export type NextAction = Schemas['NextAction'];
export type GraphResponse = Schemas['Graph'];
export type GraphNode = GraphResponse['nodes'][number];
export type WarmPaths = Schemas['WarmPaths'];
export type PersonRef = WarmPaths['paths'][number]['hops'][number]['from'];
export type ReachResult = Schemas['Reach'];
export type ReachBlock = ReachResult['scenarios'][number];
export type Interval = ReachBlock['expectedInMarket'];
export type ImportReport = Schemas['ImportReport'];
export type ImportIssue = ImportReport['issues'][number];
export type ImportAudit = Schemas['ImportHistoryEntry'];

/** A row of any list the server returns, read loosely: the pages show what is there. */
export type Loose = Record<string, unknown>;

/** A list route answers a bare array or a page ({items}); both read the same. */
export function itemsOf<T>(data: T[] | { items?: T[] } | null | undefined): T[] {
  if (!data) return [];
  return Array.isArray(data) ? data : (data.items ?? []);
}

export type IntroSuggestion = Ok<'suggestIntros'>[number];

export const INTRO_STATES = ['suggested', 'asked-seeker', 'asked-helper', 'made', 'closed', 'declined', 'expired'] as const;
export type IntroState = (typeof INTRO_STATES)[number];

export type Introduction = Schemas['Introduction'];
export type LedgerEntry = Schemas['LedgerEntry'];
export type LedgerBalance = Ok<'getLedgerBalance'>;
export type Tally = LedgerBalance['overall'];
export type ThankYouDue = Schemas['ThankYouDue'];
export type PlanItem = Schemas['PlanItem'];
export type Plan = Schemas['Plan'];
export type CadenceReport = Ok<'listLosingTouch'>;
export type LosingTouchRow = CadenceReport['losingTouch'][number];
