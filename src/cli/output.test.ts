// Tables fit the terminal: text columns shrink, ids and numbers keep their width, and a narrow terminal gets a list.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { table } from './output.ts';

// ANSI stripped: picocolors may colour headers when the test runner has a TTY.
const lines = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '').split('\n');

const WHY = 'title matches "product manager"; company Northwind Traders is tier 1; in Seattle; keywords: growth, onboarding, B2B SaaS';
const HEAD = ['id', 'name', 'company', 'title', 'connected', 'fit', 'why'];
const ROWS = [
  ['c0a1b2c3d4', 'Rafael Souza', 'Northwind Traders International', 'Senior Product Manager, Growth and Onboarding', '2024-03-12', 92, WHY],
  ['c0a1b2c3d5', 'Kemi Adeyemi', 'Contoso', 'Design Director', '2023-11-02', 71, 'company Contoso is tier 2'],
];

describe('table', () => {
  it('leaves a table that fits alone', () => {
    const rendered = lines(table(['id', 'fit'], [['c1', 50]], { width: 80 }));
    assert.ok(rendered.some((line) => line.includes('c1') && line.includes('50')));
  });

  it('fits every line of a wide table into the width, keeping ids and dates whole', () => {
    for (const width of [80, 100, 120]) {
      const rendered = lines(table(HEAD, ROWS, { width }));
      for (const line of rendered) assert.ok(line.length <= width, `${line.length} > ${width}: ${line}`);
      assert.ok(rendered.some((line) => line.includes('c0a1b2c3d4')), `id kept whole at ${width}`);
      assert.ok(rendered.some((line) => line.includes('2024-03-12')), `date kept whole at ${width}`);
    }
  });

  it('gives the long "why" column more room than the short text columns', () => {
    const rendered = lines(table(HEAD, ROWS, { width: 120 }));
    const header = rendered.find((line) => line.includes('why'))!;
    const cells = header.split('│');
    const widthOf = (title: string) => cells.find((cell) => cell.trim() === title)!.length;
    assert.ok(widthOf('why') > widthOf('name'), header);
    assert.ok(widthOf('name') >= 12, 'a text column keeps at least 10 characters');
  });

  it('turns rows into "label: value" lists when the columns cannot fit', () => {
    const rendered = lines(table(HEAD, ROWS, { width: 50 }));
    for (const line of rendered) assert.ok(line.length <= 50, `${line.length} > 50: ${line}`);
    assert.ok(rendered.some((line) => /^name:\s+Rafael Souza$/.test(line)));
    assert.ok(rendered.some((line) => /^fit:\s+92$/.test(line)));
  });
});
