// Tests for the server-side chart renderer: static, deterministic, self-contained SVG with escaped labels.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanSvg, renderChart, type ChartSpec } from './chart-svg.ts';

const hostile = '<img src=x onerror=alert(1)> "Bobby" & <Tables>';

function barSpec(id: string): ChartSpec {
  return {
    id,
    width: 400,
    height: 200,
    label: `Bars for ${hostile}`,
    option: {
      xAxis: { type: 'category', data: [hostile, 'Plain'] },
      yAxis: { type: 'value' },
      series: [{ type: 'bar', data: [3, 1], label: { show: true, formatter: hostile } }],
    },
  };
}

describe('renderChart', () => {
  it('draws an inline svg with the size asked for and an accessible label', () => {
    const svg = renderChart(barSpec('bars')).value;
    assert.match(svg, /^<svg role="img" aria-label="Bars for &lt;img src=x onerror=alert\(1\)&gt; &quot;Bobby&quot; &amp; &lt;Tables&gt;" class="chart-svg" width="400" height="200"/);
    assert.match(svg, /<\/svg>$/);
    assert.match(svg, /<path d="M/, 'bars are drawn');
  });

  it('escapes labels that come from contact data', () => {
    const svg = renderChart(barSpec('bars')).value;
    assert.ok(!svg.includes(hostile));
    assert.ok(!/<img/i.test(svg));
    assert.ok(svg.includes('&lt;img src=x onerror=alert(1)&gt; &quot;Bobby&quot; &amp; &lt;Tables&gt;'));
  });

  it('holds no URL, no script, no style block and no per-instance ids', () => {
    const svg = renderChart(barSpec('bars')).value;
    assert.ok(!/https?:/i.test(svg), 'no xmlns or other URL');
    assert.ok(!/<script|<style|<image|href=/i.test(svg));
    assert.ok(!/\bzr\d+-/.test(svg), 'ids are renamed after the chart id');
  });

  it('renders the same chart to the same string every time, whatever was rendered before', () => {
    const first = renderChart(barSpec('bars')).value;
    renderChart(barSpec('other'));
    assert.equal(renderChart(barSpec('bars')).value, first);
  });
});

describe('cleanSvg', () => {
  it('renames internal ids after the chart id so two charts on a page never clash', () => {
    const raw = '<svg width="1" height="1" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" baseProfile="full"><defs><clipPath id="zr7-c0"></clipPath></defs><g clip-path="url(#zr7-c0)"></g><style ><![CDATA[.zr7-cls-0:hover{cursor:pointer;}]]></style></svg>';
    assert.equal(cleanSvg(raw, 'growth', 'A chart'), '<svg role="img" aria-label="A chart" class="chart-svg" width="1" height="1"><defs><clipPath id="growth-c0"></clipPath></defs><g clip-path="url(#growth-c0)"></g></svg>');
  });

  it('refuses an id that could break out of an attribute', () => {
    assert.throws(() => cleanSvg('<svg></svg>', 'x" onload="y', 'label'));
  });
});
