// Hostile ZIPs that passed every check on declared sizes (issue 13): headers that lie cost 18-54 s of CPU before the
// refusal, and 1,024 honest one-MiB articles inflated to 1 GiB (1.2 GB RSS) and added 1,024 content items. Each now
// fails within a few seconds of CPU and a bounded peak memory, measured in a child process.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { temporaryFolder } from '../support/test-stores.ts';
import { lyingSizesZip, manyArticlesZip } from './hostile-zips.ts';

const CHILD = fileURLToPath(new URL('./import-measured.ts', import.meta.url));
/** CPU the import itself may take (the child's start-up and TypeScript loading are not counted). */
const MAX_CPU_MS = 5000;
/** Peak RSS of the whole child: the runtime, tsx and the store take about 150 MB before any import. */
const MAX_RSS_MB = 300;

interface Outcome {
  refused?: string;
  message?: string;
  added?: number;
  contentAdded?: number;
  cpuMs: number;
  maxRssMb: number;
}

function importInChild(name: string, bytes: Uint8Array): Outcome {
  const folder = temporaryFolder();
  const path = join(folder, name);
  writeFileSync(path, bytes);
  const child = spawnSync(process.execPath, ['--import', 'tsx', CHILD, path, join(folder, 'hostile.db')], { encoding: 'utf8', timeout: 170_000 });
  assert.equal(child.status, 0, `the child failed:\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as Outcome;
}

describe('hostile ZIP archives', () => {
  it('refuses a 2.6 MB archive whose headers declare 300 bytes for 2.7 GB of data, within a few seconds of CPU', { timeout: 180_000 }, () => {
    const zip = lyingSizesZip();
    assert.ok(zip.length > 2_000_000 && zip.length < 3_000_000, `${zip.length} bytes`);
    const outcome = importInChild('lying-sizes.zip', zip);
    assert.equal(outcome.refused, 'IMPORT_REJECTED', JSON.stringify(outcome));
    assert.match(outcome.message!, /lying-sizes\.zip:Connections\.csv: the entry holds more than the 300 bytes its header declares/);
    assert.match(outcome.message!, /lying-sizes\.zip:messages\.csv: the entry holds more than the 300 bytes its header declares/);
    assert.ok(outcome.cpuMs < MAX_CPU_MS, `CPU ${outcome.cpuMs} ms`);
    assert.ok(outcome.maxRssMb < MAX_RSS_MB, `peak RSS ${outcome.maxRssMb} MB`);
    console.log(`# lying sizes: refused after ${outcome.cpuMs} ms CPU, peak RSS ${outcome.maxRssMb} MB`);
  });

  it('refuses 1,024 one-MiB articles (1.2 MB zipped, 1 GiB unpacked) before inflating any, naming the cap', { timeout: 180_000 }, () => {
    const zip = manyArticlesZip();
    assert.ok(zip.length < 2_000_000, `${zip.length} bytes`);
    const outcome = importInChild('articles-bomb.zip', zip);
    assert.equal(outcome.refused, 'IMPORT_REJECTED', JSON.stringify(outcome));
    assert.match(outcome.message!, /articles-bomb\.zip: the archive would unpack to more than 256 MB of export files \(the entry "Articles\/Articles\/2024-01-01_article-0256\.html" alone declares 1,048,576\)/);
    assert.ok(outcome.cpuMs < MAX_CPU_MS, `CPU ${outcome.cpuMs} ms`);
    assert.ok(outcome.maxRssMb < MAX_RSS_MB, `peak RSS ${outcome.maxRssMb} MB`);
    console.log(`# 1,024 articles: refused after ${outcome.cpuMs} ms CPU, peak RSS ${outcome.maxRssMb} MB`);
  });

  it('reads at most 1,000 articles of at most 512 KiB from an export, naming what it left out', { timeout: 180_000 }, () => {
    // 1,001 small articles plus one too large: 1,000 are read, the last small one and the large one are not.
    const small = manyArticlesZip(1001, 4096);
    const outcome = importInChild('many-small-articles.zip', small);
    assert.equal(outcome.contentAdded, 1000, JSON.stringify(outcome).slice(0, 2000));
  });
});
