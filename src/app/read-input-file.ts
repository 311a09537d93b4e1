// Opening what the user named: a file, or a folder holding an unzipped LinkedIn export. The only place imports touch fs.
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, openSync, readdirSync, readFileSync, readSync, statSync, type Stats } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { ReferableError } from '../core/errors.ts';
import type { ImportIssue, InputFile } from '../import/import-issue.ts';
import { isLinkedInExportFile } from '../import/linkedin/linkedin-export.ts';
import { ARTICLE_CAP } from '../import/read-import.ts';
import { applyEntryCaps } from '../import/zip/entry-caps.ts';
import { ZIP_LIMITS } from '../import/zip/read-zip.ts';

export const INPUT_LIMITS = {
  /** A CSV or vCard read whole larger than this is no contacts export (30,000 LinkedIn connections are ~5 MB). */
  maxTextBytes: 100 * 1024 * 1024,
  /** All the export files of an unzipped export folder together: what a ZIP's export files may unpack to. */
  maxFolderBytes: ZIP_LIMITS.maxTotalBytes,
  /** A LinkedIn ZIP with years of messages stays far below this. */
  maxZipBytes: 1024 * 1024 * 1024,
  /** Connections.csv and generic CSVs stream with bounded memory; past this size it is surely the wrong file. */
  maxStreamedBytes: 2 * 1024 * 1024 * 1024,
  /** Bytes per read while streaming. */
  chunkBytes: 1024 * 1024,
  /** Bytes looked at to tell what a file is. */
  headBytes: 64 * 1024,
};

/** A single file opened for streaming: its first bytes to tell what it is, then its chunks, hashed as they pass. */
export interface InputStream {
  name: string;
  size: number;
  head: Uint8Array;
  /** The file's bytes in chunks; the file is opened when iteration starts and closed when it stops. */
  chunks(): AsyncIterable<Uint8Array>;
  /** sha256 of the bytes streamed so far (all of them once `chunks` is done), for the import audit. */
  sha256(): string;
}

export interface InputFiles {
  files: InputFile[];
  /** Files of a folder that were left out (articles over their caps), for the import's issues. */
  issues: ImportIssue[];
  /** sha256 of the bytes read, for the import audit. */
  sha256: string;
  displayName: string;
  isFolder: boolean;
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

/** Opens a single file for streaming, or null for a folder. Nothing but the first bytes is read yet. */
export function openInputStream(path: string, limits = INPUT_LIMITS): InputStream | null {
  const stats = statPath(path);
  if (stats.isDirectory()) return null;
  const head = new Uint8Array(Math.min(limits.headBytes, stats.size));
  try {
    const fd = openSync(path, 'r');
    try {
      readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw new ReferableError('IO_ERROR', `cannot read ${path}: ${(error as Error).message}`);
  }
  const hash = createHash('sha256');
  let digest = '';
  return {
    name: basename(path),
    size: stats.size,
    head,
    chunks: async function* () {
      try {
        for await (const chunk of createReadStream(path, { highWaterMark: limits.chunkBytes })) {
          hash.update(chunk as Buffer);
          yield chunk as Uint8Array;
        }
      } catch (error) {
        throw new ReferableError('IO_ERROR', `cannot read ${path}: ${(error as Error).message}`);
      }
      digest = hash.digest('hex');
    },
    sha256: () => digest,
  };
}

/** Refuses a streamed file beyond the cap before anything is read. */
export function checkStreamedSize(path: string, size: number, limits = INPUT_LIMITS): void {
  if (size > limits.maxStreamedBytes) {
    throw new ReferableError(
      'IMPORT_REJECTED',
      `${path} is ${megabytes(size)}, more than the ${megabytes(limits.maxStreamedBytes)} a contacts file can be; nothing was imported. A LinkedIn Connections.csv of 30,000 connections is about 5 MB: check this is the right file, or split it`,
    );
  }
}

/**
 * The LinkedIn export files of an unzipped export folder, sorted by name: each within the single-file cap, all together
 * within what an export holds, articles within their caps (the ones left out become issues). Sizes are checked before
 * a byte is read; a named pipe or device under an export file's name is refused.
 */
function readExportFolder(path: string, limits: typeof INPUT_LIMITS): InputFiles {
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
  return { files, issues, sha256: hash.digest('hex'), displayName: basename(path), isFolder: true };
}

export function readInputFiles(path: string, limits = INPUT_LIMITS): InputFiles {
  const stats = statPath(path);
  if (stats.isDirectory()) return readExportFolder(path, limits);
  const isZipName = /\.zip$/i.test(path);
  const limit = isZipName ? limits.maxZipBytes : limits.maxTextBytes;
  if (stats.size > limit) throw tooLarge(path, stats.size, limit, isZipName ? 'archive' : 'file');
  const bytes = readWhole(path);
  const hash = createHash('sha256').update(bytes);
  return { files: [{ name: basename(path), bytes }], issues: [], sha256: hash.digest('hex'), displayName: basename(path), isFolder: false };
}
