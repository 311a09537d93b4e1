// Uploads and texts that app use cases read from a path: written to a private temporary folder, removed afterwards.
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { once } from 'node:events';
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

/** Runs work with a path inside a fresh folder only this user can read; the folder is removed whatever happens. */
export async function inTempFolder<T>(work: (folder: string) => Promise<T>): Promise<T> {
  const folder = await mkdtemp(join(tmpdir(), 'referable-upload-'));
  try {
    return await work(folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

export async function writeText(path: string, text: string): Promise<void> {
  await writeFile(path, text, { mode: 0o600 });
}

/** Streams a request body to a file, counting bytes: past the limit it stops and throws 413 (nothing is kept). */
export async function writeBody(path: string, body: ReadableStream<Uint8Array> | null, limit: number): Promise<number> {
  const out = createWriteStream(path, { mode: 0o600 });
  let size = 0;
  try {
    if (body) {
      const reader = body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > limit) {
          await reader.cancel().catch(() => {});
          throw tooLarge(limit);
        }
        if (!out.write(value)) await once(out, 'drain');
      }
    }
  } finally {
    out.end();
    await once(out, 'close');
  }
  return size;
}
