// The one entry point: any byte source to a bundle, the format told from the first bytes, streamed or read whole,
// refused the moment a size cap is passed, and every byte hashed for the audit.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { isReferableError } from '../core/errors.ts';
import { bufferSource, INPUT_LIMITS, readImportSource, type ByteSource } from './import-source.ts';

const CONNECTIONS = 'Notes:\r\n"When exporting your connection data, you may notice..."\r\n\r\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\r\nAda,Lovelace,https://www.linkedin.com/in/ada,,Analytical Engines,CTO,12 Mar 2021\r\nGrace,Hopper,https://www.linkedin.com/in/grace,,US Navy,Rear Admiral,01 Jan 2020\r\n';
const bytes = (text: string) => new TextEncoder().encode(text);
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/** The text in chunks of `size` bytes, counting how many bytes were pulled; `endless` repeats the last chunk forever. */
function chunked(name: string, data: Uint8Array, size: number, endless = false): ByteSource & { pulled: () => number } {
  let pulled = 0;
  return {
    name,
    pulled: () => pulled,
    chunks: async function* () {
      for (let at = 0; at < data.length; at += size) {
        pulled += Math.min(size, data.length - at);
        yield data.subarray(at, at + size);
      }
      while (endless) {
        pulled += size;
        yield new Uint8Array(size).fill(0x41);
      }
    },
  };
}

async function refusal(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    if (isReferableError(error) && error.code === 'IMPORT_REJECTED') return error.message;
    throw error;
  }
  throw new Error('not refused');
}

describe('readImportSource', () => {
  it('streams a Connections.csv that arrives in odd chunks, and hashes every byte', async () => {
    const data = bytes(CONNECTIONS);
    const { bundle, sha256: hash } = await readImportSource(chunked('Connections.csv', data, 7));
    assert.equal(bundle.source, 'linkedin');
    assert.deepEqual(bundle.contacts.map((contact) => contact.lastName), ['Lovelace', 'Hopper']);
    assert.equal(hash, sha256(data));
  });

  it('reads a vCard from a buffer whole, telling the format from its first bytes', async () => {
    const data = bytes('BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lovelace;Ada;;;\r\nEMAIL:ada@example.com\r\nEND:VCARD\r\n');
    const { bundle, sha256: hash } = await readImportSource(bufferSource('upload.bin', data));
    assert.deepEqual([bundle.source, bundle.contacts[0].emails], ['vcard', ['ada@example.com']]);
    assert.equal(hash, sha256(data));
  });

  it('refuses a source of unknown size the moment it passes the cap, without reading on', async () => {
    const source = chunked('cards.vcf', bytes('BEGIN:VCARD\r\n'), 1024, true);
    const message = await refusal(readImportSource(source, {}, { ...INPUT_LIMITS, maxTextBytes: 100_000 }));
    assert.equal(message, 'cards.vcf is larger than the 100,000 bytes a contacts file can be; nothing was imported. A LinkedIn Connections.csv of 30,000 connections is about 5 MB: check this is the right file, or split it');
    assert.ok(source.pulled() <= 100_000 + 1024, `${source.pulled()} bytes pulled`);
  });

  it('refuses a streamed CSV of unknown size once it passes the streaming cap', async () => {
    const source = chunked('Connections.csv', bytes(CONNECTIONS), 4096, true);
    const message = await refusal(readImportSource(source, {}, { ...INPUT_LIMITS, maxStreamedBytes: 200_000 }));
    assert.match(message, /^Connections\.csv is larger than the 200,000 bytes a contacts file can be/);
    assert.ok(source.pulled() <= 200_000 + 4096, `${source.pulled()} bytes pulled`);
  });

  it('refuses a file whose known size is over the cap after reading only its first bytes', async () => {
    const source = { ...chunked('export.zip', bytes('PK\u0003\u0004'), 64 * 1024, true), size: 2 * 1024 ** 3 };
    const message = await refusal(readImportSource(source));
    assert.match(message, /^export\.zip is 2048 MB, more than the 1024 MB a contacts archive can be; nothing was imported/);
    assert.ok(source.pulled() <= INPUT_LIMITS.headBytes + 64 * 1024, `${source.pulled()} bytes pulled`);
  });
});
