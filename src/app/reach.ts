// Use case: how far word of mouth travels from me (independent cascade), what-if scenarios side by side, and who to
// ask first. "It takes lots of connections to get the word out", measured on the user's own network.
import { displayName } from '../core/contacts/contact.ts';
import { ReferableError } from '../core/errors.ts';
import { withExtraEdges, withScaledEdges, withUniformProbability, type CsrGraph } from '../core/graph/csr-graph.ts';
import { withinHops } from '../core/graph/bfs.ts';
import { PRECISION_DEFAULTS } from '../core/graph/adaptive-runs.ts';
import { celfSeeds } from '../core/graph/celf.ts';
import { bestTiesToStrengthen } from '../core/graph/strengthen-scenario.ts';
import type { Interval } from '../core/graph/interval.ts';
import { EDGE_KINDS, NETWORK_DEFAULTS } from '../core/network/network-model.ts';
import { withRedundancy } from '../core/network/redundancy.ts';
import { PASS_MODEL_SOURCE, passProbability } from '../core/ties/pass-probability.ts';
import { TIE_STRENGTH_DEFAULTS } from '../core/ties/tie-strength.ts';
import type { AppContext } from './app-context.ts';
import { REACH_LIMITS } from './network-options.ts';
import { loadNetwork, type LoadedNetwork, type NetworkOptions } from './network.ts';
import { estimateReachParallel } from './parallel/cascade-runner.ts';

export { REACH_LIMITS } from './network-options.ts';
/**
 * Greedy choices (who to ask, which ties to strengthen) compare candidates on common random worlds, so fewer runs
 * suffice than for the final estimate; and only the most promising candidates by a one-step proxy are simulated.
 */
export const SELECTION_DEFAULTS = { runs: 500, shortlist: 150 };
/** A strengthened tie is as strong as a regular correspondent's (strength 0.6). */
export const STRONG_TIE_STRENGTH = 0.6;

export interface WhatIf {
  kind: 'add-weak' | 'strengthen';
  count: number;
}

export function parseWhatIf(text: string): WhatIf {
  const match = /^(add-weak|strengthen)=(\d+)$/.exec(text.trim());
  if (!match) throw new ReferableError('INVALID_INPUT', `--what-if "${text}" is not a scenario; use add-weak=N (N new in-market weak ties) or strengthen=K (your K most useful ties made strong)`);
  const count = Number(match[2]);
  const max = match[1] === 'add-weak' ? REACH_LIMITS.addWeakMax : REACH_LIMITS.strengthenMax;
  if (count < 1 || count > max) throw new ReferableError('INVALID_INPUT', `--what-if ${match[1]}=${count}: the number must be from 1 to ${max}`);
  return { kind: match[1] as WhatIf['kind'], count };
}

export interface ReachBlock {
  name: string;
  description: string;
  /** Simulated asks behind this block's figures (sampling stops early once they are precise enough). */
  runs: number;
  expectedInMarket: Interval;
  expectedCompanies: Interval;
  expectedReached: Interval;
}

export interface ReachResult extends ReachBlock {
  /** The most simulated asks any block may use (--runs). */
  runsCap: number;
  /** When sampling stops before the cap: every 95% interval within ±relative of its mean or ±absolute; null = exactly runsCap. */
  precision: { relative: number; absolute: number } | null;
  seed: number;
  /** The uniform pass probability used instead of tie strengths (--p), or null. */
  p: number | null;
  threads: number;
  edgeVisits: number;
  firstDegree: { people: number; inMarket: number; companies: number };
  secondDegree: { people: number; inMarket: number; companies: number };
  scenarios: ReachBlock[];
  askFirst: { id: string; name: string; company: string; title: string; marginalGain: number }[];
  /** What askFirst's gains count: in-market people, or everyone reached when no market is set (nothing is in market). */
  askFirstCounts: 'in-market' | 'everyone';
}

