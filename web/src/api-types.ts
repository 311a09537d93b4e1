// The JSON shapes of the API routes the dashboard reads (see notes/api-contract.md); optional where servers differ.

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface Workspace {
  workspace: string;
  me: { name: string } | null;
  contacts: number;
  inMarket: number | null;
  activeMarket: string | { id?: string; name: string } | null;
  imports?: number;
}

export interface ContactRow {
  id: string;
  name: string;
  company: string;
  title: string;
  location: string;
  fit: number;
  inMarket: boolean;
  seniority: string;
  function: string;
  strength: number | null;
  tags: string[];
  fitReasons?: string[];
}

export interface ContactEvent {
  id: string;
  kind: 'job_change' | 'title_change';
  observedAt: string;
  before: { company: string; title: string };
  after: { company: string; title: string };
}

export interface Interaction {
  id: string;
  kind: string;
  minutes: number;
  note: string;
  occurredAt: string;
  /** logged, plan, or the import it came from. */
  source: string;
}

export interface Party {
  id: string;
  name: string;
  company: string;
  title: string;
}

export interface Need {
  id: string;
  text: string;
  topic: string;
  deadline: string;
  status: 'open' | 'closed';
  closeNote: string;
  createdAt: string;
  closedAt: string;
  contact: Party;
}

export const OFFER_SOURCE_LABEL: Record<string, string> = {
  stated: 'they said so',
  skills: 'their skills',
  endorsements: 'endorsements',
  tags: 'your tags',
  position: 'current position',
  'past-position': 'past position',
};

export interface Offer {
  /** null for an offer derived from imports. */
  id: string | null;
  text: string;
  source: string;
  status: 'open' | 'closed';
  createdAt: string;
  closedAt: string;
  contact: Party;
}

export interface Cadence {
  tier: string;
  idealDays: number;
  maxDays: number;
  lastTouch: string;
  daysSinceLastTouch: number | null;
  state: 'ok' | 'due' | 'losing-touch';
  dueOn: string;
}

export interface ContactIntroduction {
  id: string;
  state: IntroState;
  need: { id: string; text: string; topic: string } | null;
  seeker: Party;
  helper: Party;
  outcome: string;
  history: { state: string; at: string; note: string }[];
  createdAt: string;
  updatedAt: string;
}

export interface ContactDetail {
  contact: {
    id: string;
    name: string;
    company: string;
    title: string;
    location: string;
    linkedinUrl: string;
    emails: string[];
    phones: string[];
    connectedOn: string;
    tags: string[];
    rating: number | null;
    notes: string;
    industry: string;
    source: string;
    firstSeen: string;
  };
  /** The market fit is measured against, or null (fit is then 0). */
  activeMarket: string | null;
  market: { fit: number; inMarket: boolean; fitReasons: string[]; seniority: string; function: string; strength: number | null; targetCompany: string | null };
  ties: { member: string; kind: string; connectedOn: string; strength: number; strengthReasons: { signal: string; detail: string; contribution: number }[] }[];
  events: ContactEvent[];
  interactions: Interaction[];
  needs: Need[];
  offers: Offer[];
  referrals: LedgerEntry[];
  introductions: ContactIntroduction[];
  /** null for a prospect, or when no cadence tier applies. */
  cadence: Cadence | null;
}

export interface TargetResponse {
  active: { id: string; name: string; definition: string; market?: { threshold?: number } } | null;
  markets: { id: string; name: string; active: boolean }[];
}

/** One target company's coverage; the server names fields as the report does (name, contacts, strongest). */
export interface CoverageCompany {
  name?: string;
  company?: string;
  tier: number | null;
  contacts?: number;
  total?: number;
  prospects?: number;
  bySeniority: Record<string, number>;
  strongest?: { contactId: string; name: string; title: string; strength: number } | null;
  bestPath?: { name?: string; title?: string; strength?: number; probability?: number } | string | null;
}

export interface CoverageResponse {
  companies: CoverageCompany[];
  whiteSpace: string[];
  covered?: number;
  goal?: number;
  breadth?: { top5Share: number; effectiveCompanies: number };
  concentration?: { top5Share: number; effectiveCompanies: number };
}

export interface Interval {
  mean: number;
  low: number;
  high: number;
}

export interface MarketReport {
  market: { name: string; threshold: number };
  asOf: string;
  quantity: { totalConnections: number; inMarket: number; inMarketShare: number; goal: number; goalProgress: number; inMarketProspects: number };
  quality: {
    medianStrength: number;
    meanStrength: number;
    quadrant: 'few-weak' | 'few-strong' | 'many-weak' | 'many-strong';
    advice: string;
    thresholds?: { warmMedian: number; largeShare: number };
    bands: { label: string; count: number }[];
  };
  coverage: { whiteSpace: string[]; covered: number; goal: number; companies: { name: string }[] };
  breadth: { top5Share: number; effectiveCompanies: number; distinctCompanies: number };
  growth: { goalBy: string; months: { month: string; added: number; cumulative: number }[]; recentPerMonth: number; neededPerMonth: number; monthsToGoal: number | null };
  jobChanges: { contactId: string; name: string; from: { company: string; title: string }; to: { company: string; title: string }; observedAt: string; intoTarget: boolean }[];
}

export interface IndexPillar {
  key?: string;
  name?: string;
  label?: string;
  score: number;
  max?: number;
  explanation?: string;
  reasons?: string[];
  why?: string | string[];
  actions?: (string | { text?: string; action?: string })[];
  nextActions?: (string | { text?: string; action?: string })[];
}

