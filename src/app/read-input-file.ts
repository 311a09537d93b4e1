// Opening what the user named: a file, or a folder holding an unzipped LinkedIn export. The only place imports touch fs.
import { createHash } from 'node:crypto';
import { createReadStream, readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { ReferableError } from '../core/errors.ts';
import type { ImportIssue, InputFile } from '../import/import-issue.ts';
import { INPUT_LIMITS as SOURCE_LIMITS, type ByteSource } from '../import/import-source.ts';
import { isLinkedInExportFile } from '../import/linkedin/linkedin-export.ts';
import { ARTICLE_CAP } from '../import/read-import.ts';
import { applyEntryCaps } from '../import/zip/entry-caps.ts';
import { ZIP_LIMITS } from '../import/zip/read-zip.ts';

export const INPUT_LIMITS = {
  ...SOURCE_LIMITS,
  /** All the export files of an unzipped export folder together: what a ZIP's export files may unpack to. */
  maxFolderBytes: ZIP_LIMITS.maxTotalBytes,
  /** Bytes per read while streaming a file. */
  chunkBytes: 1024 * 1024,
};

/** An unzipped export folder's files, read. */
export interface InputFiles {
  files: InputFile[];
  /** Files of a folder that were left out (articles over their caps), for the import's issues. */
  issues: ImportIssue[];
  /** sha256 of the bytes read, for the import audit. */
  sha256: string;
  displayName: string;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

/** What a path is when it is neither a regular file nor a folder: reading it would block or never end. */
function specialKind(stats: Stats): string | null {
  if (stats.isFile() || stats.isDirectory()) return null;
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

function refuseSpecial(path: string, stats: Stats): void {
  const kind = specialKind(stats);
  if (kind) throw new ReferableError('INVALID_INPUT', `${path} is ${kind}, not a file: name a file (a LinkedIn export ZIP, a CSV or a vCard) or an unzipped export folder`);
}

/** The path's metadata (links followed); a named pipe, socket or device is refused here, before anything opens it. */
function statPath(path: string) {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch {
    throw new ReferableError('NOT_FOUND', `${path}: no such file or folder. Check the path (LinkedIn names its download Basic_LinkedInDataExport_*.zip)`);
  }
  refuseSpecial(path, stats);
  return stats;
}

function tooLarge(path: string, size: number, limit: number, what: string): ReferableError {
  return new ReferableError(
    'IMPORT_REJECTED',
    `${path} is ${megabytes(size)}, more than the ${megabytes(limit)} a contacts ${what} can be; nothing was imported. A LinkedIn Connections.csv of 30,000 connections is about 5 MB: check this is the right file, or split it`,
  );
}

function readWhole(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new ReferableError('IO_ERROR', `cannot read ${path}: ${(error as Error).message}`);
  }
}

/** A regular file as a byte source, read in chunks when the import asks for them; its size is known up front. */
export function fileSource(path: string, stats: Stats, limits = INPUT_LIMITS): ByteSource {
  return {
    name: basename(path),
    size: stats.size,
    chunks: async function* () {
      const stream = createReadStream(path, { highWaterMark: limits.chunkBytes });
      try {
        for await (const chunk of stream) yield chunk as Uint8Array;
      } catch (error) {
        throw new ReferableError('IO_ERROR', `cannot read ${path}: ${(error as Error).message}`);
      } finally {
        stream.destroy();
      }
    },
  };
}

/** What the user named: a folder (to read with readExportFolder), or a single file to read as a source. */
export function openInput(path: string, limits = INPUT_LIMITS): { folder: string } | { file: ByteSource } {
  const stats = statPath(path);
  return stats.isDirectory() ? { folder: path } : { file: fileSource(path, stats, limits) };
}

/**
 * The LinkedIn export files of an unzipped export folder, sorted by name: each within the single-file cap, all together
 * within what an export holds, articles within their caps (the ones left out become issues). Sizes are checked before
 * a byte is read; a named pipe or device under an export file's name is refused.
 */
export function readExportFolder(path: string, limits = INPUT_LIMITS): InputFiles {
  const found: { name: string; full: string; size: number }[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      const name = relative(path, full).split('\\').join('/');
      if (entry.isDirectory()) walk(full);
      else if (isLinkedInExportFile(name)) {
        const stats = statPath(full);
        if (stats.isDirectory()) continue;
        if (stats.size > limits.maxTextBytes) throw tooLarge(full, stats.size, limits.maxTextBytes, 'file');
        found.push({ name: `${basename(path)}/${name}`, full, size: stats.size });
      }
    }
  };
  walk(path);
  if (found.length === 0) {
    throw new ReferableError('UNSUPPORTED_FORMAT', `${path} is a folder without LinkedIn export files (Connections.csv, messages.csv, ...); name a file or the unzipped export folder`);
  }
  found.sort((a, b) => a.name.localeCompare(b.name));
  const { kept, issues } = applyEntryCaps(found, [ARTICLE_CAP], (name) => name);
  const total = kept.reduce((sum, file) => sum + file.size, 0);
  if (total > limits.maxFolderBytes) {
    throw new ReferableError(
      'IMPORT_REJECTED',
      `${path} holds ${total.toLocaleString('en-US')} bytes of LinkedIn export files, more than the ${limits.maxFolderBytes.toLocaleString('en-US')} bytes an export can hold; nothing was imported. Check this is the export folder`,
    );
  }
  const hash = createHash('sha256');
  const files: InputFile[] = kept.map((file) => ({ name: file.name, bytes: readWhole(file.full) }));
  for (const file of files) hash.update(file.name).update(file.bytes);
  return { files, issues, sha256: hash.digest('hex'), displayName: basename(path) };
}
