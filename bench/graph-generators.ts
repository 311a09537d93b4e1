// Seeded generators of pooled professional networks (me, teammates, companies, heavy-tailed contacts) for the graph benchmarks.
//
// Shape, chosen to look like a team's pooled LinkedIn networks rather than a textbook random graph:
// - node 0 is "me", with up to 30,000 first-degree ties (LinkedIn's cap), strong ties to a few teammates;
// - teammates (members) pool their own first-degree networks, with Pareto-distributed sizes;
// - everybody works at a company drawn from a Zipf law: small companies are coworker cliques, large ones rings of
//   nearest coworkers (like the app's inferred coworker ties);
// - the remaining ties join people with heavy-tailed "activity" (Chung & Lu, "Connected components in random graphs
//   with given expected degree sequences", 2002), so degrees follow a power law with a few very connected people.
// Pass probabilities are drawn like tie strengths: mostly weak (0.03–0.15), some medium, a few strong up to 0.6.
import type { EdgeList } from '../src/core/graph/csr-graph.ts';
import { createRandom, weightedSampler, type Random } from '../src/core/random/seeded-random.ts';

export interface NetworkShapeOptions {
  seed: number;
  /** Directed edges once both directions of every tie are stored (the CSR size); met exactly (rounded to even). */
  directedEdges: number;
}

export interface GeneratedNetwork {
  nodeCount: number;
  /** Node id of "me" (always 0). */
  me: number;
  /** Teammates whose networks are pooled, node ids. */
  members: Int32Array;
  /** One row per tie (undirected): build with buildCsrGraph(nodeCount, edges) to store both directions. */
  edges: EdgeList;
  /** Company index per node; company 0 is the largest. */
  companyOf: Int32Array;
  companyCount: number;
}

export const GENERATOR_DEFAULTS = {
  /** Average directed degree: nodeCount = directedEdges / averageDegree. */
  averageDegree: 10,
  /** Share of ties that are my first-degree ties, capped at LinkedIn's 30,000. */
  meShare: 0.03,
  meCap: 30_000,
  /** Share of ties held by teammates' first-degree networks. */
  membersShare: 0.25,
  /** One teammate per this many people, at least 3. */
  peoplePerMember: 4_000,
  /** People per company on average, and the Zipf exponent of company sizes. */
  peoplePerCompany: 20,
  companyZipf: 1.05,
  /** Share of ties between coworkers (at most: a clique or ring per company). */
  coworkerShare: 0.4,
  /** Companies up to this size are cliques; larger ones rings linking each person to this many coworkers per side. */
  cliqueLimit: 6,
  ringHalfWidth: 2,
  /** Pareto tail index of activity (degree) weights; 2.1 gives a heavy tail with a finite mean. */
  activityTail: 2.1,
};

/** A pass probability drawn like a tie strength: 88% weak, 10% medium, 2% strong. */
export function tieProbability(random: Random): number {
  const roll = random.next();
  if (roll < 0.88) return random.float(0.03, 0.15);
  if (roll < 0.98) return random.float(0.15, 0.3);
  return random.float(0.3, 0.6);
}

/** Pareto(1, tail) sample: heavy-tailed weights for "how connected is this person". */
function pareto(random: Random, tail: number): number {
  return Math.pow(1 - random.next(), -1 / tail);
}

class TieWriter {
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly probability: Float32Array;
  size = 0;
  private readonly pairs = new Set<number>();
  private readonly nodeCount: number;

  constructor(capacity: number, nodeCount: number) {
    this.nodeCount = nodeCount;
    this.from = new Int32Array(capacity);
    this.to = new Int32Array(capacity);
    this.probability = new Float32Array(capacity);
  }

  get full(): boolean {
    return this.size === this.from.length;
  }

  add(a: number, b: number, p: number): void {
    if (this.full || a === b) return;
    // One tie per pair, so the CSR holds exactly twice the ties (a tie duplicated by chance would be merged anyway).
    const key = a < b ? a * this.nodeCount + b : b * this.nodeCount + a;
    if (this.pairs.has(key)) return;
    this.pairs.add(key);
    this.from[this.size] = a;
    this.to[this.size] = b;
    this.probability[this.size] = p;
    this.size++;
  }
}

