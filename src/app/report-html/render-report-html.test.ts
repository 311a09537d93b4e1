// Tests for the HTML market report: every section, inline charts, no external resources, escaping, empty states.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { market } from '../../core/market/market.fixture.ts';
import { buildMarketReport, type ScoredContact } from '../../core/market/market-report.ts';
import { renderReportHtml } from './render-report-html.ts';
import { emptyReport, HOSTILE_COMPANY, HOSTILE_NAME, sampleReport } from './report-html.fixture.ts';
import { seniorityColumns } from './section-coverage.ts';

const generatedAt = '2025-03-14T09:05:00.000Z';
const sample = () => renderReportHtml(sampleReport(), { generatedAt });
const empty = () => renderReportHtml(emptyReport(), { generatedAt });

const HEADINGS = ['Quantity', 'Quality', 'Coverage', 'Breadth', 'Growth', 'Job changes'];

/** The text of every <h2>, in order. */
function h2s(page: string): string[] {
  return [...page.matchAll(/<h2\b[^>]*>([\s\S]*?)<\/h2>/g)].map((match) => match[1]);
}

/** Everything a browser could fetch or run: scripts, URLs, resource attributes, CSS imports, frames, forms. */
function assertSelfContained(page: string): void {
  assert.ok(!/<script/i.test(page), 'no <script');
  assert.ok(!/https?:\/\//i.test(page), 'no http(s):// URL anywhere');
  assert.ok(!/<[^>]*\s(src|href|srcset|action|formaction|poster|data)\s*=/i.test(page), 'no resource attribute on any tag');
  assert.ok(!/<(iframe|object|embed|link|img|image|video|audio|form|base)\b/i.test(page), 'no element that loads something');
  assert.ok(!/@import|url\((?!#)/i.test(page), 'no CSS import and no url() other than in-page SVG references');
  assert.ok(!/\son[a-z]+\s*=/i.test(page.replace(/&lt;[^<]*?&gt;/g, '')), 'no event handler attribute');
}

describe('renderReportHtml', () => {
  it('is one HTML document with a strict Content-Security-Policy', () => {
    const page = sample();
    assert.match(page, /^<!DOCTYPE html>\n<html lang="en">/);
    assert.ok(page.includes(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`));
    assert.match(page, /<meta name="viewport" content="width=device-width, initial-scale=1">/);
    assert.match(page, /<\/html>\n$/);
  });

  it('has the header and every section, in order, as headings', () => {
    const page = sample();
    assert.match(page, /<h1>Market report: Fintech product roles, London<\/h1>/);
    assert.deepEqual(h2s(page), HEADINGS);
    assert.ok(page.includes('14 Mar 2025'), 'as-of date');
    assert.ok(page.includes('fit ≥ 50 of 100'), 'threshold');
    assert.ok(page.includes('Few in-market connections, weak ties.'), 'quadrant verdict');
    assert.ok(page.includes(sampleReport().quality.advice), 'quadrant advice');
  });

  it('uses the title it is given', () => {
    const page = renderReportHtml(sampleReport(), { generatedAt, title: 'Report for <Jo> & co' });
    assert.match(page, /<title>Report for &lt;Jo&gt; &amp; co<\/title>/);
    assert.match(page, /<h1>Report for &lt;Jo&gt; &amp; co<\/h1>/);
  });

  it('draws the four charts as inline SVG, each labelled for screen readers', () => {
    const page = sample();
    for (const id of ['quadrant', 'strength-histogram', 'top-companies', 'growth']) {
      assert.match(page, new RegExp(`<figure class="chart" id="chart-${id}"><svg role="img" aria-label="[^"]+"`), id);
    }
    assert.equal(page.match(/<svg\b/g)?.length, 4);
  });

  it('loads and runs nothing: no scripts, no URLs, no external resources', () => {
    assertSelfContained(sample());
    assertSelfContained(empty());
  });

  it('escapes a hostile contact name and company everywhere, in tables and in charts', () => {
    const page = sample();
    assert.ok(!page.includes(HOSTILE_NAME));
    assert.ok(!page.includes(HOSTILE_COMPANY));
    assert.ok(!page.includes('<b>Product</b>'));
    const name = '&lt;img src=x onerror=alert(1)&gt;';
    const company = '&quot;Bobby&quot; &amp; &lt;Tables&gt;';
    assert.ok(page.includes(`<span class="person">${name}</span>`), 'strongest tie in the coverage table');
    assert.ok(page.includes(`<th scope="row">${name}</th>`), 'job changes table');
    assert.ok(page.includes(`<th scope="row">${company}</th>`), 'coverage table');
    assert.match(page, new RegExp(`<text [^>]*>${company}</text>`), 'top companies chart label');
    assert.ok(page.includes('Seán O&#39;Connor'), 'apostrophes too');
  });

  it('shows the numbers a coach looks for first', () => {
    const page = sample();
    assert.ok(page.includes('1,240'), 'total connections');
    assert.ok(page.includes('15% of your connections'), 'in-market share');
    assert.match(page, /class="progress-fill" style="width: 62%"/);
    assert.ok(page.includes('186 of 300 in-market connections (62% of the goal)'));
    assert.ok(page.includes('5 of 8'), 'covered companies');
    assert.ok(page.includes('as spread as 24.6 equal companies'), 'effective number of companies');
    assert.ok(page.includes('Don&#39;t tap the same 5 wells'), 'the breadth advice (apostrophe escaped like any text)');
    assert.ok(page.includes('6.8 / month') && page.includes('13 / month'), 'recent and needed pace');
    assert.ok(page.includes('you get there in 17 months'), 'months to goal');
  });

  it('lays out coverage as a heat map with only the seniority levels that occur, junior to senior', () => {
    const page = sample();
    const header = /<table class="data-table heat-table">[\s\S]*?<thead>([\s\S]*?)<\/thead>/.exec(page)?.[1] ?? '';
    const columns = [...header.matchAll(/<th scope="col"[^>]*>([^<]*)<\/th>/g)].map((match) => match[1]);
    assert.deepEqual(columns, ['Company', 'Tier', 'Entry', 'Senior', 'Manager', 'Director', 'VP', 'CXO', 'Unknown', 'Contacts', 'Prospects', 'Strongest tie']);
    assert.match(page, /<td class="num heat heat-4">5<\/td>/, 'the fullest cell is the darkest');
    assert.ok(page.includes('<li>Contoso Pay</li>'), 'white space listed');
    assert.ok(page.includes('joined a target company'), 'job change badge');
    assert.equal(page.match(/<span class="badge">/g)?.length, 2);
  });

  it('says plainly when there is nothing, instead of drawing empty charts', () => {
    const page = empty();
    assert.deepEqual(h2s(page), HEADINGS);
    assert.ok(!page.includes('<svg'), 'no chart at all');
    for (const sentence of [
      'No connections imported yet',
      'No in-market connections yet, so there is no tie strength to chart.',
      'No target companies in this market yet',
      'No in-market contacts at a known company yet',
      'No in-market connections with a known connection date yet',
      'No job changes seen yet.',
    ]) {
      assert.ok(page.includes(sentence), sentence);
    }
  });

  it('is deterministic: the same report renders to the same string', () => {
    const first = sample();
    empty();
    assert.equal(sample(), first);
    assert.equal(empty(), empty());
  });

  it('renders what buildMarketReport produces, including contacts without a seniority', () => {
    const contact = (id: string, name: string, company: string, seniority: string, strength: number | null, connectedOn: string): ScoredContact => ({
      id, name, company, companyKey: company.toLowerCase(), title: 'Product Manager', seniority, function: 'Product Management',
      connectedOn, fit: 80, inMarket: true, targetCompany: { name: company, tier: 1, aliases: [], industry: '' }, strength,
    });
    const report = buildMarketReport({
      market: market(),
      contacts: [
        contact('a', 'Ada', 'Ledgerlark', 'Manager', 0.6, '2025-01-10'),
        contact('b', 'Ben', 'Ledgerlark', '', 0.1, '2024-11-02'),
        contact('c', 'Cy', 'Woodgrove Bank', 'Director', null, ''),
      ],
      events: [],
      asOf: '2025-03-14',
    });
    const page = renderReportHtml(report, { generatedAt });
    assert.deepEqual(h2s(page), HEADINGS);
    assertSelfContained(page);
    assert.deepEqual(seniorityColumns(report.coverage.companies), ['Manager', 'Unknown']);
    assert.ok(page.includes('<li>Clearbrook Payments</li>'), 'white space from the market');
    assert.ok(page.includes('No job changes seen yet.'));
    assert.equal(page.match(/<svg\b/g)?.length, 4);
  });
});
