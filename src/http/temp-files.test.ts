// Uploads written to a temporary folder: every failure rejects the request cleanly and leaves no folder behind.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isReferableError } from '../core/errors.ts';
import { HttpError } from './http-errors.ts';
import { inTempFolder, safeFileName, writeBody } from './temp-files.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

/** A request body sending the chunks, then failing the way a dropped connection does. */
function bodyThatFails(chunks: string[], error: Error): ReadableStream<Uint8Array> {
  const queue = [...chunks];
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = queue.shift();
      if (next === undefined) controller.error(error);
      else controller.enqueue(bytes(next));
    },
  });
}

function bodyOf(chunks: string[]): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(bytes(chunk));
      controller.close();
    },
  });
}

/** Runs an upload the way the routes do, and says which folder it used. */
async function upload(write: (folder: string) => Promise<unknown>): Promise<{ folder: string; result: Promise<unknown> }> {
  let folder = '';
  const result = inTempFolder(async (path) => {
    folder = path;
    return write(path);
  });
  await result.catch(() => {});
  return { folder, result };
}

describe('writeBody and inTempFolder', () => {
  it('writes the body and counts its bytes', async () => {
    const written = await inTempFolder(async (folder) => {
      const size = await writeBody(join(folder, 'a.csv'), bodyOf(['a,b\n', '1,2\n']), 100);
      return { size, text: readFileSync(join(folder, 'a.csv'), 'utf8') };
    });
    assert.deepEqual(written, { size: 8, text: 'a,b\n1,2\n' });
  });

  it('refuses a body past the limit with a 413 error, and keeps nothing', async () => {
    const { folder, result } = await upload((path) => writeBody(join(path, 'big.csv'), bodyOf(['x'.repeat(60), 'x'.repeat(60)]), 100));
    await assert.rejects(result, (error) => error instanceof HttpError && error.code === 'TOO_LARGE');
    assert.equal(existsSync(folder), false);
  });

  it('rejects when the client goes away midway, and keeps nothing', async () => {
    const { folder, result } = await upload((path) => writeBody(join(path, 'cut.csv'), bodyThatFails(['a,b\n', '1,2\n'], new Error('connection reset')), 1000));
    await assert.rejects(result, /connection reset/);
    assert.equal(existsSync(folder), false);
  });

  it('rejects when the file cannot be created (no crash from an unhandled error event), and keeps nothing', async () => {
    const { folder, result } = await upload((path) => writeBody(join(path, 'no-such-folder', 'a.csv'), bodyOf(['a,b\n']), 1000));
    await assert.rejects(result, (error) => isReferableError(error) && error.code === 'IO_ERROR' && /could not store the upload \(ENOENT\)/.test(error.message) && !error.message.includes(folder));
    assert.equal(existsSync(folder), false);
  });

  it('rejects when the disk is full midway (no hang), saying so', { skip: !existsSync('/dev/full') && 'no /dev/full here' }, async () => {
    // /dev/full opens like a file and fails every write with ENOSPC, as a full disk does.
    const write = writeBody('/dev/full', bodyOf(['a,b\n', '1,2\n'.repeat(50_000)]), 10_000_000);
    await assert.rejects(write, (error) => isReferableError(error) && error.code === 'IO_ERROR' && /ENOSPC.*Free some disk space/.test(error.message));
  });

  it('names a file in the folder by its name alone when the work fails', async () => {
    const { folder, result } = await upload(async (path) => {
      throw new Error(`${join(path, 'backup.json')} is not JSON`);
    });
    await assert.rejects(result, (error) => error instanceof Error && error.message === 'backup.json is not JSON' && !error.message.includes(folder));
  });

  it('makes a client file name safe', () => {
    assert.equal(safeFileName('../../etc/passwd', 'upload.csv'), 'passwd');
    assert.equal(safeFileName('..', 'upload.csv'), 'upload.csv');
    assert.equal(safeFileName('C:\\Users\\me\\Connections.csv', 'upload.csv'), 'Connections.csv');
  });
});
