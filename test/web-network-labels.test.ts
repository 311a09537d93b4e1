// Names on the network drawing: the biggest company clusters are named once each, and no name is placed over another.
// Here rather than beside the component: the dashboard's own type check (tsc -p web) has no Node types for node:test.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { companyClusters, overlaps, placeWithoutOverlap } from '../web/src/components/network-labels.ts';

const box = (left: number, top: number, width: number, height = 16) => ({ left, top, right: left + width, bottom: top + height });

describe('network labels', () => {
  it('keeps names in order of importance and drops one that would cross a name already placed or leave the drawing', () => {
    const frame = box(0, 0, 400, 300);
    const kept = placeWithoutOverlap(
      [
        { name: 'Contoso', box: box(100, 100, 80) },
        { name: 'Woodgrove Bank', box: box(150, 108, 120) },
        { name: 'Ledgerlark', box: box(100, 130, 90) },
        { name: 'Paysprig', box: box(360, 10, 70) },
      ],
      frame,
    );
    assert.deepEqual(
      kept.map((label) => label.name),
      ['Contoso', 'Ledgerlark'],
    );
  });

  it('keeps clear of boxes already taken, and counts boxes within the gap as touching', () => {
    assert.equal(overlaps(box(0, 0, 50), box(51, 0, 50)), true);
    assert.equal(overlaps(box(0, 0, 50), box(53, 0, 50)), false);
    assert.deepEqual(placeWithoutOverlap([{ box: box(10, 10, 40) }], box(0, 0, 100, 100), [box(0, 0, 30)]), []);
  });

  it('names each company once, by the spelling most of its people use, biggest first, at the centre of its people', () => {
    const clusters = companyClusters(
      [
        { company: 'Ledgerlark', x: 0, y: 0 },
        { company: 'LEDGERLARK INC', x: 2, y: 0 },
        { company: 'Ledgerlark', x: 1, y: 3 },
        { company: 'Contoso', x: 10, y: 10 },
        { company: 'Contoso Ltd', x: 12, y: 10 },
        { company: 'Fernwallet', x: 20, y: 20 },
        { company: '', x: 5, y: 5 },
      ],
      5,
    );
    assert.deepEqual(
      clusters.map((cluster) => [cluster.name, cluster.count, cluster.x, cluster.y]),
      [
        ['Ledgerlark', 3, 1, 1],
        ['Contoso', 2, 11, 10],
      ],
    );
    assert.equal(clusters[1].radius, 1);
  });
});
