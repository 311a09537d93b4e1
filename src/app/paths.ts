// Use case: warm-introduction paths from me to a person or to anyone at a company, each hop explained.
import { displayName } from '../core/contacts/contact.ts';
import { companyKey } from '../core/companies/company-key.ts';
import { ReferableError } from '../core/errors.ts';
import { foldText } from '../core/text/fold.ts';
import { targetCompanyIndex } from '../core/market/target-market.ts';
import { EDGE_KINDS } from '../core/network/network-model.ts';
import { topPaths } from '../core/graph/top-paths.ts';
import { novelty } from '../core/ties/pass-probability.ts';
import type { AppContext } from './app-context.ts';
import { PATH_LIMITS } from './network-options.ts';
import { resolveContact } from './contacts.ts';
import { loadNetwork, type LoadedNetwork, type NetworkOptions } from './network.ts';

export interface PersonRef {
  id: string;
  name: string;
  company: string;
  title: string;
}

export interface PathHop {
  from: PersonRef;
  to: PersonRef;
  kind: string;
  probability: number;
  why: string;
}

export interface WarmPaths {
  target: { kind: 'company' | 'person'; name: string; people: number };
  paths: { probability: number; hops: PathHop[] }[];
  /** When no warm path exists: what to do instead (connect with a prospect directly). */
  suggestion: string;
}

export { PATH_LIMITS } from './network-options.ts';

function personAt(network: LoadedNetwork, node: number): PersonRef {
  const contact = network.contactAt[node];
  if (node === network.model.meNode) return { id: network.model.nodeIds[node], name: 'you', company: '', title: '' };
  if (contact) return { id: contact.id, name: displayName(contact), company: contact.company, title: contact.title };
  const memberId = network.model.nodeIds[node].replace(/^member:/, '');
  const member = network.members.find((candidate) => candidate.id === memberId);
  return { id: network.model.nodeIds[node], name: member ? `${member.name} (teammate)` : memberId, company: '', title: '' };
}

function explainHop(network: LoadedNetwork, from: number, to: number, edge: number): PathHop {
  const kind = EDGE_KINDS[network.graph.kinds?.[edge] ?? 0] ?? 'connected';
  const probability = network.graph.probabilities[edge];
  const a = personAt(network, from);
  const b = personAt(network, to);
  const strength = from === network.model.meNode ? network.myStrength.get(to) : undefined;
  const why =
    kind === 'coworker-inferred'
      ? `both at ${b.company || a.company} (inferred coworkers)`
      : kind === 'knows'
        ? `${a.name === 'you' ? 'in your address book' : `${a.name} knows ${b.name}`}`
        : kind === 'manual'
          ? 'linked by hand'
          : `${a.name === 'you' ? 'your connection' : `${a.name}'s connection`}${strength !== undefined ? `, tie strength ${strength.toFixed(2)}` : ''}`;
  // The hop's probability already carries the redundancy term (core/network/redundancy.ts): say when it applied.
  const mutual = network.mutual[edge] ?? 0;
  const shared = mutual > 0 ? `; they share ${mutual} connection${mutual === 1 ? '' : 's'}, so it passes ${Math.round(100 * novelty(mutual))}% as often (Burt 1992, see docs/evidence.md)` : '';
  return { from: a, to: b, kind, probability: Math.round(probability * 1000) / 1000, why: `${why}${shared}` };
}

/** The target's nodes: everyone at the company (any spelling, aliases of a target company), or the one person. */
async function resolveTarget(context: AppContext, network: LoadedNetwork, target: string): Promise<{ kind: 'company' | 'person'; name: string; mask: Uint8Array; nodes: number[] }> {
  const mask = new Uint8Array(network.model.nodeIds.length);
  const key = companyKey(target);
  const marketCompany = network.market ? targetCompanyIndex(network.market).get(key) : undefined;
  const keys = new Set(marketCompany ? [marketCompany.name, ...marketCompany.aliases].map(companyKey) : [key]);
  const nodes: number[] = [];
  network.contactAt.forEach((contact, node) => {
    if (contact && keys.has(contact.companyKey) && node !== network.model.meNode) {
      mask[node] = 1;
      nodes.push(node);
    }
  });
  if (nodes.length > 0 || marketCompany) {
    const name = marketCompany?.name ?? network.contactAt[nodes[0]]?.company ?? target;
    return { kind: 'company', name, mask, nodes };
  }
  try {
    const contact = await resolveContact(context, target);
    const node = network.model.nodeOf.get(contact.id)!;
    mask[node] = 1;
    return { kind: 'person', name: displayName(contact), mask, nodes: [node] };
  } catch (error) {
    if (!(error instanceof ReferableError) || error.code !== 'NOT_FOUND') throw error;
    const folded = foldText(target).split(' ')[0] ?? '';
    const companies = [...new Set(network.contactAt.map((contact) => contact?.company ?? '').filter((company) => folded && foldText(company).includes(folded.slice(0, 4))))].slice(0, 5);
    const people = error.message.includes('closest:') ? `\npeople with a similar name:${error.message.slice(error.message.indexOf('closest:') + 'closest:'.length)}` : '';
    throw new ReferableError('NOT_FOUND', `no company or person matches "${target}"${companies.length ? `; companies with a similar name: ${companies.join(', ')}` : ''}${people}`);
  }
}

export async function warmPaths(context: AppContext, target: string, options: NetworkOptions & { k?: number; maxHops?: number } = {}): Promise<WarmPaths> {
  const k = options.k ?? 5;
  const maxHops = options.maxHops ?? 4;
  if (!Number.isInteger(k) || k < 1 || k > PATH_LIMITS.kMax) throw new ReferableError('INVALID_INPUT', `--k must be a whole number from 1 to ${PATH_LIMITS.kMax}; got ${k}`);
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > PATH_LIMITS.hopsMax) throw new ReferableError('INVALID_INPUT', `--max-hops must be a whole number from 1 to ${PATH_LIMITS.hopsMax}; got ${maxHops}`);
  const network = await loadNetwork(context, options);
  const resolved = await resolveTarget(context, network, target);
  const found = topPaths(network.graph, network.model.meNode, resolved.mask, { k, maxHops });
  const paths = found.map((path) => ({
    probability: Math.round(path.probability * 10000) / 10000,
    hops: path.edges.map((edge, index) => explainHop(network, path.nodes[index], path.nodes[index + 1], edge)),
  }));
  let suggestion = '';
  if (paths.length === 0) {
    const best = resolved.nodes
      .map((node) => ({ node, fit: network.factsAt[node]?.fit ?? 0 }))
      .sort((a, b) => b.fit - a.fit || a.node - b.node)[0];
    suggestion = best
      ? `No warm path to ${resolved.name} within ${maxHops} hops. Best prospect path: send ${personAt(network, best.node).name}${personAt(network, best.node).title ? ` (${personAt(network, best.node).title})` : ''} a connection request, or import a teammate's network (import --member NAME) to find a bridge.`
      : `You know nobody at ${resolved.name} yet (white space). Add prospects there (import a list with --source csv) or ask a teammate to pool their network.`;
  }
  return { target: { kind: resolved.kind, name: resolved.name, people: resolved.nodes.length }, paths, suggestion };
}
