import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { temporaryFolder } from '../../test/support/test-stores.ts';
import { writeOutput, type OutputFs } from './output-file.ts';

/** The real file system, except that writing fails with `code` once `allowed` bytes are on disk (a disk filling up). */
function failingAfter(allowed: number, code: 'ENOSPC' | 'EIO'): OutputFs {
  let written = 0;
  return {
    ...fs,
    writeSync: ((descriptor: number, buffer: Uint8Array, offset: number, length: number) => {
      if (written >= allowed) throw Object.assign(new Error(`${code}: simulated`), { code });
      const chunk = Math.min(length, allowed - written, 4096);
      const done = fs.writeSync(descriptor, buffer, offset, chunk);
      written += done;
      return done;
    }) as OutputFs['writeSync'],
  };
}

const files = (folder: string) => fs.readdirSync(folder).sort();

describe('writeOutput', () => {
  it('writes the whole file, and replaces an earlier one keeping its permissions', () => {
    const folder = temporaryFolder();
    const path = join(folder, 'backup.json');
    writeOutput(path, 'first\n');
    fs.chmodSync(path, 0o600);
    writeOutput(path, 'x'.repeat(100_000));
    assert.equal(fs.readFileSync(path, 'utf8').length, 100_000);
    assert.equal(fs.statSync(path).mode & 0o777, 0o600);
    assert.deepEqual(files(folder), ['backup.json'], 'no temporary file is left');
  });

  for (const code of ['ENOSPC', 'EIO'] as const) {
    it(`on ${code} part-way, leaves an earlier file as it was and no partial file, and says why`, () => {
      const folder = temporaryFolder();
      const path = join(folder, 'backup.json');
      fs.writeFileSync(path, 'the backup from last week\n');
      assert.throws(
        () => writeOutput(path, 'y'.repeat(50_000), { what: 'the backup', fs: failingAfter(10_000, code) }),
        (error: Error & { code?: string }) => {
          assert.equal(error.code, 'IO_ERROR');
          const cause = code === 'ENOSPC' ? 'the disk is full \\(ENOSPC\\)' : 'the disk reported an input/output error \\(EIO\\)';
          assert.match(error.message, new RegExp(`^cannot write the backup to ${path.replace(/[.]/g, '\\.')}: ${cause}; ${path.replace(/[.]/g, '\\.')} is as it was`));
          if (code === 'ENOSPC') assert.match(error.message, /free some space and run it again$/);
          return true;
        },
      );
      assert.equal(fs.readFileSync(path, 'utf8'), 'the backup from last week\n');
      assert.deepEqual(files(folder), ['backup.json'], 'the partial temporary file was removed');

      const fresh = join(folder, 'new.ics');
      assert.throws(() => writeOutput(fresh, 'z'.repeat(50_000), { fs: failingAfter(100, code) }), /no file was written/);
      assert.deepEqual(files(folder), ['backup.json']);
    });
  }

  it('names a missing folder and a folder given as the file', () => {
    const folder = temporaryFolder();
    assert.throws(() => writeOutput(join(folder, 'nowhere', 'report.html'), 'x'), /cannot write .*report\.html: its folder does not exist \(ENOENT\); no file was written/);
    assert.throws(() => writeOutput(folder, 'x', { what: 'the report' }), /cannot write the report to .*: it is a folder \(EISDIR\)/);
  });
});
