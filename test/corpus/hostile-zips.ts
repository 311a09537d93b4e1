// ZIP archives written byte by byte for the hostile cases: headers that lie about sizes, deflate bombs written bit by bit
// (gigabytes of output without compressing gigabytes), ZIP64 records. Nothing here reads a file.
import { deflateRawSync } from 'node:zlib';
import { crc32 } from '../../src/import/zip/zip-checksums.ts';

export interface RawEntry {
  name: string;
  /** The entry's data as stored: deflated when method is 8. */
  data: Uint8Array;
  method: 0 | 8;
  /** The uncompressed size the headers declare (true or not). */
  size: number;
  crc: number;
  /** Write the sizes in a ZIP64 extra field, as writers do for large or streamed entries. */
  zip64?: boolean;
}

const MAX32 = 0xffffffff;

/** A deflated entry whose headers tell the truth. */
export function deflatedEntry(name: string, content: Uint8Array | string): RawEntry {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { name, data: deflateRawSync(bytes, { level: 9 }), method: 8, size: bytes.length, crc: crc32(bytes) };
}

/** Writes deflate's bit stream: fields least significant bit first, Huffman codes most significant bit first. */
class BitWriter {
  private readonly bytes: Uint8Array;
  private at = 0;

  constructor(bits: number) {
    this.bytes = new Uint8Array(Math.ceil(bits / 8));
  }

  field(value: number, width: number): void {
    for (let i = 0; i < width; i++) this.bit((value >> i) & 1);
  }

  code(bits: string): void {
    for (const bit of bits) this.bit(bit === '1' ? 1 : 0);
  }

  /** Zero bits need no writing: the buffer starts zeroed. */
  zeros(count: number): void {
    this.at += count;
  }

  private bit(value: number): void {
    if (value) this.bytes[this.at >> 3] |= 1 << (this.at & 7);
    this.at++;
  }

  done(): Uint8Array {
    return this.bytes.subarray(0, Math.ceil(this.at / 8));
  }
}

/**
 * A raw deflate stream of one comma and then `matches` copies of the longest match (258 bytes at distance 1), in one
 * dynamic-Huffman block whose codes make each match two zero bits: 1 + 258 x `matches` commas from matches / 4 bytes,
 * the most deflate can expand (about 1,032x), with no stored block anywhere.
 */
export function commaBomb(matches: number): Uint8Array {
  const header = 3 + 5 + 5 + 4 + 18 * 3 + 6 * 8 + 1 + 2;
  const out = new BitWriter(header + 2 + matches * 2 + 2 + 16);
  out.field(1, 1); // the final block
  out.field(2, 2); // dynamic Huffman codes
  out.field(286 - 257, 5); // literal/length codes 0..285
  out.field(0, 5); // one distance code
  out.field(18 - 4, 4); // code-length code lengths given, in deflate's order:
  // 16 17 18 0 8 7 9 6 10 5 11 4 12 3 13 2 14 1 -> only 18 (1 bit), 2 and 1 (2 bits each) are used.
  for (const length of [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2]) out.field(length, 3);
  // Code lengths of the 286 literal/length symbols and the one distance symbol, with code-length codes
  // 18 = "0" (a run of zeros, 7 extra bits + 11), 1 = "10", 2 = "11".
  const zerosRun = (count: number) => {
    out.code('0');
    out.field(count - 11, 7);
  };
  zerosRun(44); // 0..43
  out.code('11'); // ',' (44) has a 2-bit code
  zerosRun(138); // 45..182
  zerosRun(73); // 183..255
  out.code('11'); // end of block (256): 2 bits
  zerosRun(28); // 257..284
  out.code('10'); // length 258 (285): 1 bit
  out.code('10'); // distance code 0 (distance 1): 1 bit
  // Canonical codes: 285 = "0", ',' = "10", 256 = "11"; distance 0 = "0".
  out.code('10');
  out.zeros(matches * 2);
  out.code('11');
  return out.done();
}

