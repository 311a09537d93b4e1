// ZIP archives (the LinkedIn download) to in-memory entries, refusing zip bombs by declared size and ratio.
import { unzipSync } from 'fflate';
import type { ImportIssue, InputFile } from '../import-issue.ts';

export const ZIP_LIMITS = {
  /** Total uncompressed bytes we accept: a 30,000-connection export with years of messages is far below this. */
  maxTotalBytes: 1024 * 1024 * 1024,
  /** Compression ratio above which an entry is a bomb, not a CSV (text compresses ~5-20x). */
  maxRatio: 200,
  maxEntries: 10_000,
};

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05);
}

/**
 * Unpacks the entries `wanted` accepts. Entry names are only ever used as labels (never as paths on disk), but names
 * that climb out of the archive ("../") are reported, because no real export has them.
 */
export function readZip(
  archive: InputFile,
  wanted: (entryName: string) => boolean,
  limits = ZIP_LIMITS,
): { entries: InputFile[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  let declaredTotal = 0;
  let entryCount = 0;
  let refusal = '';
  let unpacked: Record<string, Uint8Array>;
  try {
    unpacked = unzipSync(archive.bytes, {
      filter: (entry) => {
        entryCount++;
        if (entry.name.split(/[\\/]/).includes('..') || entry.name.startsWith('/')) {
          issues.push({ file: `${archive.name}:${entry.name}`, reason: 'an entry name points outside the archive; it was ignored', severity: 'warning' });
          return false;
        }
        if (!wanted(entry.name) || entry.name.endsWith('/')) return false;
        declaredTotal += entry.originalSize;
        if (entry.size > 0 && entry.originalSize / entry.size > limits.maxRatio && entry.originalSize > 1024 * 1024) {
          refusal ||= `the entry "${entry.name}" would expand ${Math.round(entry.originalSize / entry.size)}x to ${entry.originalSize} bytes; this looks like a zip bomb, not an export`;
        }
        if (declaredTotal > limits.maxTotalBytes) refusal ||= `the archive would unpack to more than ${limits.maxTotalBytes} bytes`;
        if (entryCount > limits.maxEntries) refusal ||= `the archive has more than ${limits.maxEntries} entries`;
        return refusal === '';
      },
    });
  } catch (error) {
    return {
      entries: [],
      issues: [{ file: archive.name, reason: `the ZIP archive is damaged or truncated (${(error as Error).message}); download it again`, severity: 'error' }],
    };
  }
  if (refusal) return { entries: [], issues: [...issues, { file: archive.name, reason: `${refusal}. Nothing was imported`, severity: 'error' }] };
  const entries = Object.entries(unpacked).map(([name, bytes]) => ({ name, bytes }));
  return { entries, issues };
}
