// Opening what the user named: a file, or a folder holding an unzipped LinkedIn export. The only place imports touch fs.
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { ReferableError } from '../core/errors.ts';
import type { InputFile } from '../import/import-issue.ts';
import { isLinkedInExportFile } from '../import/linkedin/linkedin-export.ts';

export const INPUT_LIMITS = {
  /** A CSV or vCard read whole larger than this is no contacts export (30,000 LinkedIn connections are ~5 MB). */
  maxTextBytes: 100 * 1024 * 1024,
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
  /** sha256 of the bytes read, for the import audit. */
  sha256: string;
  displayName: string;
  isFolder: boolean;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

function statPath(path: string) {
  try {
    return statSync(path);
  } catch {
    throw new ReferableError('NOT_FOUND', `${path}: no such file or folder. Check the path (LinkedIn names its download Basic_LinkedInDataExport_*.zip)`);
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

export function readInputFiles(path: string, limits = INPUT_LIMITS): InputFiles {
  const stats = statPath(path);
  const hash = createHash('sha256');
  if (stats.isDirectory()) {
    const files: InputFile[] = [];
    const walk = (folder: string) => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const full = join(folder, entry.name);
        const name = relative(path, full).split('\\').join('/');
        if (entry.isDirectory()) walk(full);
        else if (entry.isFile() && isLinkedInExportFile(name)) files.push({ name: `${basename(path)}/${name}`, bytes: readFileSync(full) });
      }
    };
    walk(path);
    if (files.length === 0) {
      throw new ReferableError('UNSUPPORTED_FORMAT', `${path} is a folder without LinkedIn export files (Connections.csv, messages.csv, ...); name a file or the unzipped export folder`);
    }
    files.sort((a, b) => a.name.localeCompare(b.name));
    for (const file of files) hash.update(file.name).update(file.bytes);
    return { files, sha256: hash.digest('hex'), displayName: basename(path), isFolder: true };
  }
  const isZipName = /\.zip$/i.test(path);
  const limit = isZipName ? limits.maxZipBytes : limits.maxTextBytes;
  if (stats.size > limit) {
    throw new ReferableError(
      'IMPORT_REJECTED',
      `${path} is ${megabytes(stats.size)}, more than the ${megabytes(limit)} a contacts ${isZipName ? 'archive' : 'file'} can be; nothing was imported. A LinkedIn Connections.csv of 30,000 connections is about 5 MB: check this is the right file, or split it`,
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new ReferableError('IO_ERROR', `cannot read ${path}: ${(error as Error).message}`);
  }
  hash.update(bytes);
  return { files: [{ name: basename(path), bytes }], sha256: hash.digest('hex'), displayName: basename(path), isFolder: false };
}
