// The pooled graph of a cohort, seen from one seeker: word of mouth over the seeker's own ties, their teammates and the
// teammates' people, as far as each teammate's consent allows (issue #14 section 3), ready for the cascade.
//
// Nodes: 0 is me; then each teammate whose consent lets their people count (companies and titles, or full contacts);
// then every person once, by the one-way key two workspaces agree on (store/accounts/pooled-view-repo.ts), however
// many of us know them: a person three teammates know is one node with three ties, as teammates' imports into one
// workspace are (`--member`). A teammate sharing counts only is in none of it: counts reach nobody person by person.
// Edges, all mutual: me–my people and teammate–their people pass as a plain LinkedIn connection (the pooled views
// never carry a teammate's messages or ratings, so no tie can be shown to be stronger); me–teammate passes as a
// moderately weak tie (cohort members meet in sessions but are not close friends); people at the same employer get
// the inferred coworker ties of network-model.ts, the same rule the single-person network uses.
import { consentReveals, type ConsentLevel } from '../accounts/consent.ts';
import { buildCsrGraph, type CsrGraph } from '../graph/csr-graph.ts';
import { passProbability } from '../ties/pass-probability.ts';
import { TIE_STRENGTH_DEFAULTS } from '../ties/tie-strength.ts';
import { companyKind } from '../companies/company-kind.ts';
import { EDGE_KINDS, linkCoworkers, NETWORK_DEFAULTS } from './network-model.ts';
import { poolPeople, type PooledPeople } from './pooled-people.ts';

export const POOLED_GRAPH_DEFAULTS = {
  /** Tie strength of a tie to a person in a pooled network: a plain connection (no signals are pooled). */
  personStrength: TIE_STRENGTH_DEFAULTS.base.connected,
  /** Tie strength between cohort teammates: a moderately weak tie, passing about 7% (pass-probability.ts). */
  teammateStrength: 0.3,
  coworkers: NETWORK_DEFAULTS.coworkers,
};

/** One person as a pooled network may show them: an opaque key, their employer (for coworker ties), in my market or not. */
export interface PooledGraphPerson {
  key: string;
  company: string;
  companyKey: string;
  inMarket: boolean;
}

export interface PooledGraphInput {
  mine: readonly PooledGraphPerson[];
  teammates: readonly { level: ConsentLevel; people: readonly PooledGraphPerson[] }[];
}

export interface PooledGraph {
  graph: CsrGraph;
  /** My node (always 0). */
  me: number;
  /** Teammates whose people are in the graph, as nodes 1..teammates. */
  teammates: number;
  /** Distinct people (mine and teammates' together, each once). */
  people: number;
  /** 1 for an in-market person; members (me, teammates) are never counted as reach. */
  inMarketMask: Uint8Array;
  /** The key of each person node, in node order from node 1 + teammates. */
  personKeys: string[];
}

export function buildPooledGraph(input: PooledGraphInput, options: Partial<typeof POOLED_GRAPH_DEFAULTS> = {}): PooledGraph {
  const levels = input.teammates.map((teammate) => teammate.level);
  const people = poolPeople([input.mine, ...input.teammates.map((teammate) => teammate.people)], (index) => index > 0 && !consentReveals(levels[index - 1]).anonymousPeople);
  return pooledGraphOf(people, levels, options);
}

/**
 * The same over columns: `people` holds my network then one per teammate (`levels[i]` is teammate i's consent; the
 * network of one who does not reveal anonymous people is empty). Person p is node 1 + teammates counted + p, so
 * people appear in order of first sight, as they did when nodes were handed out by key.
 */
