// The one way into import/: bytes from any source (a file, a request body, a buffer) to an import bundle. It looks at
// the first bytes to tell the format, streams what streams (Connections.csv, generic CSV) and reads the rest whole,
// refusing past the size caps the moment they are passed, and hashes every byte for the import audit.
import { createHash } from 'node:crypto';
import { ReferableError } from '../core/errors.ts';
import type { ImportBundle } from './import-bundle.ts';
import { readImport, readImportStream, streamedKind, type ReadImportOptions } from './read-import.ts';
import { isZip } from './zip/read-zip.ts';

/** Bytes to import, however they arrive. `chunks` is iterated once. */
export interface ByteSource {
  /** The name the user knows the file by ("Connections.csv"); messages and the audit use it, and it hints the format. */
  name: string;
  /** The total size when known before reading (a file's), so an oversized file is refused without reading it. */
  size?: number;
  chunks(): AsyncIterable<Uint8Array>;
}

export const INPUT_LIMITS = {
  /** A CSV or vCard read whole larger than this is no contacts export (30,000 LinkedIn connections are ~5 MB). */
  maxTextBytes: 100 * 1024 * 1024,
  /** A LinkedIn ZIP with years of messages stays far below this. */
  maxZipBytes: 1024 * 1024 * 1024,
  /** Connections.csv and generic CSVs stream with bounded memory; past this size it is surely the wrong file. */
  maxStreamedBytes: 2 * 1024 * 1024 * 1024,
  /** Bytes looked at to tell what a file is. */
  headBytes: 64 * 1024,
};

export type InputLimits = typeof INPUT_LIMITS;

/** A buffer already in memory (a test's bytes, a text a client sent) as a source. */
export function bufferSource(name: string, bytes: Uint8Array): ByteSource {
  return {
    name,
    size: bytes.length,
    chunks: async function* () {
      yield bytes;
    },
  };
}

/** "100 MB" for the real limits and sizes, exact bytes below a megabyte (the small limits tests pass). */
function megabytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(0)} MB` : `${bytes.toLocaleString('en-US')} bytes`;
}

function tooLarge(name: string, size: number | null, limit: number, what: string): ReferableError {
  const is = size === null ? 'is larger' : `is ${megabytes(size)}, more`;
  return new ReferableError(
    'IMPORT_REJECTED',
    `${name} ${is} than the ${megabytes(limit)} a contacts ${what} can be; nothing was imported. A LinkedIn Connections.csv of 30,000 connections is about 5 MB: check this is the right file, or split it`,
  );
}

/** A source's chunks, hashed and counted as they pass, with the first bytes gathered to tell what the file is. */
class Reader {
  private readonly iterator: AsyncIterator<Uint8Array>;
  private readonly hash = createHash('sha256');
  private readonly pending: Uint8Array[] = [];
  read = 0;
  done = false;

  constructor(source: ByteSource) {
    this.iterator = source.chunks()[Symbol.asyncIterator]();
  }

  private async pull(): Promise<Uint8Array | null> {
    if (this.done) return null;
    const next = await this.iterator.next();
    if (next.done) {
      this.done = true;
      return null;
    }
    this.hash.update(next.value);
    this.read += next.value.length;
    return next.value;
  }

  /** At least `bytes` first bytes (fewer when the source is shorter), kept to be read again. */
  async head(bytes: number): Promise<Uint8Array> {
    while (this.read < bytes) {
      const chunk = await this.pull();
      if (!chunk) break;
      this.pending.push(chunk);
    }
    return Buffer.concat(this.pending);
  }

  /** Every chunk from the first, failing as soon as more than `limit` bytes have passed. */
  async *chunks(limit: number, refuse: () => ReferableError): AsyncIterable<Uint8Array> {
    if (this.read > limit) throw refuse();
    yield* this.pending.splice(0);
    for (let chunk = await this.pull(); chunk; chunk = await this.pull()) {
      if (this.read > limit) {
        await this.iterator.return?.();
        throw refuse();
      }
      yield chunk;
    }
  }

  async all(limit: number, refuse: () => ReferableError): Promise<Uint8Array> {
    const parts: Uint8Array[] = [];
    for await (const chunk of this.chunks(limit, refuse)) parts.push(chunk);
    return parts.length === 1 ? parts[0] : Buffer.concat(parts);
  }

  sha256(): string {
    return this.hash.digest('hex');
  }
}

/**
 * Reads a single file's bytes into a bundle, whatever the format. A size known up front is checked before anything
 * is read; otherwise bytes are counted as they arrive and reading stops at the cap.
 */
export async function readImportSource(source: ByteSource, options: ReadImportOptions = {}, limits: InputLimits = INPUT_LIMITS): Promise<{ bundle: ImportBundle; sha256: string }> {
  const reader = new Reader(source);
  const head = await reader.head(limits.headBytes);
  const probe = { name: source.name, bytes: head };
  const kind = streamedKind(probe, options);
  const known = source.size ?? null;
  if (kind) {
    const refuse = () => tooLarge(source.name, known, limits.maxStreamedBytes, 'file');
    if (known !== null && known > limits.maxStreamedBytes) throw refuse();
    const bundle = await readImportStream(source.name, reader.chunks(limits.maxStreamedBytes, refuse), kind, options);
    return { bundle, sha256: reader.sha256() };
  }
  const archive = isZip(head) || /\.zip$/i.test(source.name);
  const limit = archive ? limits.maxZipBytes : limits.maxTextBytes;
  const refuse = () => tooLarge(source.name, known, limit, archive ? 'archive' : 'file');
  if (known !== null && known > limit) throw refuse();
  const bytes = await reader.all(limit, refuse);
  return { bundle: readImport({ name: source.name, bytes }, options), sha256: reader.sha256() };
}
