// IssueLog: column summaries with counts, the per-file cap with counted overflow, and what is never capped.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ImportIssue } from './import-issue.ts';
import { capIssues, IssueLog } from './issue-log.ts';

const row = (line: number, reason: string, severity: ImportIssue['severity'] = 'error'): ImportIssue => ({ file: 'a.vcf', line, reason, severity });

describe('IssueLog', () => {
  it('keeps one issue per column and kind, first occurrence in place, rows counted once', () => {
    const log = new IssueLog({ maxRowIssues: 100, exampleLines: 2 });
    log.push(row(1, 'first row problem'));
    for (const line of [2, 2, 3, 4]) log.column('email', { file: 'a.csv', line, field: 'Email', reason: `bad ${line}`, severity: 'warning' });
    log.column('url', { file: 'a.csv', line: 3, field: 'Email', reason: 'not a url', severity: 'warning' });
    const issues = log.list();
    assert.deepEqual(issues.map((issue) => [issue.line, issue.reason, issue.count]), [
      [1, 'first row problem', undefined],
      [2, 'bad 2 (3 rows of this column in all: lines 2, 3 and 1 more)', 3],
      [3, 'not a url', undefined],
    ]);
  });

  it('counts row issues past the cap by kind, and always keeps what says why the file failed', () => {
    const log = new IssueLog({ maxRowIssues: 2, exampleLines: 5 });
    for (let line = 1; line <= 5; line++) log.push(row(line, `the row has ${line} fields but the header has 7`));
    log.push(row(6, 'hidden profile'), row(7, 'hidden profile'));
    log.keep({ file: 'a.vcf', line: 8, reason: 'a quoted field opened on this line is never closed', severity: 'error' });
    log.push({ file: 'a.vcf', reason: 'the file is not UTF-8', severity: 'warning' });
    const issues = log.list();
    assert.deepEqual(issues.map((issue) => [issue.line ?? null, issue.count ?? 1]), [[1, 1], [2, 1], [8, 1], [null, 1], [3, 3], [6, 2]]);
    assert.match(issues[4].reason, /^3 more rows with this kind of issue, from line 3 \(only the first 2 row issues of a file are listed one by one\); the first: the row has 3 fields/);
  });

  it('caps a list built in full, per file', () => {
    const issues = [...Array.from({ length: 150 }, (_, i) => row(i + 1, 'the card has no name')), { ...row(1, 'x'), file: 'b.vcf' }];
    const capped = capIssues(issues);
    assert.equal(capped.length, 102);
    assert.equal(capped.filter((issue) => issue.file === 'a.vcf').reduce((sum, issue) => sum + (issue.count ?? 1), 0), 150);
  });
});