export function pooledGraphOf(people: PooledPeople, levels: readonly ConsentLevel[], options: Partial<typeof POOLED_GRAPH_DEFAULTS> = {}): PooledGraph {
  const o = { ...POOLED_GRAPH_DEFAULTS, ...options };
  const countedNetworks: number[] = [];
  levels.forEach((level, index) => {
    if (consentReveals(level).anonymousPeople) countedNetworks.push(index + 1);
  });
  const first = 1 + countedNetworks.length;
  const persons = people.keys.length;
  const nodeCount = first + persons;
  const { rowStart, person } = people;
  const rowsOf = (network: number) => rowStart[network + 1] - rowStart[network];
  const groups = o.coworkers ? employerGroups(people, first) : null;
  const rows = rowsOf(0) + countedNetworks.reduce((sum, network) => sum + rowsOf(network), 0);
  const edgeTotal = rows + countedNetworks.length + (groups?.edges ?? 0);
  const from = new Int32Array(edgeTotal);
  const to = new Int32Array(edgeTotal);
  const probability = new Float32Array(edgeTotal);
  const kind = new Uint8Array(edgeTotal);
  let n = 0;
  const push = (a: number, b: number, p: number, k: number) => {
    from[n] = a;
    to[n] = b;
    probability[n] = p;
    kind[n] = k;
    n++;
  };
  const personPass = passProbability(o.personStrength);
  const teammatePass = passProbability(o.teammateStrength);
  const inMarketMask = new Uint8Array(nodeCount);
  // Duplicate ties (a person listed twice by one member) merge into one in the CSR build.
  const tie = (member: number, network: number) => {
    for (let row = rowStart[network]; row < rowStart[network + 1]; row++) {
      const node = first + person[row];
      push(member, node, personPass, CONNECTED);
      inMarketMask[node] |= people.inMarket[row];
    }
  };
  tie(0, 0);
  countedNetworks.forEach((network, index) => {
    push(0, 1 + index, teammatePass, MANUAL);
    tie(1 + index, network);
  });
  if (groups) {
    const link = (a: number, b: number) => push(a, b, NETWORK_DEFAULTS.coworkerProbability, COWORKER);
    for (let group = 0; group < groups.start.length - 1; group++) linkCoworkers(groups.nodes.subarray(groups.start[group], groups.start[group + 1]), NETWORK_DEFAULTS, link);
  }
  const graph = buildCsrGraph(nodeCount, { from: from.subarray(0, n), to: to.subarray(0, n), probability: probability.subarray(0, n), kind: kind.subarray(0, n) });
  return { graph, me: 0, teammates: countedNetworks.length, people: persons, inMarketMask, personKeys: people.keys };
}

const CONNECTED = EDGE_KINDS.indexOf('connected');
const MANUAL = EDGE_KINDS.indexOf('manual');
const COWORKER = EDGE_KINDS.indexOf('coworker-inferred');

/**
 * People at the same real employer (network-model.ts's rule: a company key, and a name that is an employer rather
 * than "self-employed" or a school), as nodes in ascending order, employer after employer in order of first sight:
 * group g is nodes[start[g]] .. nodes[start[g + 1] - 1]. With the coworker ties the groups will get.
 */
function employerGroups(people: PooledPeople, first: number): { start: Int32Array; nodes: Int32Array; edges: number } {
  const persons = people.keys.length;
  const groupOf = new Int32Array(persons).fill(-1);
  const groupByKey = new Map<string, number>();
  // Thousands of people share a company name: its kind is worked out once per name.
  const isEmployer = new Map<string, boolean>();
  const sizes: number[] = [];
  for (let who = 0; who < persons; who++) {
    const key = people.companyKey[who];
    if (!key) continue;
    const company = people.company[who];
    let employer = isEmployer.get(company);
    if (employer === undefined) isEmployer.set(company, (employer = companyKind(company) === 'employer'));
    if (!employer) continue;
    let group = groupByKey.get(key);
    if (group === undefined) {
      groupByKey.set(key, (group = sizes.length));
      sizes.push(0);
    }
    groupOf[who] = group;
    sizes[group]++;
  }
  const start = new Int32Array(sizes.length + 1);
  let edges = 0;
  const half = Math.max(1, Math.floor(NETWORK_DEFAULTS.coworkerLinks / 2));
  sizes.forEach((size, group) => {
    start[group + 1] = start[group] + size;
    if (size >= 2) edges += size <= NETWORK_DEFAULTS.coworkerCliqueLimit ? (size * (size - 1)) / 2 : size * half;
  });
  const cursor = start.slice(0, sizes.length);
  const nodes = new Int32Array(start[sizes.length]);
  for (let who = 0; who < persons; who++) if (groupOf[who] >= 0) nodes[cursor[groupOf[who]]++] = first + who;
  return { start, nodes, edges };
}