/** Writes local headers, data, the central directory and the end record (with ZIP64 records when an entry asks). */
export function writeZip(entries: RawEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = new TextEncoder().encode(entry.name);
    const extra = new Uint8Array(entry.zip64 ? 28 : 0);
    if (entry.zip64) {
      const view = new DataView(extra.buffer);
      view.setUint16(0, 0x0001, true);
      view.setUint16(2, 24, true);
      view.setBigUint64(4, BigInt(entry.size), true);
      view.setBigUint64(12, BigInt(entry.data.length), true);
      view.setBigUint64(20, BigInt(offset), true);
    }
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, entry.zip64 ? 45 : 20, true);
    lv.setUint16(6, 0x800, true);
    lv.setUint16(8, entry.method, true);
    lv.setUint32(14, entry.crc, true);
    lv.setUint32(18, entry.zip64 ? MAX32 : entry.data.length, true);
    lv.setUint32(22, entry.zip64 ? MAX32 : entry.size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const record = new Uint8Array(46 + name.length + extra.length);
    const cv = new DataView(record.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, entry.zip64 ? 45 : 20, true);
    cv.setUint16(6, entry.zip64 ? 45 : 20, true);
    cv.setUint16(8, 0x800, true);
    cv.setUint16(10, entry.method, true);
    cv.setUint32(16, entry.crc, true);
    cv.setUint32(20, entry.zip64 ? MAX32 : entry.data.length, true);
    cv.setUint32(24, entry.zip64 ? MAX32 : entry.size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint16(30, extra.length, true);
    cv.setUint32(42, entry.zip64 ? MAX32 : offset, true);
    record.set(name, 46);
    record.set(extra, 46 + name.length);
    parts.push(local, entry.data);
    central.push(record);
    offset += local.length + entry.data.length;
  }
  const directoryOffset = offset;
  const directorySize = central.reduce((sum, record) => sum + record.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, directorySize, true);
  ev.setUint32(16, directoryOffset, true);
  const tail: Uint8Array[] = [end];
  if (entries.some((entry) => entry.zip64)) {
    const record = new Uint8Array(56);
    const rv = new DataView(record.buffer);
    rv.setUint32(0, 0x06064b50, true);
    rv.setBigUint64(4, 44n, true);
    rv.setUint16(12, 45, true);
    rv.setUint16(14, 45, true);
    rv.setBigUint64(24, BigInt(entries.length), true);
    rv.setBigUint64(32, BigInt(entries.length), true);
    rv.setBigUint64(40, BigInt(directorySize), true);
    rv.setBigUint64(48, BigInt(directoryOffset), true);
    const locator = new Uint8Array(20);
    const locv = new DataView(locator.buffer);
    locv.setUint32(0, 0x07064b50, true);
    locv.setBigUint64(8, BigInt(directoryOffset + directorySize), true);
    locv.setUint32(16, 1, true);
    tail.unshift(record, locator);
  }
  return new Uint8Array(Buffer.concat([...parts, ...central, ...tail]));
}

const MIB = 1024 * 1024;

/**
 * About 2.6 MB whose headers declare 300 bytes per entry while the data inflates to 1.34 GB each (Connections.csv and
 * messages.csv): every check on declared sizes passes, and a reader that trusts them inflates 2.7 GB before refusing.
 */
export function lyingSizesZip(): Uint8Array {
  const data = commaBomb(5_200_000);
  return writeZip([
    { name: 'Connections.csv', data, method: 8, size: 300, crc: 0 },
    { name: 'messages.csv', data, method: 8, size: 300, crc: 0 },
  ]);
}

/** About 1.2 MB of `count` honest one-MiB article entries: small on disk, 1 GiB unpacked (the default 1,024). */
export function manyArticlesZip(count = 1024, articleBytes = MIB): Uint8Array {
  const head = '<html><head><title>Notes</title></head><body><p>';
  const html = new TextEncoder().encode(head + 'a'.repeat(articleBytes - head.length));
  const data = deflateRawSync(html, { level: 9 });
  const crc = crc32(html);
  const entries: RawEntry[] = [];
  for (let i = 0; i < count; i++) {
    entries.push({ name: `Articles/Articles/2024-01-01_article-${String(i).padStart(4, '0')}.html`, data, method: 8, size: html.length, crc });
  }
  return writeZip(entries);
}
