// Loads one workspace as a network: the CSR graph, my node, and what the market says about every node.
import { buildCsrGraph, type CsrGraph } from '../core/graph/csr-graph.ts';
import { buildNetworkModel, NETWORK_DEFAULTS, type NetworkModel, type NetworkTie } from '../core/network/network-model.ts';
import { withRedundancy } from '../core/network/redundancy.ts';
import type { TargetMarket } from '../core/market/target-market.ts';
import { passProbability } from '../core/ties/pass-probability.ts';
import { tieStrengthValue } from '../core/ties/tie-strength.ts';
import { ReferableError } from '../core/errors.ts';
import { type ScoringContact } from '../store/contacts-repo.ts';
import { type Member } from '../store/members-repo.ts';
import type { AppContext } from './app-context.ts';
import { myTiesByContact, scoreContacts, type MarketFacts } from './market-scoring.ts';
import { activeTarget } from './target.ts';
import { IMPORT_NETWORK } from './next-steps.ts';

export interface NetworkOptions {
  /** Inferred coworker edges (same employer); on by default. */
  coworkers?: boolean;
}

export interface LoadedNetwork {
  model: NetworkModel;
  /** The graph the cascade runs on: each edge's pass probability × the redundancy term (core/network/redundancy.ts). */
  graph: CsrGraph;
  /** The same edges before the redundancy term, for what-if graphs (their mutual connections are counted afresh). */
  baseGraph: CsrGraph;
  /** Mutual connections per edge of `graph` (confirmed ties only). */
  mutual: Uint16Array;
  market: TargetMarket | null;
  members: Member[];
  /** Node index -> the contact (undefined for a member with no contact of their own). */
  contactAt: (ScoringContact | undefined)[];
  factsAt: (MarketFacts | undefined)[];
  /** 1 where the node is an in-market person. */
  inMarketMask: Uint8Array;
  /** Target-company index per node, or -1; names in targetCompanies. */
  groupOf: Int32Array;
  targetCompanies: string[];
  /** Strength behind each of my direct ties, by node, for explanations. */
  myStrength: Map<number, number>;
}

/** How long a loaded network is reused while nothing in the workspace changed (tie strengths move with the clock). */
export const NETWORK_REUSE_MS = 60_000;

interface ReusedNetwork {
  key: string;
  loadedAt: number;
  network: Promise<LoadedNetwork>;
}

/** Per workspace handle (a transaction's handle is its own): the network last loaded and what it was loaded at. */
const reused = new WeakMap<object, ReusedNetwork>();

/**
 * The workspace as a network. Reach, warm paths and the graph export of one dashboard visit all need it: on SQLite,
 * whose change token moves with any write to the file (ties, members, markets and settings included), the network
 * is loaded once and reused for up to a minute while the token stands still. PostgreSQL's token covers the contacts
 * only, so there every call loads afresh.
 */
export async function loadNetwork(context: AppContext, options: NetworkOptions = {}): Promise<LoadedNetwork> {
  const ws = context.store.workspace;
  if (ws.dialectName !== 'sqlite') return loadNetworkNow(context, options);
  const now = context.now().getTime();
  const key = `${await ws.changeToken()} ${options.coworkers ?? NETWORK_DEFAULTS.coworkers}`;
  const last = reused.get(ws);
  if (last && last.key === key && now >= last.loadedAt && now - last.loadedAt < NETWORK_REUSE_MS) return last.network;
  const entry: ReusedNetwork = { key, loadedAt: now, network: loadNetworkNow(context, options) };
  reused.set(ws, entry);
  // A failed load is not kept: the next call tries again.
  entry.network.catch(() => {
    if (reused.get(ws) === entry) reused.delete(ws);
  });
  return entry.network;
}

async function loadNetworkNow(context: AppContext, options: NetworkOptions): Promise<LoadedNetwork> {
  const market = await activeTarget(context);
  const ws = context.store.workspace;
  const [contacts, members, ties] = await Promise.all([context.store.workspace.contacts.scoring(), ws.members.list(), context.store.workspace.ties.links()]);
  const me = members.find((member) => member.isMe);
  if (!me) throw new ReferableError('NOT_FOUND', 'no network yet: import your LinkedIn export first', undefined, IMPORT_NETWORK);
  const now = context.now().getTime();
  const mine = myTiesByContact(ties, me.id);
  const scored = scoreContacts(contacts, mine, market, now, { reasons: false, list: false });
  // Ratings by contact, for teammates' ties only: built on first need (a network of my own ties never needs it).
  let ratings: Map<string, number | null> | undefined;
  const strengthOf = (tie: (typeof ties)[number]): number => {
    // My ties were just scored with the same inputs: reuse that strength rather than compute 30,000 of them twice.
    const known = mine.get(tie.contactId) === tie ? scored.facts.get(tie.contactId)?.strength : null;
    if (known !== null && known !== undefined) return known;
    ratings ??= new Map(scored.contacts.map((contact) => [contact.id, contact.rating]));
    return tieStrengthValue({ kind: tie.kind, connectedOn: tie.connectedOn, signals: tie.signals, rating: ratings.get(tie.contactId) ?? null }, now);
  };
  const networkTies: NetworkTie[] = ties.map((tie) => ({
    fromType: tie.fromType,
    fromId: tie.fromId,
    contactId: tie.contactId,
    kind: tie.kind,
    probability: passProbability(strengthOf(tie)),
  }));
  const model = buildNetworkModel(
    { contacts: scored.contacts, members: members.map((member) => ({ id: member.id, contactId: member.contactId, isMe: member.isMe })), ties: networkTies },
    { coworkers: options.coworkers ?? NETWORK_DEFAULTS.coworkers },
  );
  const baseGraph = buildCsrGraph(model.nodeIds.length, { from: model.from, to: model.to, probability: model.probability, kind: model.kind });
  const { graph, mutual } = withRedundancy(baseGraph);

  // The model's first nodes are the contacts in the order given (members without a contact of their own follow), so
  // node i is contacts[i]: no map from 30,000 ids back to their contacts.
  const contactAt: (ScoringContact | undefined)[] = model.nodeIds.map((_, node) => scored.contacts[node]);
  // The facts were set in the contacts' order, one per contact (ids are unique in a workspace), so the map's values are
  // node by node too: no lookup of 30,000 ids.
  const factsInOrder = [...scored.facts.values()];
  const factsAt: (MarketFacts | undefined)[] = model.nodeIds.map((_, node) => factsInOrder[node]);
  const targetCompanies = market ? market.companies.map((company) => company.name) : [];
  const inMarketMask = new Uint8Array(model.nodeIds.length);
  const groupOf = new Int32Array(model.nodeIds.length).fill(-1);
  factsAt.forEach((facts, node) => {
    if (!facts) return;
    if (facts.inMarket) inMarketMask[node] = 1;
    if (facts.targetCompany) groupOf[node] = targetCompanies.indexOf(facts.targetCompany);
  });
  const myStrength = new Map<number, number>();
  factsInOrder.forEach((facts, node) => {
    if (facts.strength !== null) myStrength.set(node, facts.strength);
  });
  return { model, graph, baseGraph, mutual, market, members, contactAt, factsAt, inMarketMask, groupOf, targetCompanies, myStrength };
}
