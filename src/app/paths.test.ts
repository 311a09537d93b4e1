// Warm paths through a pooled network: a teammate's export joins up through the contact that stands for them.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { strToU8, zipSync } from 'fflate';
import { isReferableError } from '../core/errors.ts';
import { fixedClock, temporaryFolder, TEST_STORES } from '../../test/support/test-stores.ts';
import type { AppContext } from './app-context.ts';
import { exportGraph } from './graph-export.ts';
import { importContacts } from './import-contacts.ts';
import { warmPaths } from './paths.ts';
import { linkContacts } from './contacts.ts';
import { loadNetwork } from './network.ts';
import { estimateWordOfMouth, type ReachRequest } from './reach.ts';
import { openTestWorkspace, closeTestWorkspace } from '../../test/support/test-workspace.ts';

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const url = (slug: string) => `https://www.linkedin.com/in/${slug}`;

for (const kind of TEST_STORES) {
  describe(`warm paths and graph export: ${kind.name}`, { skip: kind.skip || undefined }, () => {
    let context: AppContext;
    const folder = temporaryFolder();
    before(async () => {
      const clock = fixedClock('2026-11-25T12:00:00.000Z');
      context = await openTestWorkspace(kind, clock, 'p');
      const mine = join(folder, 'mine.csv');
      writeFileSync(mine, [HEADER, `Sam,Teammate,${url('sam-teammate')},,Referable,Coach,01 Jan 2024`, `Ann,Acme,${url('ann-acme')},,Acme,Engineer,01 Feb 2024`].join('\n'));
      await importContacts(context, { path: mine });
      // Sam's own export: his profile and invitations name him, so his network joins mine through his contact.
      const sams = join(folder, 'sam.zip');
      writeFileSync(sams, zipSync({
        'Profile.csv': strToU8('First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\nSam,Teammate,,,,Coach,,,,,,,\n'),
        'Invitations.csv': strToU8(`From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\nSam Teammate,Bea Globex,2024-03-01 10:00:00 UTC,,OUTGOING,${url('sam-teammate')},${url('bea-globex')}\n`),
        'Connections.csv': strToU8([HEADER, `Bea,Globex,${url('bea-globex')},,Globex Corporation,VP Sales,01 Mar 2024`, `Cal,Globex,${url('cal-globex')},,GLOBEX CORP,Engineer,02 Mar 2024`].join('\n')),
      }));
      await importContacts(context, { path: sams, member: 'Sam' });
      const prospects = join(folder, 'prospects.csv');
      writeFileSync(prospects, 'Name,Company,Title\nDee Initech,Initech,CTO\n');
      await importContacts(context, { path: prospects, source: 'csv' });
    });
    after(async () => {
      await closeTestWorkspace(context);
    });

    it("finds a two-hop path through a teammate's network, each hop explained", async () => {
      const result = await warmPaths(context, 'Globex', { coworkers: false });
      assert.equal(result.target.kind, 'company');
      assert.equal(result.target.people, 2);
      assert.deepEqual(result.paths.map((path) => path.hops.map((hop) => hop.to.name)), [['Sam Teammate', 'Bea Globex'], ['Sam Teammate', 'Cal Globex']]);
      const [first] = result.paths;
      assert.equal(first.hops[0].from.name, 'you');
      assert.match(first.hops[0].why, /your connection, tie strength/);
      assert.match(first.hops[1].why, /Sam Teammate's connection/);
      assert.ok(Math.abs(first.probability - first.hops[0].probability * first.hops[1].probability) < 1e-3);
    });

    it('reaches a prospect through an inferred coworker, and suggests a direct request when nothing links', async () => {
      const viaCoworker = await warmPaths(context, 'Cal Globex', { coworkers: true, k: 3 });
      assert.ok(viaCoworker.paths.length >= 1);
      const cold = await warmPaths(context, 'Initech');
      assert.deepEqual(cold.paths, []);
      assert.match(cold.suggestion, /No warm path to Initech.*connection request/);
    });

    it('uses a "knows" link entered by hand, and forgets it when removed', async () => {
      await linkContacts(context, 'Ann Acme', 'Dee Initech');
      const linked = await warmPaths(context, 'Initech', { coworkers: false });
      assert.deepEqual(linked.paths[0].hops.map((hop) => [hop.to.name, hop.kind]), [['Ann Acme', 'connected'], ['Dee Initech', 'manual']]);
      await linkContacts(context, 'Dee Initech', 'Ann Acme', { remove: true });
      assert.deepEqual((await warmPaths(context, 'Initech', { coworkers: false })).paths, []);
      await assert.rejects(linkContacts(context, 'Ann Acme', 'Ann Acme'), (error) => isReferableError(error) && error.code === 'INVALID_INPUT');
    });

    it('refuses out-of-range arguments and unknown targets with a precise message', async () => {
      await assert.rejects(warmPaths(context, 'Globex', { k: 0 }), (error) => isReferableError(error) && /--k must be/.test(error.message));
      await assert.rejects(warmPaths(context, 'Globex', { maxHops: 9 }), (error) => isReferableError(error) && /--max-hops/.test(error.message));
      await assert.rejects(warmPaths(context, 'Globx'), (error) => isReferableError(error) && error.code === 'NOT_FOUND' && /Globex Corporation/.test(error.message));
    });

    it('estimates word of mouth: with every tie certain, exactly the people connected to me are reached', async () => {
      const certain = await estimateWordOfMouth(context, { p: 1, runs: 200, coworkers: false, threads: 1 });
      assert.deepEqual([certain.expectedReached.mean, certain.expectedReached.low, certain.expectedReached.high], [4, 4, 4]);
      assert.deepEqual(certain.firstDegree, { people: 2, inMarket: 0, companies: 0 });
      assert.equal(certain.secondDegree.people, 4);
      const uncertain = await estimateWordOfMouth(context, { runs: 400, coworkers: false, threads: 1, whatIf: ['add-weak=3', 'strengthen=1'], ask: 1 });
      // Two bare connections pass an ask on rarely (0.7% each, calibrated on Granovetter's table, docs/evidence.md): about 0.02 people.
      assert.ok(uncertain.expectedReached.mean < 0.5);
      assert.deepEqual(uncertain.scenarios.map((scenario) => scenario.name), ['add-weak=3', 'strengthen=1']);
      assert.ok(uncertain.scenarios[1].expectedReached.mean > uncertain.expectedReached.mean, 'making a tie strong raises reach (same worlds)');
      assert.equal(uncertain.askFirst[0].name, 'Sam Teammate', 'asking Sam reaches his network too');
    });

    it('gives the same estimate on one thread and on several (runs are keyed by seed and run, not by thread)', async () => {
      const one = await estimateWordOfMouth(context, { runs: 1000, seed: 7, threads: 1 });
      const two = await estimateWordOfMouth(context, { runs: 1000, seed: 7, threads: 2 });
      assert.equal(two.threads, 2);
      assert.deepEqual(two.expectedReached, one.expectedReached);
    });

    it('estimates the expected reach that exact enumeration of every world gives (ties passing 50%)', async () => {
      // Independent check: list every live/dead combination of the edges (each equally likely at p = 0.5) and count,
      // in each, the people reachable from me; the mean over worlds is the exact expected reach.
      const { graph, model } = await loadNetwork(context, {});
      const edges: [number, number][] = [];
      for (let u = 0; u < graph.nodeCount; u++) for (let e = graph.offsets[u]; e < graph.offsets[u + 1]; e++) edges.push([u, graph.targets[e]]);
      assert.ok(edges.length >= 4 && edges.length <= 20, `a network small enough to enumerate (${edges.length} directed edges)`);
      let total = 0;
      for (let world = 0; world < 2 ** edges.length; world++) {
        const informed = new Set([model.meNode]);
        for (let grew = true; grew; ) {
          grew = false;
          edges.forEach(([from, to], i) => {
            if ((world >>> i) & 1 && informed.has(from) && !informed.has(to)) {
              informed.add(to);
              grew = true;
            }
          });
        }
        total += informed.size - 1;
      }
      const exact = total / 2 ** edges.length;
      const estimate = await estimateWordOfMouth(context, { p: 0.5, runs: 4000, seed: 7, threads: 1 });
      const { mean, low, high } = estimate.expectedReached;
      // The result is rounded to tenths, as users see it: the interval may shrink by up to 0.05 at each end.
      assert.ok(low - 0.05 <= exact && exact <= high + 0.05, `exact ${exact} within the interval ${low}..${high}`);
      assert.ok(Math.abs(mean - exact) <= 0.1, `estimate ${mean} close to exact ${exact}`);
    });

    it('refuses reach arguments out of range', async () => {
      const cases: [ReachRequest, RegExp][] = [[{ runs: 5 }, /--runs/], [{ p: 0 }, /--p/], [{ whatIf: ['add-weak=0'] }, /add-weak=0/], [{ whatIf: ['more=3'] }, /is not a scenario/], [{ ask: 99 }, /--ask/]];
      for (const [request, pattern] of cases) {
        await assert.rejects(estimateWordOfMouth(context, request), (error) => isReferableError(error) && error.code === 'INVALID_INPUT' && pattern.test(error.message));
      }
    });

    it('exports the network as GraphML, node-link JSON and an edge list with the same edges', async () => {
      const json = JSON.parse(await exportGraph(context, 'json', { coworkers: false }));
      assert.equal(json.directed, false);
      assert.equal(json.nodes.filter((node: { isMe: boolean }) => node.isMe).length, 1);
      assert.equal(json.links.length, 4); // me-Sam, me-Ann, Sam-Bea, Sam-Cal
      const edgelist = (await exportGraph(context, 'edgelist', { coworkers: false })).trim().split('\n');
      assert.equal(edgelist.length, 1 + 4);
      const graphml = await exportGraph(context, 'graphml', { coworkers: false });
      assert.equal((graphml.match(/<edge /g) ?? []).length, 4);
      assert.match(graphml, /<data key="label">Bea Globex<\/data>/);
    });
  });
}
