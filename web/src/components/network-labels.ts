// Labels on the network drawing that never sit on top of each other: the biggest company clusters are named above
// their cluster, and a person's name is drawn only where it collides with no name already drawn. Sigma's own label grid
// (labelDensity, labelGridCellSize) limits how many names a screen area gets, but two names in neighbouring cells can
// still cross; this keeps the drawing readable at every zoom.
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Two boxes closer than the gap count as touching. */
export function overlaps(a: Box, b: Box, gap = 2): boolean {
  return a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;
}

function inside(box: Box, frame: Box): boolean {
  return box.left >= frame.left && box.right <= frame.right && box.top >= frame.top && box.bottom <= frame.bottom;
}

/** The candidates, in order of importance, that fit the frame without touching one kept before them. */
export function placeWithoutOverlap<T extends { box: Box }>(candidates: T[], frame: Box, taken: Box[] = []): T[] {
  const kept: T[] = [];
  const occupied = [...taken];
  for (const candidate of candidates) {
    if (!inside(candidate.box, frame) || occupied.some((box) => overlaps(box, candidate.box))) continue;
    kept.push(candidate);
    occupied.push(candidate.box);
  }
  return kept;
}

export interface Cluster {
  /** The spelling most of its people use ("Ledgerlark", not "LEDGERLARK INC"). */
  name: string;
  key: string;
  count: number;
  /** Centre and radius in graph coordinates. */
  x: number;
  y: number;
  radius: number;
}

/** The companies with the most people, biggest first, each with where its people are drawn. */
export function companyClusters(people: { company: string; companyKey: string; x: number; y: number }[], limit: number): Cluster[] {
  const groups = new Map<string, { spellings: Map<string, number>; points: { x: number; y: number }[] }>();
  for (const person of people) {
    const key = person.companyKey;
    if (!key) continue;
    const group = groups.get(key) ?? { spellings: new Map<string, number>(), points: [] as { x: number; y: number }[] };
    group.spellings.set(person.company, (group.spellings.get(person.company) ?? 0) + 1);
    group.points.push(person);
    groups.set(key, group);
  }
  return [...groups.entries()]
    .filter(([, group]) => group.points.length >= 2)
    .sort((a, b) => b[1].points.length - a[1].points.length || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([key, group]) => {
      const x = group.points.reduce((sum, point) => sum + point.x, 0) / group.points.length;
      const y = group.points.reduce((sum, point) => sum + point.y, 0) / group.points.length;
      const radius = Math.max(...group.points.map((point) => Math.hypot(point.x - x, point.y - y)));
      const name = [...group.spellings.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
      return { name, key, count: group.points.length, x, y, radius };
    });
}