/** Coworker ties: cliques for small companies, rings of nearest coworkers for large ones, in company order. */
function addCoworkers(ties: TieWriter, companyOf: Int32Array, companyCount: number, random: Random, budget: number): void {
  const byCompany: number[][] = Array.from({ length: companyCount }, () => []);
  for (let v = 1; v < companyOf.length; v++) byCompany[companyOf[v]].push(v);
  const { cliqueLimit, ringHalfWidth } = GENERATOR_DEFAULTS;
  const stop = ties.size + budget;
  for (const people of byCompany) {
    const s = people.length;
    for (let i = 0; i < s && ties.size < stop; i++) {
      if (s <= cliqueLimit) {
        for (let j = i + 1; j < s; j++) ties.add(people[i], people[j], tieProbability(random));
      } else {
        for (let h = 1; h <= ringHalfWidth; h++) ties.add(people[i], people[(i + h) % s], tieProbability(random));
      }
    }
  }
}

/** A pooled professional network of `directedEdges` directed edges. Same options, same network. */
export function generateProfessionalNetwork(options: NetworkShapeOptions): GeneratedNetwork {
  const o = GENERATOR_DEFAULTS;
  const root = createRandom(options.seed);
  const companiesRandom = root.fork();
  const tiesRandom = root.fork();
  const activityRandom = root.fork();
  const tieCount = Math.max(10, Math.round(options.directedEdges / 2));
  const nodeCount = Math.max(20, Math.round(options.directedEdges / o.averageDegree));
  const me = 0;
  const memberCount = Math.max(3, Math.round(nodeCount / o.peoplePerMember));
  const members = Int32Array.from({ length: memberCount }, (_, i) => 1 + i);

  const companyCount = Math.max(2, Math.round(nodeCount / o.peoplePerCompany));
  const pickCompany = weightedSampler(Array.from({ length: companyCount }, (_, rank) => 1 / Math.pow(rank + 1, o.companyZipf)));
  const companyOf = new Int32Array(nodeCount);
  for (let v = 0; v < nodeCount; v++) companyOf[v] = pickCompany(companiesRandom);

  const ties = new TieWriter(tieCount, nodeCount);
  // Me: strong ties to teammates, then first-degree contacts spread over the whole population.
  for (const member of members) ties.add(me, member, tiesRandom.float(0.3, 0.6));
  const myTies = Math.min(o.meCap, Math.round(tieCount * o.meShare));
  const stride = Math.max(1, Math.floor((nodeCount - 1 - memberCount) / Math.max(1, myTies)));
  for (let i = 0, v = 1 + memberCount; i < myTies && v < nodeCount; i++, v += stride) ties.add(me, v, tieProbability(tiesRandom));

  // Teammates: Pareto-sized first-degree networks, each contact drawn uniformly (pooled networks overlap by chance).
  const memberWeights = Array.from(members, () => pareto(activityRandom, 1.5));
  const memberTotal = memberWeights.reduce((a, b) => a + b, 0);
  const membersBudget = Math.round(tieCount * o.membersShare);
  members.forEach((member, i) => {
    const count = Math.min(nodeCount - 1, Math.round((membersBudget * memberWeights[i]) / memberTotal));
    for (let j = 0; j < count; j++) ties.add(member, tiesRandom.int(1, nodeCount - 1), tieProbability(tiesRandom));
  });

  // Coworkers, then heavy-tailed "knows" ties until the budget is spent.
  addCoworkers(ties, companyOf, companyCount, tiesRandom, Math.round(tieCount * o.coworkerShare));
  const activity = Array.from({ length: nodeCount }, (_, v) => (v === me ? 0 : pareto(activityRandom, o.activityTail)));
  const pickActive = weightedSampler(activity);
  while (!ties.full) {
    ties.add(pickActive(tiesRandom), pickActive(tiesRandom), tieProbability(tiesRandom));
  }
  return { nodeCount, me, members, edges: { from: ties.from, to: ties.to, probability: ties.probability }, companyOf, companyCount };
}

/** 1 for the people of one company (the targets of "warm paths into company X"). */
export function companyMask(network: GeneratedNetwork, company: number): Uint8Array {
  const mask = new Uint8Array(network.nodeCount);
  for (let v = 0; v < network.nodeCount; v++) if (network.companyOf[v] === company) mask[v] = 1;
  return mask;
}
