// The coverage heat map's tooltip (ECharts inserts it as HTML): a company named like markup shows as text.
// Here rather than beside the component: the dashboard's own type check (tsc -p web) has no Node types for node:test.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { escapeHtml, heatmapTooltip } from '../web/src/components/heatmap-tooltip.ts';

describe('coverage heat map tooltip', () => {
  it('escapes the company and seniority, so a hostile name runs nothing', () => {
    const tooltip = heatmapTooltip('<img src=x onerror="alert(1)">', '<b>VP</b>', 3);
    assert.equal(tooltip, '&lt;img src=x onerror=&quot;alert(1)&quot;&gt; · &lt;b&gt;VP&lt;/b&gt;: 3');
    assert.doesNotMatch(tooltip, /[<>"]/);
  });

  it('leaves ordinary names readable', () => {
    assert.equal(heatmapTooltip('Northwind Traders', 'Director', 12), 'Northwind Traders · Director: 12');
    assert.equal(escapeHtml("AT&T's"), 'AT&amp;T&#39;s');
  });
});
