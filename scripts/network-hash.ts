// Prints a hash of the network built from a store (nodes, edges, weights, node order) and of reach/paths answers:
// run before and after a change to the network load to check that the answers stay the same.
// Usage: node --import tsx scripts/network-hash.ts [path/to.db]   (no path: the demo network in memory)
import { createHash } from 'node:crypto';
import { openContext } from '../src/app/app-context.ts';
import { loadNetwork } from '../src/app/network.ts';
import { warmPaths } from '../src/app/paths.ts';
import { estimateWordOfMouth } from '../src/app/reach.ts';

const TODAY = '2026-11-25';
const path = process.argv[2];
const now = () => new Date(`${TODAY}T12:00:00Z`);

async function main(): Promise<void> {
  const context = await openContext({ db: path }, { now });
  const network = await loadNetwork(context);
  const hash = createHash('sha256');
  const part = (label: string, value: unknown) => {
    const text = ArrayBuffer.isView(value) ? Buffer.from((value as Uint8Array).buffer, (value as Uint8Array).byteOffset, (value as Uint8Array).byteLength).toString('hex') : JSON.stringify(value);
    const h = createHash('sha256').update(text).digest('hex').slice(0, 12);
    console.log(`${label.padEnd(22)} ${h}`);
    hash.update(label).update(text);
  };
  const { model, graph, baseGraph, mutual } = network;
  part('nodeIds', model.nodeIds);
  part('meNode', model.meNode);
  for (const key of Object.keys(model).sort()) {
    const value = (model as unknown as Record<string, unknown>)[key];
    if (key !== 'nodeIds') part(`model.${key}`, value instanceof Map ? [...value] : value);
  }
  for (const [name, g] of [['graph', graph], ['baseGraph', baseGraph]] as const) {
    for (const key of Object.keys(g).sort()) part(`${name}.${key}`, (g as unknown as Record<string, unknown>)[key]);
  }
  part('mutual', mutual);
  part('market', network.market);
  part('members', network.members);
  part('contactAt', network.contactAt);
  part('factsAt', network.factsAt);
  part('inMarketMask', network.inMarketMask);
  part('groupOf', network.groupOf);
  part('targetCompanies', network.targetCompanies);
  part('myStrength', [...network.myStrength]);
  // The answers built on it: word of mouth (fixed runs, one thread, seeded) and warm paths into the largest company.
  const reach = await estimateWordOfMouth(context, { runs: 1000, fixedRuns: true, threads: 1, seed: 1, ask: 3, whatIf: ['add-weak=5', 'strengthen=3'] });
  part('reach', { ...reach, threads: 0 });
  const company = network.contactAt.reduce((counts, c) => (c ? counts.set(c.company, (counts.get(c.company) ?? 0) + 1) : counts), new Map<string, number>());
  const biggest = [...company].filter(([name]) => name).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
  part(`paths ${biggest}`, await warmPaths(context, biggest, { k: 5, maxHops: 4 }));
  part('paths no coworkers', await warmPaths(context, biggest, { k: 5, maxHops: 4, coworkers: false }));
  console.log(`TOTAL ${hash.digest('hex')}`);
  await context.store.close();
}
await main();
