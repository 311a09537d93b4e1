// The in-market network drawn with sigma.js (WebGL): thousands of nodes pan and zoom smoothly. Warm paths to the chosen
// company are drawn on top; the rest of the network fades. The same paths are listed as text beside the drawing.
import Graph from 'graphology';
import { useEffect, useRef, useState } from 'react';
import Sigma from 'sigma';
import type { GraphResponse, WarmPaths } from '../api-types.ts';
import { isMe, layoutByCompany } from './graph-layout.ts';

const COLORS = { me: '#b45309', inMarket: '#0e7490', other: '#94a3b8', edge: '#cbd5e1', faded: '#e2e8f0', path: '#dc2626', pathNode: '#7c2d12' };

export interface Selected {
  id: string;
  label: string;
  company: string;
}

function buildGraph(data: GraphResponse): { graph: Graph; meId: string | null } {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const positions = layoutByCompany(data.nodes);
  let meId: string | null = null;
  for (const node of data.nodes) {
    const me = isMe(node);
    if (me) meId = node.id;
    const place = positions.get(node.id) ?? { x: 0, y: 0 };
    graph.addNode(node.id, {
      x: place.x,
      y: place.y,
      size: me ? 9 : 2 + Math.min(6, Math.log2(1 + node.degree)),
      label: me ? 'you' : node.label,
      company: node.company,
      color: me ? COLORS.me : node.inMarket ? COLORS.inMarket : COLORS.other,
    });
  }
  for (const edge of data.edges) {
    if (edge.source === edge.target || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.mergeEdge(edge.source, edge.target, { size: 0.3 + edge.weight, color: COLORS.edge });
  }
  return { graph, meId };
}

/** People on a path who are outside the drawn subgraph are added next to the person who leads to them. */
function addPathPeople(graph: Graph, paths: WarmPaths, meId: string | null): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const idOf = (person: { id: string; name: string }) => (person.name === 'you' && meId ? meId : person.id);
  for (const path of paths.paths) {
    for (const hop of path.hops) {
      const from = idOf(hop.from);
      const to = idOf(hop.to);
      for (const [id, person, anchor] of [
        [from, hop.from, to],
        [to, hop.to, from],
      ] as const) {
        if (graph.hasNode(id)) continue;
        const near = graph.hasNode(anchor) ? graph.getNodeAttributes(anchor) : { x: 0, y: 0 };
        let hash = 0;
        for (let index = 0; index < id.length; index++) hash = (hash * 31 + id.charCodeAt(index)) | 0;
        graph.addNode(id, { x: near.x + 3 * Math.cos(hash), y: near.y + 3 * Math.sin(hash), size: 4, label: person.name, company: person.company, color: COLORS.other, added: true });
      }
      nodes.add(from);
      nodes.add(to);
      const edge = graph.hasEdge(from, to) ? graph.edge(from, to) : graph.addEdge(from, to, { size: 1, color: COLORS.edge, added: true });
      if (edge) edges.add(edge);
    }
  }
  return { nodes, edges };
}

function removeAdded(graph: Graph): void {
  graph.forEachEdge((edge, attributes) => {
    if (attributes.added) graph.dropEdge(edge);
  });
  graph.forEachNode((node, attributes) => {
    if (attributes.added) graph.dropNode(node);
  });
}

export default function NetworkGraph({ data, paths, onSelect }: { data: GraphResponse; paths: WarmPaths | null; onSelect: (selected: Selected | null) => void }) {
  const container = useRef<HTMLDivElement>(null);
  const renderer = useRef<Sigma | null>(null);
  const built = useRef<{ graph: Graph; meId: string | null } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const result = buildGraph(data);
    built.current = result;
    try {
      const sigma = new Sigma(result.graph, container.current, {
        renderLabels: true,
        labelRenderedSizeThreshold: 7,
        labelDensity: 0.5,
        zIndex: true,
        defaultEdgeColor: COLORS.edge,
      });
      sigma.on('clickNode', ({ node }) => {
        const attributes = result.graph.getNodeAttributes(node);
        onSelect({ id: node, label: String(attributes.label ?? ''), company: String(attributes.company ?? '') });
      });
      sigma.on('clickStage', () => onSelect(null));
      renderer.current = sigma;
      setFailure(null);
    } catch (error) {
      // Without WebGL (some remote desktops, locked-down browsers) the drawing is skipped; the lists still work.
      setFailure((error as Error).message);
    }
    return () => {
      renderer.current?.kill();
      renderer.current = null;
    };
    // onSelect is stable for the page's life; the drawing is rebuilt only for new data.
  }, [data]);

  useEffect(() => {
    const sigma = renderer.current;
    const current = built.current;
    if (!sigma || !current) return;
    removeAdded(current.graph);
    if (!paths || paths.paths.length === 0) {
      sigma.setSetting('nodeReducer', null);
      sigma.setSetting('edgeReducer', null);
      sigma.refresh();
      return;
    }
    const highlight = addPathPeople(current.graph, paths, current.meId);
    sigma.setSetting('nodeReducer', (node, attributes) =>
      highlight.nodes.has(node)
        ? { ...attributes, color: node === current.meId ? COLORS.me : COLORS.pathNode, size: Math.max(attributes.size ?? 3, 6), forceLabel: true, zIndex: 2 }
        : { ...attributes, color: COLORS.faded, label: null, zIndex: 0 },
    );
    sigma.setSetting('edgeReducer', (edge, attributes) => (highlight.edges.has(edge) ? { ...attributes, color: COLORS.path, size: 3, zIndex: 2 } : { ...attributes, color: COLORS.faded, zIndex: 0 }));
    sigma.refresh();
  }, [paths]);

  const camera = (action: 'in' | 'out' | 'reset') => {
    const view = renderer.current?.getCamera();
    if (!view) return;
    if (action === 'in') view.animatedZoom({ duration: 200 });
    else if (action === 'out') view.animatedUnzoom({ duration: 200 });
    else view.animatedReset({ duration: 200 });
  };

  return (
    <div className="network">
      {failure ? (
        <p className="notice" role="status">
          The drawing needs WebGL, which this browser does not offer ({failure}). The warm paths are listed beside it.
        </p>
      ) : (
        <div className="network-tools" role="group" aria-label="Zoom">
          <button type="button" onClick={() => camera('in')} aria-label="Zoom in">
            +
          </button>
          <button type="button" onClick={() => camera('out')} aria-label="Zoom out">
            −
          </button>
          <button type="button" onClick={() => camera('reset')}>
            Reset view
          </button>
        </div>
      )}
      <div
        ref={container}
        className="network-canvas"
        role="img"
        aria-label={`Your in-market network: ${data.nodes.length} people, ${data.edges.length} ties, grouped by company${paths?.paths.length ? `; ${paths.paths.length} warm paths to ${paths.target.name} highlighted` : ''}`}
      />
    </div>
  );
}
