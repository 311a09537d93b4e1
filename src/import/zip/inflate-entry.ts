// One ZIP entry's bytes, inflated as a stream that stops the moment the output passes what the entry may hold: a
// header that lies about the size costs the bytes it declared, not the gigabytes its data would inflate to.
import { Inflate } from 'fflate';
import type { ZipEntryInfo } from './zip-directory.ts';

export type InflateResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; problem: 'larger-than-declared' | 'smaller-than-declared' | 'damaged' | 'unknown-method'; detail: string };

/** Deflate never expands more than 1032x, so this much input can produce at most that many times its size. */
const MAX_DEFLATE_RATIO = 1032;
/** Input bytes per push: small enough that one push of a bomb cannot allocate much past the cap. */
const MAX_CHUNK = 16 * 1024;
const MIN_CHUNK = 512;

class Overflow extends Error {}

/** Inflates the entry, allowing exactly its declared size (which the caller has checked against its limits). */
export function inflateEntry(archive: Uint8Array, entry: ZipEntryInfo): InflateResult {
  const end = entry.dataOffset + entry.compressedSize;
  if (end > archive.length) return { ok: false, problem: 'damaged', detail: 'its data runs past the end of the archive' };
  const data = archive.subarray(entry.dataOffset, end);
  if (entry.method === 0) {
    if (data.length !== entry.size) return { ok: false, problem: data.length > entry.size ? 'larger-than-declared' : 'smaller-than-declared', detail: `it is stored with ${data.length} bytes, not the ${entry.size} declared` };
    return { ok: true, bytes: data.slice() };
  }
  if (entry.method !== 8) return { ok: false, problem: 'unknown-method', detail: `it is compressed with method ${entry.method}, which LinkedIn exports do not use` };

  const out = new Uint8Array(entry.size);
  let written = 0;
  const inflater = new Inflate((chunk) => {
    if (written + chunk.length > entry.size) throw new Overflow();
    out.set(chunk, written);
    written += chunk.length;
  });
  try {
    for (let at = 0; at < data.length; ) {
      // Near the cap, push less input so one push cannot inflate far past it.
      const room = Math.floor((entry.size - written) / MAX_DEFLATE_RATIO);
      const step = Math.max(MIN_CHUNK, Math.min(MAX_CHUNK, room));
      const next = Math.min(data.length, at + step);
      inflater.push(data.subarray(at, next), next === data.length);
      at = next;
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof Overflow) return { ok: false, problem: 'larger-than-declared', detail: `it inflates to more than the ${entry.size} bytes declared` };
    return { ok: false, problem: 'damaged', detail: (error as Error).message };
  }
  if (written !== entry.size) return { ok: false, problem: 'smaller-than-declared', detail: `it inflates to ${written} bytes, not the ${entry.size} declared` };
  return { ok: true, bytes: out };
}
