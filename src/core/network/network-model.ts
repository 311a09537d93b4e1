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
  const nodeOf = new Map(nodeIds.map((id, index) => [id, index]));
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

  const from: number[] = [];
  const to: number[] = [];
  const probability: number[] = [];
  const kind: number[] = [];
  const add = (a: number, b: number, p: number, k: EdgeKind) => {
    if (a === b || a === undefined || b === undefined) return;
    from.push(a);
    to.push(b);
    probability.push(p);
    kind.push(EDGE_KINDS.indexOf(k));
  };
  for (const tie of input.ties) {
    const source = tie.fromType === 'member' ? memberNode.get(tie.fromId) : nodeOf.get(tie.fromId);
    const target = nodeOf.get(tie.contactId);
    if (source !== undefined && target !== undefined) add(source, target, tie.probability, tie.kind);
  }
  if (o.coworkers) addCoworkers(input.contacts, nodeOf, o, (a, b) => add(a, b, o.coworkerProbability, 'coworker-inferred'));
  return { nodeIds, nodeOf, meNode, from: Int32Array.from(from), to: Int32Array.from(to), probability: Float32Array.from(probability), kind: Uint8Array.from(kind) };
}

/**
 * People at the same real employer probably know some of each other. Small companies: every pair. Large ones: a
 * ring over people sorted by id, each linked to its nearest `coworkerLinks` — bounded edges, still one connected
 * group, and the same result on every run.
 */
export function addCoworkers(contacts: NetworkPerson[], nodeOf: Map<string, number>, o: typeof NETWORK_DEFAULTS, link: (a: number, b: number) => void): void {
  const groups = new Map<string, number[]>();
  for (const contact of contacts) {
    if (!contact.companyKey || companyKind(contact.company) !== 'employer') continue;
    const group = groups.get(contact.companyKey) ?? [];
    group.push(nodeOf.get(contact.id)!);
    groups.set(contact.companyKey, group);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    group.sort((a, b) => a - b);
    if (group.length <= o.coworkerCliqueLimit) {
      for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) link(group[i], group[j]);
      continue;
    }
    const half = Math.max(1, Math.floor(o.coworkerLinks / 2));
    for (let i = 0; i < group.length; i++) {
      for (let step = 1; step <= half; step++) link(group[i], group[(i + step) % group.length]);
    }
  }
}
