// Uploads and texts that app use cases read from a path: written to a private temporary folder, removed afterwards.
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, sep } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { ReferableError } from '../core/errors.ts';
import { tooLarge } from './middleware/body-limit.ts';

/** A file name a client sent, made safe as a name in our folder: no path, no control characters, bounded. */
export function safeFileName(name: string | undefined, fallback: string): string {
  let decoded = name ?? '';
  try {
    decoded = decodeURIComponent(decoded);
  } catch {
    // Not percent-encoded: use it as it is.
  }
  const cleaned = basename(decoded.replace(/\\/g, '/'))
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '')
    .trim()
    .slice(-150);
  return cleaned && cleaned !== '.' && cleaned !== '..' ? cleaned : fallback;
}

/**
 * Runs work with a path inside a fresh folder only this user can read; the folder is removed whatever happens. An
 * error that names a file in it names the file alone: the client never learns the server's paths.
 */
export async function inTempFolder<T>(work: (folder: string) => Promise<T>): Promise<T> {
  const folder = await mkdtemp(join(tmpdir(), 'referable-upload-'));
  try {
    return await work(folder);
  } catch (error) {
    if (error instanceof Error && error.message.includes(folder)) error.message = error.message.replaceAll(`${folder}${sep}`, '').replaceAll(folder, 'the upload');
    throw error;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

export async function writeText(path: string, text: string): Promise<void> {
  await writeFile(path, text, { mode: 0o600 });
}

/** The file could not be written (disk full, file too large, no permission): said without the server's paths. */
function storeFailed(error: unknown): ReferableError {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? 'unknown error';
  return new ReferableError('IO_ERROR', `the server could not store the upload (${code}); nothing was imported or restored. ${code === 'ENOSPC' ? 'Free some disk space and try again' : 'Check the server log and its temporary folder'}`);
}

/** Passes bytes through, counting them: past the limit it fails with 413 (and the pipeline stops reading). */
function byteLimit(limit: number, counted: { size: number }): Transform {
  return new Transform({
    transform(chunk: Uint8Array, _encoding, done) {
      counted.size += chunk.byteLength;
      if (counted.size > limit) done(tooLarge(limit));
      else done(null, chunk);
    },
  });
}

/**
 * Streams a request body to a file, counting bytes; returns the size. Any failure (the client goes away, the body is
 * past the limit: 413, the disk is full) rejects once every stream is closed, so the caller's inTempFolder can
 * remove what was written; nothing is left emitting errors.
 */
export async function writeBody(path: string, body: ReadableStream<Uint8Array> | null, limit: number): Promise<number> {
  const counted = { size: 0 };
  const source = body ? Readable.fromWeb(body as WebReadableStream<Uint8Array>) : Readable.from([]);
  const file = createWriteStream(path, { mode: 0o600 });
  // Which stream failed decides what the client is told: the file's own errors are the server's to explain.
  let fileError: unknown = null;
  file.once('error', (error) => (fileError = error));
  try {
    await pipeline(source, byteLimit(limit, counted), file);
  } catch (error) {
    throw error === fileError ? storeFailed(error) : error;
  }
  return counted.size;
}