export interface ReachRequest extends NetworkOptions {
  /** The cap on simulated asks per estimate (default 10,000). */
  runs?: number;
  /** Run exactly `runs` asks instead of stopping once the intervals are tight enough. */
  fixedRuns?: boolean;
  seed?: number;
  p?: number;
  whatIf?: string[];
  ask?: number;
  threads?: number;
}

function hopsSummary(network: LoadedNetwork, nodes: Int32Array) {
  let inMarket = 0;
  const companies = new Set<number>();
  for (const node of nodes) {
    if (network.inMarketMask[node]) inMarket++;
    if (network.groupOf[node] >= 0) companies.add(network.groupOf[node]);
  }
  return { people: nodes.length, inMarket, companies: companies.size };
}

/**
 * N new in-market weak ties: the best-fitting in-market people I am not tied to yet (prospects, teammates'
 * contacts), and when there are not enough, new people shaped like the market (one per target company in turn, tied
 * to their future coworkers there). `graph` is the network before the redundancy term; with `redundant` the term is
 * applied to the grown network, so a new tie to a teammate's contact counts the teammate as shared.
 */
function addWeakScenario(network: LoadedNetwork, graph: CsrGraph, count: number, mask: Uint8Array, groupOf: Int32Array, redundant: boolean) {
  const me = network.model.meNode;
  const mine = new Set<number>();
  for (let e = graph.offsets[me]; e < graph.offsets[me + 1]; e++) mine.add(graph.targets[e]);
  const candidates = network.factsAt
    .map((facts, node) => ({ node, fit: facts?.fit ?? 0, inMarket: facts?.inMarket ?? false }))
    .filter((entry) => entry.inMarket && entry.node !== me && !mine.has(entry.node))
    .sort((a, b) => b.fit - a.fit || a.node - b.node)
    .slice(0, count)
    .map((entry) => entry.node);
  const weak = passProbability(TIE_STRENGTH_DEFAULTS.base.connected);
  const from: number[] = [];
  const to: number[] = [];
  const probability: number[] = [];
  const kind: number[] = [];
  for (const node of candidates) {
    from.push(me);
    to.push(node);
    probability.push(weak);
    kind.push(EDGE_KINDS.indexOf('connected'));
  }
  const synthetic = count - candidates.length;
  let nodeCount = graph.nodeCount;
  const extraMask: number[] = [];
  const extraGroup: number[] = [];
  const membersOf = new Map<number, number[]>();
  network.groupOf.forEach((group, node) => {
    if (group >= 0) membersOf.set(group, [...(membersOf.get(group) ?? []), node]);
  });
  for (let i = 0; i < synthetic; i++) {
    const node = nodeCount++;
    const group = network.targetCompanies.length > 0 ? i % network.targetCompanies.length : -1;
    from.push(me);
    to.push(node);
    probability.push(weak);
    kind.push(EDGE_KINDS.indexOf('connected'));
    for (const coworker of (membersOf.get(group) ?? []).slice(0, NETWORK_DEFAULTS.coworkerLinks)) {
      from.push(node);
      to.push(coworker);
      probability.push(NETWORK_DEFAULTS.coworkerProbability);
      kind.push(EDGE_KINDS.indexOf('coworker-inferred'));
    }
    extraMask.push(1);
    extraGroup.push(group);
  }
  const scenario = withExtraEdges(graph, { from: Int32Array.from(from), to: Int32Array.from(to), probability: Float32Array.from(probability), kind: Uint8Array.from(kind) }, { nodeCount });
  const grownMask = new Uint8Array(nodeCount);
  grownMask.set(mask);
  grownMask.set(extraMask, mask.length);
  const grownGroups = new Int32Array(nodeCount).fill(-1);
  grownGroups.set(groupOf);
  grownGroups.set(extraGroup, groupOf.length);
  return {
    graph: redundant ? withRedundancy(scenario).graph : scenario,
    mask: grownMask,
    groupOf: grownGroups,
    description: `${count} new in-market weak ties (${candidates.length} from people you are not tied to yet${synthetic > 0 ? `, ${synthetic} new people at your target companies` : ''}), each passing ${percent(weak)}%${redundant ? ' or less' : ''} (${PASS_MODEL_SOURCE})`,
  };
}

