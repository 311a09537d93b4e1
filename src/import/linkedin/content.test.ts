// Shares.csv as LinkedIn writes it, as the shifted sample export has it, and as the demo generator writes it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { createRandom } from '../../core/random/seeded-random.ts';
import { generateShares } from '../../demo/demo-shares.ts';
import { FIXTURES } from '../../../test/support/test-stores.ts';
import type { ImportIssue } from '../import-issue.ts';
import { zipSync } from 'fflate';
import { readImport } from '../read-import.ts';
import { parseShares } from './content.ts';
import { parseLinkedInExport } from './linkedin-export.ts';

const text = (content: string) => ({ name: 'Shares.csv', bytes: new TextEncoder().encode(content) });
const warnings = (issues: ImportIssue[]) => issues.filter((issue) => issue.severity === 'warning');

describe('Shares.csv', () => {
  it('reads the sample export, whose visibility sits under ShareCommentary and text under SharedUrl', () => {
    const bytes = new Uint8Array(readFileSync(new URL('linkedin-sample-export/Shares.csv', FIXTURES)));
    const { content, issues } = parseShares({ name: 'Shares.csv', bytes });
    assert.equal(content.length, 25);
    for (const item of content) {
      assert.match(item.title, /^Sharing this piece on .+ worth reading/, item.url);
      assert.ok(!/PUBLIC|CONNECTIONS/.test(item.text), item.text);
      assert.equal(item.sharedUrl, '', 'text is never stored as a shared link');
      assert.equal(item.kind, 'created');
    }
    assert.equal(content[0].title, 'Sharing this piece on hospital mortality statistics — worth reading if you work on similar questions.');
    const warned = warnings(issues);
    assert.equal(warned.length, 1, 'one warning per file, not per row');
    assert.match(warned[0].reason, /SharedUrl column holds text, not a link/);
  });

  it('reads the layout with a Visibility column and never takes a visibility value for words', () => {
    const { content, issues } = parseShares(text([
      'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility',
      '2024-05-01 09:00:00,https://www.linkedin.com/feed/update/1,"Shipped the new onboarding.\nThread below.",,,PUBLIC',
      '2024-05-02 09:00:00,https://www.linkedin.com/feed/update/2,Worth a read,https://example.com/a,,CONNECTIONS',
      '2024-05-03 09:00:00,https://www.linkedin.com/feed/update/3,LOGGED_IN,https://example.com/b,,LOGGED_IN',
    ].join('\n')));
    assert.deepEqual(
      content.map((item) => [item.kind, item.title, item.sharedUrl, item.publishedOn]),
      [
        ['created', 'Shipped the new onboarding.', '', '2024-05-01'],
        ['shared', 'Worth a read', 'https://example.com/a', '2024-05-02'],
        ['shared', '', 'https://example.com/b', '2024-05-03'],
      ],
    );
    assert.deepEqual(warnings(issues), []);
  });

  it("imports the demo generator's file exactly as the columns say, with no warnings", () => {
    const csv = generateShares(createRandom(7), 20_000);
    const { content, issues } = parseShares(text(csv));
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    assert.deepEqual(issues, []);
    assert.equal(content.length, rows.length);
    assert.ok(content.some((item) => item.kind === 'shared') && content.some((item) => item.kind === 'created'));
    content.forEach((item, i) => {
      const row = rows[i];
      assert.equal(item.url, row.ShareLink);
      assert.equal(item.text, row.ShareCommentary);
      assert.equal(item.title, row.ShareCommentary.split(/\r?\n/)[0].slice(0, 120));
      assert.equal(item.sharedUrl, row.SharedUrl);
      assert.equal(item.kind, row.SharedUrl ? 'shared' : 'created');
    });
  });

  it('reads the 2018 layout (UTF-16, tab-separated, "Share Link") inside a folder or a ZIP', () => {
    const text = [
      'Date\tShare Link\tShare Commentary\tShared Url\tMedia Url',
      '2018-01-08 18:14:00\thttps://www.linkedin.com/feed/update/urn:li:activity:1\tWhat we learned shipping onboarding\t\t',
      '2018-02-01 09:00:00\thttps://www.linkedin.com/feed/update/urn:li:activity:2\tWorth a read\thttps://example.com/article\t',
    ].join('\r\n');
    const bytes = new Uint8Array(Buffer.from(`\ufeff${text}\r\n`, 'utf16le'));
    const fromFolder = parseLinkedInExport([{ name: 'export-2018/Shares.csv', bytes }]);
    const fromZip = readImport({ name: 'export-2018.zip', bytes: zipSync({ 'Shares.csv': bytes }) });
    for (const bundle of [fromFolder, fromZip]) {
      assert.deepEqual(bundle.issues, []);
      assert.deepEqual(
        bundle.content.map((item) => [item.kind, item.title, item.sharedUrl, item.publishedOn]),
        [
          ['created', 'What we learned shipping onboarding', '', '2018-01-08'],
          ['shared', 'Worth a read', 'https://example.com/article', '2018-02-01'],
        ],
      );
    }
  });
});
