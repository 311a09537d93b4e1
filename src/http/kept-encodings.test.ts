import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { chosenEncoding, KeptEncodings } from './kept-encodings.ts';

describe('chosenEncoding', () => {
  it('prefers brotli, then gzip, among the encodings a client accepts', () => {
    assert.equal(chosenEncoding('gzip, deflate, br, zstd'), 'br');
    assert.equal(chosenEncoding('gzip, deflate'), 'gzip');
    assert.equal(chosenEncoding('x-gzip'), 'gzip');
    assert.equal(chosenEncoding('*'), 'br');
    assert.equal(chosenEncoding('deflate'), 'identity');
    assert.equal(chosenEncoding(''), 'identity');
    assert.equal(chosenEncoding(undefined), 'identity');
  });

  it('honours a weight of zero, spaces and case', () => {
    assert.equal(chosenEncoding('br;q=0, gzip;q=0.5'), 'gzip');
    assert.equal(chosenEncoding('BR ; Q=0 , GZip'), 'gzip');
    assert.equal(chosenEncoding('*;q=0, identity'), 'identity');
    assert.equal(chosenEncoding('*, br;q=0'), 'gzip');
    assert.equal(chosenEncoding('gzip;q=nonsense'), 'identity');
  });
});

describe('KeptEncodings', () => {
  const json = JSON.stringify(Array.from({ length: 300 }, (_, index) => ({ member: `member-${index}@example.org`, inMarket: index % 17, stalled: index % 5 === 0 })));
  const bytes = new TextEncoder().encode(json);

  it('sends the bytes as they are, or compressed to the same bytes, each under its own strong validator', () => {
    const kept = new KeptEncodings(bytes);
    const plain = kept.for(undefined);
    const br = kept.for('gzip, br');
    const gzip = kept.for('gzip');
    assert.equal(plain.bytes, bytes);
    assert.equal(new TextDecoder().decode(brotliDecompressSync(br.bytes)), json);
    assert.equal(new TextDecoder().decode(gunzipSync(gzip.bytes)), json);
    assert.ok(br.bytes.byteLength < bytes.byteLength / 5, `${br.bytes.byteLength} of ${bytes.byteLength}`);
    assert.match(plain.etag, /^"[\w-]{43}"$/);
    assert.deepEqual([br.etag, gzip.etag], [`${plain.etag.slice(0, -1)}.br"`, `${plain.etag.slice(0, -1)}.gzip"`]);
    assert.equal(kept.for('br'), br, 'compressed once, then kept');
  });

  it('leaves a small body uncompressed whatever the client accepts', () => {
    const small = new TextEncoder().encode('{"members":[]}');
    assert.deepEqual(new KeptEncodings(small).for('br, gzip').encoding, 'identity');
  });
});