/**
 * A one-step proxy of how much reach a node brings: itself if in market, plus each in-market neighbour weighted by
 * the tie's pass probability. Cheap (one pass over the node's edges), good enough to shortlist for simulation.
 */
function shortlist(graph: CsrGraph, nodes: number[], mask: Uint8Array, limit: number): number[] {
  const score = (node: number) => {
    let value = mask[node] ? 1 : 0;
    for (let e = graph.offsets[node]; e < graph.offsets[node + 1]; e++) value += graph.probabilities[e] * (mask[graph.targets[e]] ? 1 : 0.05);
    return value;
  };
  return nodes
    .map((node) => ({ node, value: score(node) }))
    .sort((a, b) => b.value - a.value || a.node - b.node)
    .slice(0, limit)
    .map((entry) => entry.node);
}

/** 24 for 0.24, 0.7 for 0.007: whole percents unless that would round to 0. */
function percent(p: number): string {
  return p < 0.01 ? (p * 100).toFixed(1) : (p * 100).toFixed(0);
}

function block(name: string, description: string, estimate: { counted: Interval; groups: Interval; reached: Interval; runs: number }): ReachBlock {
  const round = (interval: Interval): Interval => ({ mean: Math.round(interval.mean * 10) / 10, low: Math.round(interval.low * 10) / 10, high: Math.round(interval.high * 10) / 10, stdErr: Math.round(interval.stdErr * 1000) / 1000 });
  return { name, description, runs: estimate.runs, expectedInMarket: round(estimate.counted), expectedCompanies: round(estimate.groups), expectedReached: round(estimate.reached) };
}

