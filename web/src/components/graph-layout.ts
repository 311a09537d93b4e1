// A deterministic layout for thousands of nodes in one pass: one cluster per company on a sunflower spiral, people
// on a small sunflower inside their cluster, you in the middle. No force simulation, so the page draws at once, and
// a company's people sit together, which is how warm paths are read ("who do I know at Ledgerlark?").
import type { GraphNode } from '../api-types.ts';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

export const LAYOUT_DEFAULTS = { nodeSpacing: 1, clusterGap: 4 };

export interface Placed {
  x: number;
  y: number;
}

export function isMe(node: GraphNode): boolean {
  return node.isMe || node.label === 'me';
}

/** Positions by node id. Companies with more people sit nearer the centre. */
export function layoutByCompany(nodes: GraphNode[], options = LAYOUT_DEFAULTS): Map<string, Placed> {
  const groups = new Map<string, GraphNode[]>();
  for (const node of nodes) {
    if (isMe(node)) continue;
    // The server's company key: "LEDGERLARK INC", "Ledgerlark" and "Woodgrove Bank, S.A." / "Woodgrove Bank" each one cluster.
    const key = node.companyKey || '\u0000no company';
    const group = groups.get(key);
    if (group) group.push(node);
    else groups.set(key, [node]);
  }
  const ordered = [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  const positions = new Map<string, Placed>();
  for (const node of nodes) if (isMe(node)) positions.set(node.id, { x: 0, y: 0 });
  // Cluster k's centre is at radius proportional to the square root of the area used so far: a filled disc.
  let area = 0;
  ordered.forEach(([, members], index) => {
    const clusterRadius = Math.sqrt(members.length) * options.nodeSpacing;
    area += (clusterRadius + options.clusterGap) ** 2;
    const radius = index === 0 ? clusterRadius + options.clusterGap * 2 : Math.sqrt(area) * 1.6;
    const angle = index * GOLDEN_ANGLE;
    const cx = Math.cos(angle) * radius;
    const cy = Math.sin(angle) * radius;
    members
      .slice()
      .sort((a, b) => b.fit - a.fit || a.id.localeCompare(b.id))
      .forEach((node, position) => {
        const r = Math.sqrt(position + 0.5) * options.nodeSpacing;
        const theta = position * GOLDEN_ANGLE;
        positions.set(node.id, { x: cx + Math.cos(theta) * r, y: cy + Math.sin(theta) * r });
      });
  });
  return positions;
}
