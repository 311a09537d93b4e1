// Writing a file the user asked for (a backup, a report, a calendar, an example): all of it or none of it.
// The bytes go to a temporary file beside the target, are flushed to disk, then renamed over it, so a full disk or
// an I/O error never leaves a truncated backup, and an earlier file of that name survives a failed write.
import * as fs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ReferableError } from '../core/errors.ts';
import { describeFailure, isOutOfSpace } from '../core/io-failure.ts';
import { randomId } from './random-id.ts';

/** The calls an output write makes; tests pass one that fails part-way to see that nothing is left half-written. */
export type OutputFs = Pick<typeof fs, 'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'unlinkSync' | 'statSync'>;

export interface OutputOptions {
  /** What the file is, for messages: "the calendar", "the backup". */
  what?: string;
  fs?: OutputFs;
}

function failure(path: string, what: string | undefined, error: unknown, existed: boolean): ReferableError {
  const code = (error as NodeJS.ErrnoException)?.code;
  const cause = code ? describeFailure(code) : (error as Error)?.message ?? String(error);
  const kept = existed ? `${path} is as it was` : 'no file was written';
  const next = isOutOfSpace(code) ? '; free some space and run it again' : '';
  return new ReferableError('IO_ERROR', `cannot write ${what ? `${what} to ` : ''}${path}: ${cause}; ${kept}${next}`, { path, ...(code ? { cause: code } : {}) });
}

/** Writes `data` to `path` whole, or throws IO_ERROR naming the file and the cause and leaves no trace. */
export function writeOutput(path: string, data: string | Uint8Array, options: OutputOptions = {}): void {
  const io = options.fs ?? fs;
  let existing: fs.Stats | undefined;
  try {
    existing = io.statSync(path, { throwIfNoEntry: false });
  } catch (error) {
    throw failure(path, options.what, error, false);
  }
  if (existing?.isDirectory()) throw failure(path, options.what, Object.assign(new Error('it is a folder'), { code: 'EISDIR' }), false);
  const temporary = join(dirname(path), `.${basename(path)}.${randomId()}.tmp`);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let descriptor: number | undefined;
  try {
    // 'wx': never follow or reuse a file someone placed at the temporary name. A replaced file keeps its permissions.
    descriptor = io.openSync(temporary, 'wx', existing ? existing.mode & 0o777 : 0o666);
    for (let offset = 0; offset < bytes.length; ) offset += io.writeSync(descriptor, bytes, offset, bytes.length - offset);
    io.fsyncSync(descriptor);
    io.closeSync(descriptor);
    descriptor = undefined;
    io.renameSync(temporary, path);
  } catch (error) {
    if (descriptor !== undefined) {
      try {
        io.closeSync(descriptor);
      } catch {
        // the write already failed; closing is best effort
      }
    }
    try {
      io.unlinkSync(temporary);
    } catch {
      // never created, or already gone
    }
    throw failure(path, options.what, error, existing !== undefined);
  }
}
