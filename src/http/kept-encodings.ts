// A response body kept in each content encoding a client asks for, encoded once. The coach's cohort page is 80 KB of
// JSON for 200 members and the same bytes for every coach until the roster moves: a browser (which always sends
// Accept-Encoding) gets about a tenth of it, compressed once per page rather than once per request.
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type BodyEncoding = 'br' | 'gzip' | 'identity';

/** One representation: its bytes and a strong validator of exactly those bytes. */
export interface EncodedBody {
  bytes: Uint8Array<ArrayBuffer>;
  etag: string;
  encoding: BodyEncoding;
}

/** Smaller bodies go as they are: compressing them saves less than the header costs. */
const SMALLEST_COMPRESSED = 1024;
/** Brotli's middle quality: near its best ratio on JSON at a few milliseconds for 80 KB (11, its default, takes ~100). */
const BROTLI_QUALITY = 5;

/**
 * The encoding to send for an Accept-Encoding header: brotli, else gzip, when listed with a non-zero weight (or
 * covered by `*`); none otherwise. Weights between the two are not weighed: both are far better than none.
 */
export function chosenEncoding(acceptEncoding: string | undefined): BodyEncoding {
  if (!acceptEncoding) return 'identity';
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...parameters] = part.split(';').map((text) => text.trim());
    if (!name) continue;
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const accepted = (name: string) => (weights.get(name) ?? weights.get('*') ?? 0) > 0;
  if (accepted('br')) return 'br';
  if (accepted('gzip') || accepted('x-gzip')) return 'gzip';
  return 'identity';
}

const etagOf = (bytes: Uint8Array, suffix: string) => `"${createHash('sha256').update(bytes).digest('base64url')}${suffix}"`;

/**
 * `bytes` in each encoding asked of it, each encoded on first use and kept. The identity body's ETag is the hash of
 * its bytes; an encoded body's is the same hash marked with its encoding (a strong validator names one byte sequence).
 */
export class KeptEncodings {
  readonly #identity: EncodedBody;
  readonly #encoded = new Map<BodyEncoding, EncodedBody>();

  constructor(bytes: Uint8Array<ArrayBuffer>) {
    this.#identity = { bytes, etag: etagOf(bytes, ''), encoding: 'identity' };
  }

  /** The body for a request's Accept-Encoding header. */
  for(acceptEncoding: string | undefined): EncodedBody {
    const encoding = this.#identity.bytes.byteLength < SMALLEST_COMPRESSED ? 'identity' : chosenEncoding(acceptEncoding);
    if (encoding === 'identity') return this.#identity;
    let body = this.#encoded.get(encoding);
    if (body === undefined) {
      const source = this.#identity.bytes;
      const compressed = encoding === 'br' ? brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: source.byteLength } }) : gzipSync(source);
      const bytes = new Uint8Array(compressed.buffer.slice(compressed.byteOffset, compressed.byteOffset + compressed.byteLength));
      this.#encoded.set(encoding, (body = { bytes, etag: `${this.#identity.etag.slice(0, -1)}.${encoding}"`, encoding }));
    }
    return body;
  }
}
