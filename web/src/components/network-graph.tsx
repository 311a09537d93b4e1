// The in-market network drawn with sigma.js (WebGL): thousands of nodes pan and zoom smoothly. Warm paths to the chosen
// company are drawn on top; the rest of the network fades. The same paths are listed as text beside the drawing.
import Graph from 'graphology';
import { useEffect, useRef, useState } from 'react';
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import type { GraphResponse, WarmPaths } from '../api-types.ts';
import { isMe, layoutByCompany } from './graph-layout.ts';
import { companyClusters, overlaps, placeWithoutOverlap, type Box, type Cluster } from './network-labels.ts';

const COLORS = { me: '#b45309', inMarket: '#0e7490', other: '#94a3b8', edge: '#cbd5e1', faded: '#e2e8f0', path: '#dc2626', pathNode: '#7c2d12' };

/** Company clusters named on the drawing, biggest first (more would crowd a phone screen). */
export const CLUSTER_LABELS = 12;
const LABEL_SIZE = 13;
const TOOLS_HEIGHT = 44;
const LABEL_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/**
 * Draws a person's name where it crosses no name or cluster label already drawn in this frame: right of the person,
 * else left, else a line above or below. An ordinary name with no free place is left out; a name on a warm path
 * (forceLabel) is always drawn, in bold on a white halo so the path reads over the faded network.
 */
function drawPersonLabel(context: CanvasRenderingContext2D, data: PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'>, taken: Box[]): void {
  if (!data.label) return;
  const onPath = Boolean(data.forceLabel);
  context.font = `${onPath ? 700 : 400} ${LABEL_SIZE}px ${LABEL_FONT}`;
  const width = context.measureText(data.label).width;
  const frame = { left: 0, top: 0, right: context.canvas.clientWidth || Infinity, bottom: context.canvas.clientHeight || Infinity };
  const right = data.x + data.size + 3;
  const left = data.x - data.size - 3 - width;
  const baseline = data.y + LABEL_SIZE / 3;
  const line = LABEL_SIZE + 3;
  const places = [
    [right, baseline],
    [left, baseline],
    [right, baseline - line],
    [right, baseline + line],
    [left, baseline - line],
    [left, baseline + line],
  ].map(([x, y]) => ({ x, y, box: { left: x, top: y - LABEL_SIZE, right: x + width, bottom: y + 3 } }));
  const free = places.find((place) => place.box.left >= frame.left && place.box.right <= frame.right && place.box.top >= frame.top && place.box.bottom <= frame.bottom && !taken.some((other) => overlaps(other, place.box)));
  const place = free ?? (onPath ? places[0] : null);
  if (!place) return;
  taken.push(place.box);
  context.lineJoin = 'round';
  context.lineWidth = 4;
  context.strokeStyle = 'rgba(255, 255, 255, 0.9)';
  context.strokeText(data.label, place.x, place.y);
  context.fillStyle = onPath ? '#7c2d12' : '#0f172a';
  context.fillText(data.label, place.x, place.y);
}

/**
 * Puts each cluster's name just above its people, biggest cluster first, hiding a name that would cross one placed
 * before it or leave the drawing. Returns the boxes used, so people's names keep clear of them.
 */
function placeClusterLabels(sigma: Sigma, clusters: Cluster[], spans: HTMLSpanElement[], only: Set<string> | null): Box[] {
  const { width, height } = sigma.getDimensions();
  const candidates = clusters.map((cluster, index) => {
    const centre = sigma.graphToViewport({ x: cluster.x, y: cluster.y });
    const edge = sigma.graphToViewport({ x: cluster.x + cluster.radius, y: cluster.y });
    const radius = Math.hypot(edge.x - centre.x, edge.y - centre.y);
    const span = spans[index];
    const labelWidth = span.offsetWidth || cluster.name.length * 8 + 8;
    const labelHeight = span.offsetHeight || 20;
    const bottom = centre.y - radius - 4;
    return { index, box: { left: centre.x - labelWidth / 2, top: bottom - labelHeight, right: centre.x + labelWidth / 2, bottom } };
  });
  const shown = placeWithoutOverlap(
    candidates.filter((candidate) => !only || only.has(clusters[candidate.index].key)),
    // The zoom buttons sit across the top of the drawing.
    { left: 0, top: TOOLS_HEIGHT, right: width, bottom: height },
  );
  const visible = new Set(shown.map((candidate) => candidate.index));
  for (const candidate of candidates) {
    const span = spans[candidate.index];
    span.hidden = !visible.has(candidate.index);
    span.style.transform = `translate(${Math.round(candidate.box.left)}px, ${Math.round(candidate.box.top)}px)`;
  }
  return shown.map((candidate) => candidate.box);
}

/**
 * Moves the camera onto the people at the far end of the warm paths (they sit close together in their company's
 * cluster), zooming in up to fivefold so their names have room; you stay reachable with "Reset view".
 */
