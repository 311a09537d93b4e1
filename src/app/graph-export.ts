// Use case: the workspace network in formats other tools read (Gephi and igraph: GraphML; networkx: node-link JSON;
// anything: a tab-separated edge list).
import { displayName } from '../core/contacts/contact.ts';
import { ReferableError } from '../core/errors.ts';
import { EDGE_KINDS } from '../core/network/network-model.ts';
import type { AppContext } from './app-context.ts';
import { GRAPH_FORMATS, type GraphFormat } from './network-options.ts';
import { loadNetwork, type LoadedNetwork, type NetworkOptions } from './network.ts';

export { GRAPH_FORMATS, type GraphFormat } from './network-options.ts';

interface NodeRow {
  id: string;
  label: string;
  company: string;
  /** The company as compared everywhere ("Woodgrove Bank, S.A." and "Woodgrove Bank" share it): what clusters group by. */
  companyKey: string;
  seniority: string;
  function: string;
  fit: number;
  inMarket: boolean;
  isMe: boolean;
}

interface EdgeRow {
  source: string;
  target: string;
  kind: string;
  probability: number;
}

function rows(network: LoadedNetwork): { nodes: NodeRow[]; edges: EdgeRow[] } {
  const { model, graph } = network;
  const nodes = model.nodeIds.map((id, node) => {
    const contact = network.contactAt[node];
    const facts = network.factsAt[node];
    const member = network.members.find((candidate) => `member:${candidate.id}` === id);
    return {
      id,
      label: node === model.meNode ? 'me' : contact ? displayName(contact) : (member?.name ?? id),
      company: contact?.company ?? '',
      companyKey: contact?.companyKey ?? '',
      seniority: facts?.seniority ?? '',
      function: facts?.function ?? '',
      fit: facts?.fit ?? 0,
      inMarket: facts?.inMarket ?? false,
      isMe: node === model.meNode,
    };
  });
  // The CSR graph holds both directions of each tie; export each undirected edge once (u < v).
  const edges: EdgeRow[] = [];
  for (let u = 0; u < graph.nodeCount; u++) {
    for (let e = graph.offsets[u]; e < graph.offsets[u + 1]; e++) {
      const v = graph.targets[e];
      if (u < v) edges.push({ source: model.nodeIds[u], target: model.nodeIds[v], kind: EDGE_KINDS[graph.kinds?.[e] ?? 0], probability: Math.round(graph.probabilities[e] * 10000) / 10000 });
    }
  }
  return { nodes, edges };
}

const xml = (value: string) => value.replace(/[<>&"']/g, (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[char]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
const tsv = (value: string) => value.replace(/[\t\r\n]/g, ' ');

function graphml(nodes: NodeRow[], edges: EdgeRow[]): string {
  const keys = [
    ['label', 'node', 'string'], ['company', 'node', 'string'], ['seniority', 'node', 'string'], ['function', 'node', 'string'],
    ['fit', 'node', 'int'], ['inMarket', 'node', 'boolean'], ['isMe', 'node', 'boolean'], ['kind', 'edge', 'string'], ['probability', 'edge', 'double'],
  ];
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys.map(([name, scope, type]) => `  <key id="${name}" for="${scope}" attr.name="${name}" attr.type="${type}"/>`),
    '  <graph id="referable" edgedefault="undirected">',
  ];
  for (const node of nodes) {
    out.push(`    <node id="${xml(node.id)}">`);
    for (const key of ['label', 'company', 'seniority', 'function', 'fit', 'inMarket', 'isMe'] as const) out.push(`      <data key="${key}">${xml(String(node[key]))}</data>`);
    out.push('    </node>');
  }
  edges.forEach((edge, index) => {
    out.push(`    <edge id="e${index}" source="${xml(edge.source)}" target="${xml(edge.target)}"><data key="kind">${edge.kind}</data><data key="probability">${edge.probability}</data></edge>`);
  });
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

export async function exportGraph(context: AppContext, format: GraphFormat, options: NetworkOptions = {}): Promise<string> {
  if (!GRAPH_FORMATS.includes(format)) throw new ReferableError('INVALID_INPUT', `--format must be one of ${GRAPH_FORMATS.join(', ')}; got "${format}"`);
  const { nodes, edges } = rows(await loadNetwork(context, options));
  switch (format) {
    case 'graphml':
      return graphml(nodes, edges);
    case 'edgelist':
      return ['# source\ttarget\tprobability\tkind', ...edges.map((edge) => [edge.source, edge.target, edge.probability, edge.kind].map((value) => tsv(String(value))).join('\t'))].join('\n') + '\n';
    case 'json':
      // networkx.node_link_graph reads this shape ("links", undirected).
      return JSON.stringify({ directed: false, multigraph: false, graph: { name: 'referable' }, nodes, links: edges }, null, 1) + '\n';
  }
}
