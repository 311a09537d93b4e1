// ZIP archives (the LinkedIn download) to in-memory entries, refusing zip bombs by declared sizes and ratio before
// anything is inflated, and inflating each entry as a stream that stops the moment it passes its declared size. Entries
// are never written to disk; their names are only labels.
import type { ImportIssue, InputFile } from '../import-issue.ts';
import { applyEntryCaps, type EntryCap } from './entry-caps.ts';
import { inflateEntry } from './inflate-entry.ts';
import { crc32 } from './zip-checksums.ts';
import { readZipDirectory, ZipFormatError, type ZipEntryInfo } from './zip-directory.ts';

export const ZIP_LIMITS = {
  /** Uncompressed bytes of all the entries read: a 30,000-connection export with years of messages is far below this. */
  maxTotalBytes: 256 * 1024 * 1024,
  /** Uncompressed bytes of one entry: the same 100 MB a CSV given alone may have. */
  maxEntryBytes: 100 * 1024 * 1024,
  /** Compression ratio above which an entry is a bomb, not a CSV (text compresses ~5-20x). */
  maxRatio: 200,
  /** Entries smaller than this are never called bombs, whatever their ratio (a 1 KB file of blanks compresses 50x). */
  ratioFloorBytes: 1024 * 1024,
  maxEntries: 10_000,
};

export type ZipLimits = typeof ZIP_LIMITS;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05);
}

/** A name that would land outside a folder it was extracted to: "../x", "/etc/x", "C:\x", "\\server\x". */
export function escapesArchive(name: string): boolean {
  return name.split(/[\\/]/).includes('..') || /^[\\/]/.test(name) || /^[A-Za-z]:/.test(name);
}

export interface ZipContents {
  entries: InputFile[];
  issues: ImportIssue[];
  /** Every entry name in the archive, wanted or not (to tell what the archive is when it holds nothing we read). */
  names: string[];
}

/** "100 MB" for the real limits, exact bytes for the small ones tests pass. */
const sized = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024).toLocaleString('en-US')} MB` : `${bytes.toLocaleString('en-US')} bytes`);

/**
 * Unpacks the entries `wanted` accepts, within `limits` and the `caps` on kinds of entries (LinkedIn articles). Sizes
 * and ratios are checked on the central directory before any entry is inflated; every entry is then inflated up to
 * its declared size and no further, and its checksum compared. Names that climb out of the archive are reported and
 * skipped: no real export has them.
 */
export function readZip(archive: InputFile, wanted: (entryName: string) => boolean, limits: ZipLimits = ZIP_LIMITS, caps: EntryCap[] = []): ZipContents {
  const issues: ImportIssue[] = [];
  let listed: ZipEntryInfo[];
  try {
    listed = readZipDirectory(archive.bytes, limits.maxEntries);
  } catch (error) {
    if (!(error instanceof ZipFormatError || error instanceof RangeError)) throw error;
    return { entries: [], names: [], issues: [{ file: archive.name, reason: `the ZIP archive is damaged or truncated (${error.message}); download it again`, severity: 'error' }] };
  }
  const names = listed.map((entry) => entry.name);
  const refuse = (reason: string): ZipContents => ({ entries: [], names, issues: [...issues, { file: archive.name, reason, severity: 'error' }] });
  if (listed.length > limits.maxEntries) return refuse(`the archive has more than ${limits.maxEntries.toLocaleString('en-US')} entries; a LinkedIn export has a few dozen`);

  const accepted: ZipEntryInfo[] = [];
  const seen = new Set<string>();
  let declaredTotal = 0;
  for (const entry of listed) {
    const label = `${archive.name}:${entry.name}`;
    if (escapesArchive(entry.name)) {
      issues.push({ file: label, reason: 'the entry name points outside the archive (a path-traversal name no real export has); it was ignored', severity: 'warning' });
      continue;
    }
    if (!wanted(entry.name) || entry.name.endsWith('/')) continue;
    if (seen.has(entry.name)) {
      issues.push({ file: label, reason: 'the archive holds two entries with this name; the first one was read', severity: 'warning' });
      continue;
    }
    seen.add(entry.name);
    const ratio = entry.compressedSize > 0 ? entry.size / entry.compressedSize : entry.size > 0 ? Infinity : 0;
    if (ratio > limits.maxRatio && entry.size > limits.ratioFloorBytes) {
      const times = Number.isFinite(ratio) ? `${Math.round(ratio).toLocaleString('en-US')}x` : 'from nothing';
      return refuse(`the entry "${entry.name}" would expand ${times} to ${entry.size.toLocaleString('en-US')} bytes; this looks like a zip bomb, not an export`);
    }
    if (entry.size > limits.maxEntryBytes) {
      return refuse(`the entry "${entry.name}" would unpack to ${entry.size.toLocaleString('en-US')} bytes, more than the ${sized(limits.maxEntryBytes)} one file of an export may be; this looks like a zip bomb, not an export`);
    }
    declaredTotal += entry.size;
    if (declaredTotal > limits.maxTotalBytes) {
      return refuse(`the archive would unpack to more than ${sized(limits.maxTotalBytes)} of export files (the entry "${entry.name}" alone declares ${entry.size.toLocaleString('en-US')}); this looks like a zip bomb, not an export`);
    }
    accepted.push(entry);
  }

  const capped = applyEntryCaps(accepted, caps, (name) => `${archive.name}:${name}`);
  issues.push(...capped.issues);
  const entries: InputFile[] = [];
  for (const entry of capped.kept) {
    const file = `${archive.name}:${entry.name}`;
    const result = inflateEntry(archive.bytes, entry);
    if (!result.ok) {
      const reason = result.problem === 'larger-than-declared'
        ? `the entry holds more than the ${entry.size.toLocaleString('en-US')} bytes its header declares (a damaged or tampered archive); inflating stopped there and it was not read. Download the export again`
        : result.problem === 'unknown-method'
          ? `the entry cannot be read: ${result.detail}. Download the export again`
          : `the entry is damaged (${result.detail}); it was not read. Download the export again`;
      issues.push({ file, reason, severity: 'error' });
      continue;
    }
    // Every byte we read must be the byte that was zipped.
    if (crc32(result.bytes) !== entry.crc) {
      issues.push({ file, reason: 'the entry is damaged (its checksum does not match what the archive declares); it was not read. Download the export again', severity: 'error' });
      continue;
    }
    entries.push({ name: entry.name, bytes: result.bytes });
  }
  return { entries, issues, names };
}
