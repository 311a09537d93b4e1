// ZIP archives (the LinkedIn download) to in-memory entries, refusing zip bombs by declared size and ratio before
// anything is inflated. Entries are never written to disk; their names are only labels.
import { unzipSync } from 'fflate';
import type { ImportIssue, InputFile } from '../import-issue.ts';
import { crc32, declaredChecksums } from './zip-checksums.ts';

export const ZIP_LIMITS = {
  /** Total uncompressed bytes we accept: a 30,000-connection export with years of messages is far below this. */
  maxTotalBytes: 1024 * 1024 * 1024,
  /** Compression ratio above which an entry is a bomb, not a CSV (text compresses ~5-20x). */
  maxRatio: 200,
  /** Entries smaller than this are never called bombs, whatever their ratio (a 1 KB file of blanks compresses 50x). */
  ratioFloorBytes: 1024 * 1024,
  maxEntries: 10_000,
};

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

/**
 * Unpacks the entries `wanted` accepts. Sizes and ratios are checked on the central directory's declared sizes before
 * any entry is inflated, and an entry that declares less than it holds is cut at its declared size by fflate, so a
 * lying header cannot blow memory up either. Names that climb out of the archive are reported and skipped: no real
 * export has them.
 */
export function readZip(archive: InputFile, wanted: (entryName: string) => boolean, limits = ZIP_LIMITS): ZipContents {
  const issues: ImportIssue[] = [];
  const damaged = (error: unknown, names: string[]): ZipContents => ({
    entries: [],
    names,
    issues: [...issues, { file: archive.name, reason: `the ZIP archive is damaged or truncated (${(error as Error).message}); download it again`, severity: 'error' }],
  });
  // First pass: the central directory only (the filter refuses everything), so nothing is inflated before the checks.
  const listed: { name: string; size: number; originalSize: number }[] = [];
  try {
    unzipSync(archive.bytes, {
      filter: (entry) => {
        if (listed.length <= limits.maxEntries) listed.push({ name: entry.name, size: entry.size, originalSize: entry.originalSize });
        return false;
      },
    });
  } catch (error) {
    return damaged(error, listed.map((entry) => entry.name));
  }
  const names = listed.map((entry) => entry.name);
  const refuse = (reason: string): ZipContents => ({ entries: [], names, issues: [...issues, { file: archive.name, reason, severity: 'error' }] });
  if (listed.length > limits.maxEntries) return refuse(`the archive has more than ${limits.maxEntries.toLocaleString('en-US')} entries; a LinkedIn export has a few dozen`);

  const accepted = new Set<string>();
  let declaredTotal = 0;
  for (const entry of listed) {
    const label = `${archive.name}:${entry.name}`;
    if (escapesArchive(entry.name)) {
      issues.push({ file: label, reason: 'the entry name points outside the archive (a path-traversal name no real export has); it was ignored', severity: 'warning' });
      continue;
    }
    if (!wanted(entry.name) || entry.name.endsWith('/')) continue;
    if (accepted.has(entry.name)) {
      issues.push({ file: label, reason: 'the archive holds two entries with this name; the first one was read', severity: 'warning' });
      continue;
    }
    const ratio = entry.size > 0 ? entry.originalSize / entry.size : entry.originalSize > 0 ? Infinity : 0;
    if (ratio > limits.maxRatio && entry.originalSize > limits.ratioFloorBytes) {
      const times = Number.isFinite(ratio) ? `${Math.round(ratio).toLocaleString('en-US')}x` : 'from nothing';
      return refuse(`the entry "${entry.name}" would expand ${times} to ${entry.originalSize.toLocaleString('en-US')} bytes; this looks like a zip bomb, not an export`);
    }
    declaredTotal += entry.originalSize;
    if (declaredTotal > limits.maxTotalBytes) {
      return refuse(`the archive would unpack to more than ${limits.maxTotalBytes.toLocaleString('en-US')} bytes (the entry "${entry.name}" alone declares ${entry.originalSize.toLocaleString('en-US')}); this looks like a zip bomb, not an export`);
    }
    accepted.add(entry.name);
  }
  if (accepted.size === 0) return { entries: [], names, issues };

  // Second pass: inflate the accepted entries; for duplicates fflate keeps the last, so only the first is let through.
  const taken = new Set<string>();
  let unpacked: Record<string, Uint8Array>;
  try {
    unpacked = unzipSync(archive.bytes, {
      filter: (entry) => {
        if (!accepted.has(entry.name) || taken.has(entry.name) || escapesArchive(entry.name)) return false;
        taken.add(entry.name);
        return true;
      },
    });
  } catch (error) {
    return damaged(error, names);
  }
  // Every byte we read must be the byte that was zipped: a wrong checksum means damage or a size that lies.
  const checksums = declaredChecksums(archive.bytes);
  const entries: InputFile[] = [];
  for (const [name, bytes] of Object.entries(unpacked)) {
    const expected = checksums?.[names.indexOf(name)];
    if (expected !== undefined && crc32(bytes) !== expected) {
      issues.push({
        file: `${archive.name}:${name}`,
        reason: 'the entry is damaged (its checksum does not match what the archive declares, or it holds more than its declared size); it was not read. Download the export again',
        severity: 'error',
      });
      continue;
    }
    entries.push({ name, bytes });
  }
  return { entries, issues, names };
}
