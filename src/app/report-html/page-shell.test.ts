// The page shell every HTML file shares: one document, a strict policy, the title escaped, the body as given.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { html } from './html-escape.ts';
import { REPORT_CSP, selfContainedPage } from './page-shell.ts';

describe('selfContainedPage', () => {
  it('wraps the body in one document that may load and run nothing, with the title escaped', () => {
    const page = selfContainedPage('Outcomes: <b>Spring cohort</b>', html`<p>${'<script>alert(1)</script>'}</p>`);
    assert.match(page, /^<!DOCTYPE html>\n<html lang="en">/);
    assert.ok(page.includes(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`));
    assert.ok(page.includes('<title>Outcomes: &lt;b&gt;Spring cohort&lt;/b&gt;</title>'));
    assert.ok(page.includes('<main>\n<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n</main>'));
    assert.doesNotMatch(page, /<script|<link|src=|@import/i);
  });
});