function focusOn(sigma: Sigma, points: { x: number; y: number }[]): void {
  if (points.length === 0) return;
  const camera = sigma.getCamera();
  const { width, height } = sigma.getDimensions();
  const view = points.map((point) => sigma.graphToViewport(point));
  const xs = view.map((point) => point.x);
  const ys = view.map((point) => point.y);
  const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const factor = Math.min(1, Math.max(0.2, (right - left) / (width * 0.5), (bottom - top) / (height * 0.5)));
  const centre = sigma.viewportToFramedGraph({ x: (left + right) / 2, y: (top + bottom) / 2 });
  void camera.animate({ x: centre.x, y: centre.y, ratio: camera.ratio * factor }, { duration: 300 });
}

export interface Selected {
  id: string;
  label: string;
  company: string;
}

function buildGraph(data: GraphResponse): { graph: Graph; meId: string | null; clusters: Cluster[] } {
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
      companyKey: node.companyKey,
      color: me ? COLORS.me : node.inMarket ? COLORS.inMarket : COLORS.other,
    });
  }
  for (const edge of data.edges) {
    if (edge.source === edge.target || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.mergeEdge(edge.source, edge.target, { size: 0.3 + edge.weight, color: COLORS.edge });
  }
  const people = data.nodes.filter((node) => !isMe(node)).map((node) => ({ company: node.company, companyKey: node.companyKey, ...(positions.get(node.id) ?? { x: 0, y: 0 }) }));
  return { graph, meId, clusters: companyClusters(people, CLUSTER_LABELS) };
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
  const built = useRef<ReturnType<typeof buildGraph> | null>(null);
  const overlay = useRef<HTMLDivElement>(null);
  // With a warm path drawn, only the companies on it are named.
  const pathCompanies = useRef<Set<string> | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const result = buildGraph(data);
    built.current = result;
    try {
      // Names drawn in the current frame: cluster labels first, then people's names that keep clear of them.
      const taken: Box[] = [];
      const spans = result.clusters.map((cluster) => {
        const span = document.createElement('span');
        span.className = 'cluster-label';
        span.textContent = cluster.name;
        span.hidden = true;
        overlay.current?.append(span);
        return span;
      });
      const sigma = new Sigma(result.graph, container.current, {
        renderLabels: true,
        // One candidate name per 140 px square at the starting zoom, more as one zooms in; only people drawn at least
        // 6 px wide (the better connected) are named. drawPersonLabel then drops any name that would still collide.
        labelGridCellSize: 140,
        labelDensity: 0.4,
        labelRenderedSizeThreshold: 6,
        defaultDrawNodeLabel: (context, data) => drawPersonLabel(context, data, taken),
        zIndex: true,
        defaultEdgeColor: COLORS.edge,
      } satisfies Partial<Settings>);
      sigma.on('beforeRender', () => {
        taken.length = 0;
        taken.push(...placeClusterLabels(sigma, result.clusters, spans, pathCompanies.current));
      });
      sigma.refresh();
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
      overlay.current?.replaceChildren();
    };
    // onSelect is stable for the page's life; the drawing is rebuilt only for new data.
  }, [data]);

  useEffect(() => {
    const sigma = renderer.current;
    const current = built.current;
    if (!sigma || !current) return;
    removeAdded(current.graph);
    if (!paths || paths.paths.length === 0) {
      pathCompanies.current = null;
      sigma.setSetting('nodeReducer', null);
      sigma.setSetting('edgeReducer', null);
      sigma.refresh();
      void sigma.getCamera().animatedReset({ duration: 200 });
      return;
    }
    const highlight = addPathPeople(current.graph, paths, current.meId);
    pathCompanies.current = new Set([...highlight.nodes].map((node) => String(current.graph.getNodeAttribute(node, 'companyKey') ?? '')));
    sigma.setSetting('nodeReducer', (node, attributes) =>
      highlight.nodes.has(node)
        ? { ...attributes, color: node === current.meId ? COLORS.me : COLORS.pathNode, size: Math.max(attributes.size ?? 3, 6), forceLabel: true, zIndex: 2 }
        : { ...attributes, color: COLORS.faded, label: null, zIndex: 0 },
    );
    sigma.setSetting('edgeReducer', (edge, attributes) => (highlight.edges.has(edge) ? { ...attributes, color: COLORS.path, size: 3, zIndex: 2 } : { ...attributes, color: COLORS.faded, zIndex: 0 }));
    sigma.refresh();
    focusOn(
      sigma,
      [...highlight.nodes].filter((node) => node !== current.meId).map((node) => current.graph.getNodeAttributes(node) as { x: number; y: number }),
    );
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
      <div className="network-stage">
      <div className="network-clusters" ref={overlay} aria-hidden="true" />
      <div
        ref={container}
        className="network-canvas"
        role="img"
        aria-label={`Your in-market network: ${data.nodes.length} people, ${data.edges.length} ties, grouped by company${paths?.paths.length ? `; ${paths.paths.length} warm paths to ${paths.target.name} highlighted` : ''}`}
      />
      </div>
    </div>
  );
}
