// A ZIP archive's central directory: every entry's name, method, declared sizes, checksum and where its data starts,
// read without inflating anything (ZIP64 records included), so limits apply before a byte is unpacked.

export interface ZipEntryInfo {
  name: string;
  /** 0 stored, 8 deflated; anything else is a method no export uses. */
  method: number;
  compressedSize: number;
  /** The uncompressed size the directory declares; the data may lie, so inflating checks it. */
  size: number;
  crc: number;
  /** Offset of the entry's compressed data in the archive (after its local header). */
  dataOffset: number;
}

/** The archive's structure is broken: cut short, not a ZIP, or records pointing outside the file. */
export class ZipFormatError extends Error {}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const MAX32 = 0xffffffff;

function uint64(view: DataView, at: number): number {
  const value = view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
  if (!Number.isSafeInteger(value)) throw new ZipFormatError('a ZIP64 size is larger than any file');
  return value;
}

function decodeName(bytes: Uint8Array, utf8: boolean): string {
  return new TextDecoder(utf8 ? 'utf-8' : 'latin1').decode(bytes);
}

/**
 * Reads the directory, at most `maxEntries + 1` records (one more than allowed tells the caller there are too many);
 * throws ZipFormatError when the archive's structure is damaged.
 */
export function readZipDirectory(zip: Uint8Array, maxEntries = Number.MAX_SAFE_INTEGER): ZipEntryInfo[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const within = (at: number, length: number) => {
    if (at < 0 || at + length > zip.length) throw new ZipFormatError('a record points past the end of the file; it is cut short');
  };
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new ZipFormatError('no end-of-archive record; the file is cut short or not a ZIP');
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (end >= 20 && view.getUint32(end - 20, true) === EOCD64_LOCATOR) {
    const record = uint64(view, end - 12);
    within(record, 56);
    if (view.getUint32(record, true) !== EOCD64) throw new ZipFormatError('the ZIP64 end record is missing');
    count = uint64(view, record + 32);
    offset = uint64(view, record + 48);
  }

  const entries: ZipEntryInfo[] = [];
  let at = offset;
  const listed = Math.min(count, maxEntries + 1);
  for (let index = 0; index < listed; index++) {
    within(at, 46);
    if (view.getUint32(at, true) !== CENTRAL) throw new ZipFormatError(`directory record ${index + 1} is damaged`);
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    let compressedSize = view.getUint32(at + 20, true);
    let size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    let localOffset = view.getUint32(at + 42, true);
    within(at + 46, nameLength + extraLength + commentLength);
    const name = decodeName(zip.subarray(at + 46, at + 46 + nameLength), (flags & 0x800) !== 0);
    // ZIP64 keeps the sizes that do not fit 32 bits in an extra field, in this order, only for those set to 0xFFFFFFFF.
    if (size === MAX32 || compressedSize === MAX32 || localOffset === MAX32) {
      const extraEnd = at + 46 + nameLength + extraLength;
      for (let extra = at + 46 + nameLength; extra + 4 <= extraEnd; extra += 4 + view.getUint16(extra + 2, true)) {
        if (view.getUint16(extra, true) !== ZIP64_EXTRA) continue;
        let field = extra + 4;
        const next = () => {
          within(field, 8);
          const value = uint64(view, field);
          field += 8;
          return value;
        };
        if (size === MAX32) size = next();
        if (compressedSize === MAX32) compressedSize = next();
        if (localOffset === MAX32) localOffset = next();
        break;
      }
    }
    within(localOffset, 30);
    if (view.getUint32(localOffset, true) !== LOCAL) throw new ZipFormatError(`the data of "${name}" is not where the directory says`);
    const dataOffset = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    entries.push({ name, method, compressedSize, size, crc, dataOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
