// The coverage heat map on a phone and on a big screen: names, seniority labels and counts never run into each other.
// Here rather than beside the component: the dashboard's own type check (tsc -p web) has no Node types for node:test.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countFits, heatmapLayout } from '../web/src/components/heatmap-layout.ts';

/** LinkedIn's ten seniorities and the unknown level, as the demo's coverage has them. */
const LEVELS = ['Unpaid', 'Training', 'Entry', 'Senior', 'Manager', 'Director', 'VP', 'CXO', 'Partner', 'Owner', 'Unknown'];
const COMPANIES = ['Contoso', 'Clearbrook Payments', 'Woodgrove Bank'];

describe('coverage heat map layout', () => {
  it('on a phone (340 px of chart) gives names a quarter, turns the eleven seniority labels upright and keeps three-digit counts', () => {
    const layout = heatmapLayout(340, COMPANIES, LEVELS);
    assert.equal(layout.nameWidth, 85);
    assert.equal(layout.rotate, 90);
    assert.ok(layout.cell > 20 && layout.cell < 22, `cell ${layout.cell}`);
    assert.equal(layout.cellFontSize, 10);
    assert.equal(countFits(104, layout.cell, layout.cellFontSize), true);
    assert.equal(countFits(1040, layout.cell, layout.cellFontSize), false);
    // Upright labels need their length below the axis: the longest, "Training" and "Director", about 56 px.
    assert.equal(layout.bottom, 56 + 12 + 48);
  });

  it('on a laptop (about 1000 px of chart) keeps full names and level labels flat, counts at 12 px', () => {
    const layout = heatmapLayout(1000, COMPANIES, LEVELS);
    assert.equal(layout.nameWidth, 7 * 'Clearbrook Payments'.length);
    assert.equal(layout.rotate, 0);
    assert.equal(layout.cellFontSize, 12);
    assert.equal(countFits(2100, layout.cell, layout.cellFontSize), true);
  });

  it('slants the labels at widths between', () => {
    assert.equal(heatmapLayout(640, COMPANIES, LEVELS).rotate, 45);
  });
});