export interface ReferabilityIndex {
  nextAction?: string | null;
  score?: number;
  index?: number;
  total?: number;
  pillars: IndexPillar[] | Record<string, IndexPillar>;
}

export interface GraphNode {
  id: string;
  label: string;
  inMarket: boolean;
  fit: number;
  company: string;
  degree: number;
  me?: boolean;
  isMe?: boolean;
}

export interface GraphResponse {
  nodes: GraphNode[];
  edges: { source: string; target: string; weight: number }[];
}

export interface PersonRef {
  id: string;
  name: string;
  company: string;
  title: string;
}

export interface WarmPaths {
  target: { kind: 'company' | 'person'; name: string; people: number };
  paths: { probability: number; hops: { from: PersonRef; to: PersonRef; kind: string; probability: number; why: string }[] }[];
  suggestion: string;
}

export interface ReachBlock {
  name: string;
  description: string;
  expectedInMarket: Interval;
  expectedCompanies: Interval;
  expectedReached: Interval;
}

export interface ReachResult extends ReachBlock {
  runs: number;
  firstDegree: { people: number; inMarket: number; companies: number };
  secondDegree: { people: number; inMarket: number; companies: number };
  scenarios: ReachBlock[];
  askFirst: { id: string; name: string; company: string; title: string; marginalGain: number }[];
  askFirstCounts?: 'in-market' | 'everyone';
}

export interface ImportIssue {
  file: string;
  line?: number;
  field?: string;
  reason: string;
  severity: 'error' | 'warning' | 'info';
  /** Rows this issue stands for when it sums several up (absent: one). */
  count?: number;
}

export interface ImportReport {
  importId?: string;
  file: string;
  source: string;
  added: number;
  updated: number;
  unchanged: number;
  skipped: number;
  filesRead?: string[];
  contentAdded?: number;
  jobChanges?: number;
  issues: ImportIssue[];
}

export interface ImportAudit {
  id?: string;
  file?: string;
  fileName?: string;
  source?: string;
  importedAt?: string;
  finishedAt?: string;
  startedAt?: string;
  added?: number;
  updated?: number;
  unchanged?: number;
  skipped?: number;
  counts?: Record<string, number>;
}

/** A row of any list the server returns, read loosely: the pages show what is there. */
export type Loose = Record<string, unknown>;

/** A list route answers a bare array or a page ({items}); both read the same. */
export function itemsOf<T>(data: T[] | { items?: T[] } | null | undefined): T[] {
  if (!data) return [];
  return Array.isArray(data) ? data : (data.items ?? []);
}

export interface IntroSuggestion {
  need: { id: string; text: string; topic?: string; deadline?: string; contact: { id: string; name: string } };
  helper: { id: string; name: string; company: string; title: string };
  score: number;
  reasons: string[];
}

export const INTRO_STATES = ['suggested', 'asked-seeker', 'asked-helper', 'made', 'closed', 'declined', 'expired'] as const;
export type IntroState = (typeof INTRO_STATES)[number];

export interface Introduction {
  id: string;
  state: IntroState;
  needId?: string;
  need?: { id?: string; text?: string } | string | null;
  seekerId?: string;
  helperId?: string;
  seeker?: { id: string; name: string } | string;
  helper?: { id: string; name: string } | string;
  seekerName?: string;
  helperName?: string;
  history?: { state: string; at: string; note?: string }[];
  outcome?: string;
  updatedAt?: string;
}

export interface LedgerEntry {
  id: string;
  direction: 'given' | 'received';
  kind: string;
  contactId: string;
  contactName: string;
  otherContactId?: string;
  otherName?: string;
  company?: string;
  outcome?: string;
  latestOutcome?: string;
  note?: string;
  occurredOn: string;
  follows?: string;
}

export interface Tally {
  given: number;
  received: number;
  balance: number;
}

export interface LedgerBalance {
  overall: Tally;
  perContact: (Tally & { contactId: string; name: string; lastOn: string })[];
  thankYousOwed: number;
}

export interface ThankYouDue {
  contactId: string;
  name: string;
  eventId: string;
  occurredOn: string;
  kind: string;
  company?: string;
  outcome?: string;
}

export interface PlanItem {
  id: string;
  kind: string;
  status?: 'planned' | 'open' | 'done' | 'skipped' | string;
  done?: boolean;
  minutes: number;
  why?: string;
  title?: string;
  label?: string;
  text?: string;
  action?: string;
  contactId?: string;
  contactName?: string;
  name?: string;
  contact?: { id: string; name: string } | string | null;
  otherContactId?: string;
  otherName?: string;
  other?: { id: string; name: string } | string | null;
  company?: string;
  contentUrl?: string;
}

export interface Plan {
  planId?: string;
  weekStart?: string;
  budgetMinutes?: number;
  totalMinutes?: number;
  items: PlanItem[];
  skipped?: PlanItem[];
}

export interface LosingTouchRow {
  contactId: string;
  name: string;
  company: string;
  title?: string;
  fit?: number;
  tier: string;
  maxDays: number;
  daysSinceLastTouch: number | null;
  /** 'lapsed': a relationship gone quiet; 'never in touch': no message or interaction since connecting. */
  status: 'lapsed' | 'never in touch';
}

export interface CadenceReport {
  asOf: string;
  tiers: { name: string; idealDays: number; maxDays: number; tags: string[]; inMarket: boolean }[];
  losingTouch: LosingTouchRow[];
  total: number;
  lapsed: number;
  neverInTouch: number;
}