export async function estimateWordOfMouth(context: AppContext, request: ReachRequest = {}): Promise<ReachResult> {
  const runs = request.runs ?? 10_000;
  const seed = request.seed ?? 1;
  if (!Number.isInteger(runs) || runs < REACH_LIMITS.runsMin || runs > REACH_LIMITS.runsMax) {
    throw new ReferableError('INVALID_INPUT', `--runs must be a whole number from ${REACH_LIMITS.runsMin} to ${REACH_LIMITS.runsMax}; got ${runs}`);
  }
  if (!Number.isInteger(seed)) throw new ReferableError('INVALID_INPUT', `--seed must be a whole number; got ${seed}`);
  if (request.p !== undefined && !(request.p > 0 && request.p <= 1)) throw new ReferableError('INVALID_INPUT', `--p must be a probability above 0 and at most 1; got ${request.p}`);
  const ask = request.ask ?? 0;
  if (!Number.isInteger(ask) || ask < 0 || ask > REACH_LIMITS.askMax) throw new ReferableError('INVALID_INPUT', `--ask must be a whole number from 0 to ${REACH_LIMITS.askMax}; got ${ask}`);
  const whatIfs = (request.whatIf ?? []).map(parseWhatIf);

  const network = await loadNetwork(context, request);
  const uniform = request.p !== undefined;
  const graph = uniform ? withUniformProbability(network.graph, request.p!) : network.graph;
  // What-if graphs are built on the probabilities before the redundancy term, which is then counted afresh on them.
  const base = uniform ? graph : network.baseGraph;
  const me = network.model.meNode;
  const seeds = Int32Array.of(me);
  const groupCount = network.targetCompanies.length;
  const options = { runs, seed, countMask: network.inMarketMask, groupOf: network.groupOf, groupCount };
  const precision = request.fixedRuns ? null : PRECISION_DEFAULTS;
  const runner = { threads: request.threads, precision };
  const baseline = await estimateReachParallel(graph, seeds, options, runner);

  const scenarios: ReachBlock[] = [];
  for (const whatIf of whatIfs) {
    if (whatIf.kind === 'add-weak') {
      const scenario = addWeakScenario(network, base, whatIf.count, network.inMarketMask, network.groupOf, !uniform);
      const estimate = await estimateReachParallel(scenario.graph, seeds, { ...options, countMask: scenario.mask, groupOf: scenario.groupOf }, runner);
      scenarios.push(block(`add-weak=${whatIf.count}`, scenario.description, estimate));
    } else {
      const strong = passProbability(STRONG_TIE_STRENGTH);
      // Weaker than strong by strength (before the redundancy term: an embedded strong tie is not a weak one).
      const weakEdges = new Map<number, number>();
      for (let edge = base.offsets[me]; edge < base.offsets[me + 1]; edge++) if (base.probabilities[edge] < strong) weakEdges.set(base.targets[edge], edge);
      const candidates = shortlist(graph, [...weakEdges.keys()], network.inMarketMask, Math.max(SELECTION_DEFAULTS.shortlist, whatIf.count * 3)).map((node) => weakEdges.get(node)!);
      // The greedy choice compares candidates at the strong pass before the term (a shortcut for ranking); the
      // estimate below runs the full model: each chosen tie passes strong × its novelty.
      const chosen = bestTiesToStrengthen(graph, me, Int32Array.from(candidates), whatIf.count, strong, { runs: Math.min(runs, SELECTION_DEFAULTS.runs), seed, countMask: network.inMarketMask });
      const raised = withScaledEdges(base, chosen.edges, strong, { symmetric: true });
      const scenario = uniform ? raised : withRedundancy(raised).graph;
      const estimate = await estimateReachParallel(scenario, seeds, options, runner);
      scenarios.push(block(`strengthen=${whatIf.count}`, `your ${chosen.edges.length} most useful ties made strong (passing ${percent(strong)}%${uniform ? '' : ', less for those who share your connections'}; ${PASS_MODEL_SOURCE}), chosen greedily for in-market reach`, estimate));
    }
  }

  const askFirst: ReachResult['askFirst'] = [];
  // With no market nobody is in market, and every gain would be 0: then who to ask first is who reaches most people.
  const askFirstCounts = network.market ? 'in-market' : 'everyone';
  if (ask > 0) {
    const firstDegree = [...new Set(Array.from({ length: graph.offsets[me + 1] - graph.offsets[me] }, (_, i) => graph.targets[graph.offsets[me] + i]))];
    const counted = network.market ? network.inMarketMask : new Uint8Array(graph.nodeCount).fill(1);
    const candidates = Int32Array.from(shortlist(graph, firstDegree, counted, Math.max(SELECTION_DEFAULTS.shortlist, ask * 10)));
    const picked = celfSeeds(graph, candidates, ask, { runs: Math.min(runs, SELECTION_DEFAULTS.runs), seed, countMask: network.market ? network.inMarketMask : undefined });
    picked.seeds.forEach((node, index) => {
      const contact = network.contactAt[node];
      askFirst.push({ id: network.model.nodeIds[node], name: contact ? displayName(contact) : network.model.nodeIds[node], company: contact?.company ?? '', title: contact?.title ?? '', marginalGain: Math.round(picked.marginalGains[index] * 10) / 10 });
    });
  }

  return {
    ...block('baseline', request.p !== undefined ? `every tie passes ${request.p}` : `your network as it is (${PASS_MODEL_SOURCE})`, baseline),
    runsCap: runs,
    precision: precision && { relative: precision.relative, absolute: precision.absolute },
    seed,
    p: request.p ?? null,
    threads: baseline.threads,
    edgeVisits: baseline.edgeVisits,
    firstDegree: hopsSummary(network, withinHops(graph, me, 1)),
    secondDegree: hopsSummary(network, withinHops(graph, me, 2)),
    scenarios,
    askFirst,
    askFirstCounts,
  };
}
