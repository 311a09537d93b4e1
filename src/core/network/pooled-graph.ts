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
import { addCoworkers, EDGE_KINDS, NETWORK_DEFAULTS, type EdgeKind } from './network-model.ts';

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

/** Grows typed edge arrays without a plain-array copy of millions of numbers. */
class EdgeBuffer {
  from = new Int32Array(1024);
  to = new Int32Array(1024);
  probability = new Float32Array(1024);
  kind = new Uint8Array(1024);
  length = 0;

  push(a: number, b: number, p: number, kind: number): void {
    if (this.length === this.from.length) {
      const grow = <T extends Int32Array | Float32Array | Uint8Array>(array: T): T => {
        const bigger = new (array.constructor as new (size: number) => T)(array.length * 2);
        bigger.set(array);
        return bigger;
      };
      this.from = grow(this.from);
      this.to = grow(this.to);
      this.probability = grow(this.probability);
      this.kind = grow(this.kind);
    }
    this.from[this.length] = a;
    this.to[this.length] = b;
    this.probability[this.length] = p;
    this.kind[this.length] = kind;
    this.length++;
  }
}

export function buildPooledGraph(input: PooledGraphInput, options: Partial<typeof POOLED_GRAPH_DEFAULTS> = {}): PooledGraph {
  const o = { ...POOLED_GRAPH_DEFAULTS, ...options };
  const counted = input.teammates.filter((teammate) => consentReveals(teammate.level).anonymousPeople);
  const nodeOf = new Map<string, number>();
  const people: { id: string; company: string; companyKey: string }[] = [];
  const inMarket: number[] = [];
  let next = 1 + counted.length;
  const nodeFor = (person: PooledGraphPerson): number => {
    let node = nodeOf.get(person.key);
    if (node === undefined) {
      node = next++;
      nodeOf.set(person.key, node);
      people.push({ id: person.key, company: person.company, companyKey: person.companyKey });
      inMarket.push(person.inMarket ? 1 : 0);
    } else if (person.inMarket) {
      inMarket[node - 1 - counted.length] = 1;
    }
    return node;
  };
  const edges = new EdgeBuffer();
  const kind = (name: EdgeKind) => EDGE_KINDS.indexOf(name);
  const personPass = passProbability(o.personStrength);
  // Duplicate ties (a person listed twice by one member) merge into one in the CSR build.
  for (const person of input.mine) if (person.key) edges.push(0, nodeFor(person), personPass, kind('connected'));
  counted.forEach((teammate, index) => {
    const node = 1 + index;
    edges.push(0, node, passProbability(o.teammateStrength), kind('manual'));
    for (const person of teammate.people) if (person.key) edges.push(node, nodeFor(person), personPass, kind('connected'));
  });
  if (o.coworkers) addCoworkers(people, nodeOf, NETWORK_DEFAULTS, (a, b) => edges.push(a, b, NETWORK_DEFAULTS.coworkerProbability, kind('coworker-inferred')));
  const n = edges.length;
  const graph = buildCsrGraph(next, { from: edges.from.subarray(0, n), to: edges.to.subarray(0, n), probability: edges.probability.subarray(0, n), kind: edges.kind.subarray(0, n) });
  const inMarketMask = new Uint8Array(next);
  inMarketMask.set(inMarket, 1 + counted.length);
  return { graph, me: 0, teammates: counted.length, people: people.length, inMarketMask, personKeys: people.map((person) => person.id) };
}
