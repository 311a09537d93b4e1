// decodeText: exports arrive as UTF-8, UTF-16 or Excel's Windows-1252; names must come out readable, junk must be refused.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeText } from './decode-text.ts';
import { TextStreamDecoder } from './decode-stream.ts';

const SAMPLE = 'First Name,Last Name\nÉlodie,Fàbregas\n';

function utf16be(text: string): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1];
    be[i + 1] = le[i];
  }
  return new Uint8Array(be);
}

function decoded(bytes: Uint8Array) {
  const result = decodeText('Connections.csv', bytes);
  assert.notEqual(result.text, null, `expected text, got issues: ${JSON.stringify(result.issues)}`);
  return result as Exclude<typeof result, { text: null }>;
}

describe('decodeText', () => {
  it('reads plain UTF-8 without issues', () => {
    const result = decoded(new Uint8Array(Buffer.from(SAMPLE, 'utf8')));
    assert.equal(result.text, SAMPLE);
    assert.equal(result.encoding, 'utf-8');
    assert.deepEqual(result.issues, []);
  });

  it('strips a UTF-8 byte-order mark', () => {
    const result = decoded(new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE, 'utf8')])));
    assert.equal(result.text, SAMPLE);
    assert.equal(result.encoding, 'utf-8');
  });

  it('reads UTF-16LE with a BOM', () => {
    const result = decoded(new Uint8Array(Buffer.from(`\ufeff${SAMPLE}`, 'utf16le')));
    assert.equal(result.text, SAMPLE);
    assert.equal(result.encoding, 'utf-16le');
  });

  it('reads UTF-16LE without a BOM', () => {
    const result = decoded(new Uint8Array(Buffer.from(SAMPLE, 'utf16le')));
    assert.equal(result.text, SAMPLE);
    assert.equal(result.encoding, 'utf-16le');
  });

  it('reads UTF-16BE with a BOM', () => {
    const result = decoded(utf16be(`\ufeff${SAMPLE}`));
    assert.equal(result.text, SAMPLE);
    assert.equal(result.encoding, 'utf-16be');
  });

  it('reads UTF-16BE without a BOM', () => {
    const result = decoded(utf16be(SAMPLE));
    assert.equal(result.text, SAMPLE);
    assert.equal(result.encoding, 'utf-16be');
  });

  it('falls back to Windows-1252 with a warning, decoding accents and curly quotes', () => {
    // "Élodie","“Core”" as Excel on Windows saves it: É = 0xC9, curly quotes = 0x93 / 0x94, é = 0xE9.
    const bytes = new Uint8Array([
      ...Buffer.from('Name,Title\n', 'ascii'), 0xc9, ...Buffer.from('lodie,', 'ascii'), 0x93, ...Buffer.from('Core', 'ascii'), 0x94,
      ...Buffer.from(' caf', 'ascii'), 0xe9, 0x20, 0x80, 0x96, 0x0a,
    ]);
    const result = decoded(bytes);
    assert.equal(result.encoding, 'windows-1252');
    assert.equal(result.text, 'Name,Title\nÉlodie,“Core” café €–\n');
    assert.equal(result.issues.length, 1);
    assert.equal(result.issues[0].severity, 'warning');
    assert.equal(result.issues[0].file, 'Connections.csv');
    assert.match(result.issues[0].reason, /Windows-1252/);
  });

  it('refuses a binary file with an error naming the file', () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01, 0x02]);
    const result = decodeText('photo.png', bytes);
    assert.equal(result.text, null);
    assert.equal(result.issues.length, 1);
    assert.equal(result.issues[0].severity, 'error');
    assert.equal(result.issues[0].file, 'photo.png');
    assert.match(result.issues[0].reason, /binary/);
  });

  it('says when a binary file is a ZIP (an .xlsx saved instead of CSV)', () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x01, 0x02, 0x03, 0x00]);
    const result = decodeText('contacts.xlsx', bytes);
    assert.equal(result.text, null);
    assert.equal(result.issues[0].severity, 'error');
    assert.match(result.issues[0].reason, /ZIP|xlsx/);
  });

  it('refuses an empty file with an error', () => {
    const result = decodeText('Connections.csv', new Uint8Array());
    assert.equal(result.text, null);
    assert.equal(result.issues.length, 1);
    assert.equal(result.issues[0].severity, 'error');
    assert.match(result.issues[0].reason, /empty/);
  });
});

describe('a UTF-16 file with an odd trailing byte (#13)', () => {
  const bytes = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, 'utf16le'), Buffer.from([0x41])]));

  it('is read whole without the lone byte, never as a U+FFFD character, and the reader is told', () => {
    const decoded = decodeText('c.csv', bytes);
    assert.equal(decoded.text, SAMPLE);
    assert.match(decoded.issues[0]?.reason ?? '', /ends with half a character/);
  });

  it('is streamed the same way, in chunks of any size', () => {
    for (const size of [1, 3, 7, bytes.length]) {
      const decoder = new TextStreamDecoder('c.csv');
      let text = '';
      for (let at = 0; at < bytes.length; at += size) text += decoder.decode(bytes.subarray(at, at + size));
      text += decoder.end();
      assert.equal(text, SAMPLE, `chunks of ${size}`);
      assert.ok(decoder.issues.some((issue) => /ends with half a character/.test(issue.reason)), `chunks of ${size}`);
    }
  });
});
