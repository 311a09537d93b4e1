// Names on the network drawing: the biggest company clusters are named once each, and no name is placed over another.
// Here rather than beside the component: the dashboard's own type check (tsc -p web) has no Node types for node:test.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { companyKey } from '../src/core/companies/company-key.ts';
import { companyClusters, overlaps, placeWithoutOverlap } from '../web/src/components/network-labels.ts';

/** A person as the graph API sends them: the company as written and the server's key for it. */
const at = (company: string, x: number, y: number) => ({ company, companyKey: companyKey(company), x, y });

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
        at('Ledgerlark', 0, 0),
        at('LEDGERLARK INC', 2, 0),
        at('Ledgerlark', 1, 3),
        at('Contoso', 10, 10),
        at('Contoso Ltd', 12, 10),
        at('Fernwallet', 20, 20),
        at('', 5, 5),
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

  it('draws "Woodgrove Bank" and "Woodgrove Bank, S.A." as one cluster, as every company list counts them', () => {
    const clusters = companyClusters([at('Woodgrove Bank', 0, 0), at('Woodgrove Bank, S.A.', 2, 0), at('WOODGROVE BANK S.A.S.', 1, 1), at('Woodgrove Bank GmbH', 1, 2)], 5);
    assert.deepEqual(
      clusters.map((cluster) => [cluster.name, cluster.count]),
      [['Woodgrove Bank', 4]],
    );
  });
});
