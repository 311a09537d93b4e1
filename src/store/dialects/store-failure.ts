// Failures of the disk or the database server, named for the user: a full disk is not "a bug in Referable".
import { ReferableError } from '../../core/errors.ts';
import { describeFailure, failureCause, isOutOfSpace } from '../../core/io-failure.ts';

/** Codes that are about the database's own file or server, not about a query: file-path causes do not apply here. */
const STORE_CODES = /^(SQLITE_(FULL|IOERR|READONLY)|ENOSPC|EDQUOT|EIO|EROFS|53100|53200|58030)/;

/**
 * An IO_ERROR naming the database and the cause when `error` is a disk or server failure; the error itself otherwise.
 * The write was part of a transaction that did not commit (or a single statement), so nothing was changed.
 */
export function storeFailure(error: unknown, location: string): unknown {
  if (error instanceof ReferableError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !STORE_CODES.test(code) || !failureCause(code)) return error;
  const next = isOutOfSpace(code) ? '; free some space and run it again' : '';
  return new ReferableError('IO_ERROR', `cannot write the database ${location}: ${describeFailure(code)}; nothing was changed${next}`, { cause: code });
}
