// Tests for the report's escape helper and the `html` tag: contact data can never become markup.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeHtml, html, trustedHtml } from './html-escape.ts';

describe('escapeHtml', () => {
  it('escapes the five characters that open tags, entities and attribute values', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&amp;</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('leaves ordinary text, accents and emoji alone', () => {
    assert.equal(escapeHtml('Seán Ó Briain — Zürich 🚀'), 'Seán Ó Briain — Zürich 🚀');
  });
});

describe('html', () => {
  it('escapes interpolated text, in element content and in attributes', () => {
    const name = '<img src=x onerror=alert(1)>';
    const out = html`<p title="${name}">${name}</p>`.value;
    assert.equal(out, '<p title="&lt;img src=x onerror=alert(1)&gt;">&lt;img src=x onerror=alert(1)&gt;</p>');
  });

  it('keeps nested html fragments as markup and escapes the text inside them', () => {
    const items = ['a&b', '"c"'];
    assert.equal(html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>`.value, '<ul><li>a&amp;b</li><li>&quot;c&quot;</li></ul>');
  });

  it('renders nothing for null, undefined and booleans, and numbers as text', () => {
    assert.equal(html`${null}${undefined}${false}${true}|${0}|${1.5}`.value, '|0|1.5');
  });

  it('passes trusted markup through unchanged', () => {
    assert.equal(html`<div>${trustedHtml('<svg></svg>')}</div>`.value, '<div><svg></svg></div>');
  });
});
