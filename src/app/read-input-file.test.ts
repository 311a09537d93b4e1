// Opening what the user named: caps on every file of a folder as on a single file, article caps in folders, and
// paths that are no regular file (a named pipe, a device) refused at once instead of hanging.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { isReferableError } from '../core/errors.ts';
import { temporaryFolder } from '../../test/support/test-stores.ts';
import { INPUT_LIMITS, readExportFolder } from './read-input-file.ts';

const CHILD = fileURLToPath(new URL('../../test/corpus/import-measured.ts', import.meta.url));
const CONNECTIONS = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\nAda,Lovelace,,,Analytical Engines,CTO,12 Mar 2021\r\n';
const GB = 1024 * 1024 * 1024;

/** A file of `size` bytes that takes no disk: truncate makes it sparse. */
function sparse(path: string, size: number): void {
  closeSync(openSync(path, 'w'));
  truncateSync(path, size);
}

function exportFolder(): string {
  const folder = join(temporaryFolder(), 'Basic_LinkedInDataExport_11-25-2026');
  mkdirSync(folder);
  writeFileSync(join(folder, 'Connections.csv'), CONNECTIONS);
  return folder;
}

function mkfifo(path: string): void {
  const made = spawnSync('mkfifo', [path]);
  assert.equal(made.status, 0, `mkfifo failed: ${made.stderr}`);
}

interface Outcome {
  refused?: string;
  message?: string;
  added?: number;
  cpuMs: number;
  maxRssMb: number;
}

/**
 * The import in a child process with a time limit: a read that blocks forever cannot hang the test run. The limit is
 * generous (a busy two-core machine took over 30 s just to start tsx in the child); a blocked read never ends at all.
 */
function importInChild(path: string): Outcome {
  const child = spawnSync(process.execPath, ['--import', 'tsx', CHILD, path, join(temporaryFolder(), 'import.db')], { encoding: 'utf8', timeout: 120_000 });
  assert.equal(child.signal, null, 'the import hung and was killed');
  assert.equal(child.status, 0, `the child failed:\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as Outcome;
}

function refusal(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (error) {
    if (isReferableError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('not refused');
}

describe('files in an unzipped export folder', () => {
  it('refuses a 3 GB file in a folder by its size, before reading it, with the single-file cap and exit code', () => {
    const folder = exportFolder();
    sparse(join(folder, 'messages.csv'), 3 * GB);
    const { code, message } = refusal(() => readExportFolder(folder));
    assert.equal(code, 'IMPORT_REJECTED');
    assert.equal(message, `${join(folder, 'messages.csv')} is 3072 MB, more than the 100 MB a contacts file can be; nothing was imported. A LinkedIn Connections.csv of 30,000 connections is about 5 MB: check this is the right file, or split it`);
  });

  it('never reads a 1.5 GB file of a folder whole: refused with bounded memory', { timeout: 120_000 }, () => {
    const folder = exportFolder();
    sparse(join(folder, 'Invitations.csv'), 1.5 * GB);
    const outcome = importInChild(folder);
    assert.equal(outcome.refused, 'IMPORT_REJECTED', JSON.stringify(outcome));
    assert.match(outcome.message!, /Invitations\.csv is 1536 MB, more than the 100 MB a contacts file can be/);
    assert.ok(outcome.maxRssMb < 300, `peak RSS ${outcome.maxRssMb} MB`);
  });

  it('refuses a folder whose export files add up to more than an export may hold', () => {
    const folder = exportFolder();
    writeFileSync(join(folder, 'messages.csv'), 'x'.repeat(400));
    const { code, message } = refusal(() => readExportFolder(folder, { ...INPUT_LIMITS, maxFolderBytes: 300 }));
    assert.equal(code, 'IMPORT_REJECTED');
    assert.match(message, /holds 5\d\d bytes of LinkedIn export files, more than the 300 bytes an export can hold; nothing was imported/);
  });

  it('reads at most 1,000 articles of at most 512 KiB from a folder, naming what it left out', () => {
    const folder = exportFolder();
    mkdirSync(join(folder, 'Articles', 'Articles'), { recursive: true });
    for (let i = 0; i < 1001; i++) writeFileSync(join(folder, 'Articles', 'Articles', `2024-01-01_note-${String(i).padStart(4, '0')}.html`), `<title>Note ${i}</title>`);
    sparse(join(folder, 'Articles', 'Articles', '2023-12-31_huge.html'), 600 * 1024);
    const input = readExportFolder(folder);
    assert.equal(input.files.filter((file) => file.name.includes('/Articles/')).length, 1000);
    const base = 'Basic_LinkedInDataExport_11-25-2026/Articles/Articles';
    assert.deepEqual(input.issues.map((issue) => [issue.file, issue.reason]), [
      [`${base}/2023-12-31_huge.html`, 'the article is 614,400 bytes, more than the 524,288 bytes one article may be; it was not read'],
      [`${base}/2024-01-01_note-1000.html`, 'only 1,000 articles are read from one export; this one was not read'],
    ]);
  });
});

describe('paths that are not regular files', () => {
  it('refuses a named pipe given as the import path at once, instead of waiting forever for a writer', { timeout: 120_000 }, () => {
    const fifo = join(temporaryFolder(), 'Connections.csv');
    mkfifo(fifo);
    const outcome = importInChild(fifo);
    assert.equal(outcome.refused, 'INVALID_INPUT', JSON.stringify(outcome));
    assert.equal(outcome.message, `${fifo} is a named pipe (FIFO), not a file: name a file (a LinkedIn export ZIP, a CSV or a vCard) or an unzipped export folder`);
  });

  it('refuses a named pipe inside an export folder, naming it', { timeout: 120_000 }, () => {
    const folder = exportFolder();
    mkfifo(join(folder, 'messages.csv'));
    const outcome = importInChild(folder);
    assert.equal(outcome.refused, 'INVALID_INPUT', JSON.stringify(outcome));
    assert.match(outcome.message!, /messages\.csv is a named pipe \(FIFO\), not a file/);
  });

  it('refuses a device such as /dev/zero, which would never end', { timeout: 120_000 }, () => {
    const outcome = importInChild('/dev/zero');
    assert.equal(outcome.refused, 'INVALID_INPUT', JSON.stringify(outcome));
    assert.match(outcome.message!, /^\/dev\/zero is a device, not a file/);
  });
});
