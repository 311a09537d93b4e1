// The workspace as a network: one node per person (a member and the contact that stands for them are one node),
// edges from ties with their pass probabilities, and inferred coworker edges. Plain arrays, ready for CSR.
import { companyKind } from '../companies/company-kind.ts';

export const EDGE_KINDS = ['connected', 'knows', 'manual', 'coworker-inferred'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

export const NETWORK_DEFAULTS = {
  /** Add edges between people at the same employer (inferred, low probability). */
  coworkers: true,
  coworkerProbability: 0.02,
  /** Companies up to this size get every coworker pair; larger ones a ring of nearest coworkers (bounded edges). */
  coworkerCliqueLimit: 40,
  /** In a large company each person is linked to this many coworkers (half on each side of a ring). */
  coworkerLinks: 8,
};

export interface NetworkPerson {
  id: string;
  companyKey: string;
  company: string;
}

export interface NetworkMember {
  id: string;
  /** The contact that stands for this member in others' networks, if known. */
  contactId: string | null;
  isMe: boolean;
}

export interface NetworkTie {
  fromType: 'member' | 'contact';
  fromId: string;
  contactId: string;
  kind: 'connected' | 'knows' | 'manual';
  probability: number;
}

export interface NetworkModel {
  /** Node index -> contact id, or `member:<id>` for a member with no contact of their own. */
  nodeIds: string[];
  nodeOf: Map<string, number>;
  meNode: number;
  from: Int32Array;
  to: Int32Array;
  probability: Float32Array;
  kind: Uint8Array;
}

export function memberNodeId(memberId: string): string {
  return `member:${memberId}`;
}

export function buildNetworkModel(
  input: { contacts: NetworkPerson[]; members: NetworkMember[]; ties: NetworkTie[] },
  options: Partial<typeof NETWORK_DEFAULTS> = {},
): NetworkModel {
  const o = { ...NETWORK_DEFAULTS, ...options };
  const nodeIds = input.contacts.map((contact) => contact.id);
  // Filled in a loop: no [id, index] pair allocated per person.
  const nodeOf = new Map<string, number>();
  for (let index = 0; index < nodeIds.length; index++) nodeOf.set(nodeIds[index], index);
  const memberNode = new Map<string, number>();
  for (const member of input.members) {
    const shared = member.contactId ? nodeOf.get(member.contactId) : undefined;
    if (shared !== undefined) {
      memberNode.set(member.id, shared);
      nodeOf.set(memberNodeId(member.id), shared);
    } else {
      nodeOf.set(memberNodeId(member.id), nodeIds.length);
      memberNode.set(member.id, nodeIds.length);
      nodeIds.push(memberNodeId(member.id));
    }
  }
  const me = input.members.find((member) => member.isMe);
  const meNode = me ? memberNode.get(me.id)! : -1;

  const edges = new EdgeBuffer(input.ties.length);
  const tieKind = (kind: NetworkTie['kind']): number => (kind === 'connected' ? CONNECTED : kind === 'knows' ? KNOWS : MANUAL);
  for (const tie of input.ties) {
    const source = tie.fromType === 'member' ? memberNode.get(tie.fromId) : nodeOf.get(tie.fromId);
    const target = nodeOf.get(tie.contactId);
    if (source !== undefined && target !== undefined) edges.add(source, target, tie.probability, tieKind(tie.kind));
  }
  if (o.coworkers) addCoworkers(input.contacts, nodeOf, o, (a, b) => edges.add(a, b, o.coworkerProbability, COWORKER));
  return { nodeIds, nodeOf, meNode, ...edges.arrays() };
}

const CONNECTED = EDGE_KINDS.indexOf('connected');
const KNOWS = EDGE_KINDS.indexOf('knows');
const MANUAL = EDGE_KINDS.indexOf('manual');
const COWORKER = EDGE_KINDS.indexOf('coworker-inferred');

/**
 * Edges written straight into typed arrays that double when full: a 30,000-connection network has about 150,000 edges,
 * mostly inferred coworkers, and four plain arrays of boxed numbers copied into typed ones cost more than the rest of
 * the model.
 */
class EdgeBuffer {
  private size = 0;
  private from: Int32Array;
  private to: Int32Array;
  private probability: Float32Array;
  private kind: Uint8Array;

  constructor(capacity: number) {
    const initial = Math.max(16, capacity);
    this.from = new Int32Array(initial);
    this.to = new Int32Array(initial);
    this.probability = new Float32Array(initial);
    this.kind = new Uint8Array(initial);
  }

  add(a: number, b: number, p: number, kind: number): void {
    if (a === b) return;
    if (this.size === this.from.length) this.grow();
    const at = this.size++;
    this.from[at] = a;
    this.to[at] = b;
    this.probability[at] = p;
    this.kind[at] = kind;
  }

  private grow(): void {
    const capacity = this.from.length * 2;
    const from = new Int32Array(capacity);
    const to = new Int32Array(capacity);
    const probability = new Float32Array(capacity);
    const kind = new Uint8Array(capacity);
    from.set(this.from);
    to.set(this.to);
    probability.set(this.probability);
    kind.set(this.kind);
    this.from = from;
    this.to = to;
    this.probability = probability;
    this.kind = kind;
  }

  /** The edges added, trimmed to their count (copies, so the model owns exact-length arrays). */
  arrays(): Pick<NetworkModel, 'from' | 'to' | 'probability' | 'kind'> {
    return { from: this.from.slice(0, this.size), to: this.to.slice(0, this.size), probability: this.probability.slice(0, this.size), kind: this.kind.slice(0, this.size) };
  }
}

/**
 * People at the same real employer probably know some of each other. Small companies: every pair. Large ones: a
 * ring over people sorted by id, each linked to its nearest `coworkerLinks` — bounded edges, still one connected
 * group, and the same result on every run.
 */
export function addCoworkers(contacts: NetworkPerson[], nodeOf: Map<string, number>, o: typeof NETWORK_DEFAULTS, link: (a: number, b: number) => void): void {
  const groups = new Map<string, number[]>();
  // Thousands of contacts share a company name: its kind (a fold and a few patterns) is worked out once per name.
  const employer = new Map<string, boolean>();
  for (const contact of contacts) {
    if (!contact.companyKey) continue;
    let isEmployer = employer.get(contact.company);
    if (isEmployer === undefined) employer.set(contact.company, (isEmployer = companyKind(contact.company) === 'employer'));
    if (!isEmployer) continue;
    const group = groups.get(contact.companyKey) ?? [];
    group.push(nodeOf.get(contact.id)!);
    groups.set(contact.companyKey, group);
  }
  for (const group of groups.values()) linkCoworkers(group.sort((a, b) => a - b), o, link);
}

/** The coworker rule for one employer's people, given as nodes in ascending order: every pair, or a ring of nearest. */
export function linkCoworkers(group: ArrayLike<number>, o: typeof NETWORK_DEFAULTS, link: (a: number, b: number) => void): void {
  if (group.length < 2) return;
  if (group.length <= o.coworkerCliqueLimit) {
    for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) link(group[i], group[j]);
    return;
  }
  const half = Math.max(1, Math.floor(o.coworkerLinks / 2));
  for (let i = 0; i < group.length; i++) {
    for (let step = 1; step <= half; step++) link(group[i], group[(i + step) % group.length]);
  }
}
