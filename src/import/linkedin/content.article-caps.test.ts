// Articles are capped in size wherever they come from (a ZIP caps them before inflating; an unzipped folder reaches here).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ARTICLE_LIMITS, parseArticle } from './content.ts';

const article = (name: string, html: string) => ({ name, bytes: new TextEncoder().encode(html) });

describe('article caps', () => {
  it('reads an article at the size cap', () => {
    const head = '<html><head><title>Referral loops</title></head><body><p>';
    const { content, issues } = parseArticle(article('export/Articles/Articles/2024-05-18_referral-loops.html', head + 'a'.repeat(ARTICLE_LIMITS.maxBytes - head.length)));
    assert.deepEqual(issues, []);
    assert.deepEqual(content.map((item) => [item.title, item.publishedOn]), [['Referral loops', '2024-05-18']]);
  });

  it('does not read an article over the cap, and names it and the cap', () => {
    const { content, issues } = parseArticle(article('export/Articles/Articles/2024-05-18_huge.html', 'a'.repeat(ARTICLE_LIMITS.maxBytes + 1)));
    assert.deepEqual(content, []);
    assert.deepEqual(issues, [{
      file: 'export/Articles/Articles/2024-05-18_huge.html',
      reason: 'the article is 524,289 bytes, more than the 524,288 bytes one article may be; it was not read',
      severity: 'error',
    }]);
  });
});
