// Failures of the disk or the database server, named for the user: a full disk is not "a bug in Referable".
import { ReferableError } from '../../core/errors.ts';
import { describeFailure, failureCause, isOutOfSpace } from '../../core/io-failure.ts';
import { busyError, writeWaitMs } from './write-lock.ts';

/** The unique indexes that say who a contact is (migration 004), and what a clash with one means to the user. */
const IDENTITY_INDEXES: { name: string; pattern: RegExp; meaning: string }[] = [
  // SQLite names a column index by its columns, an expression index by its name; PostgreSQL always by name.
  { name: 'contacts_slug_unique', pattern: /contacts_slug_unique|contacts\.workspace_id, contacts\.linkedin_slug/, meaning: 'another contact already has this LinkedIn profile' },
  { name: 'contacts_email_unique', pattern: /contacts_email_unique/, meaning: 'another contact without a LinkedIn profile already has this email' },
];

/** CONFLICT when a write would give two contacts one identity (a hand edit, a restored backup); undefined otherwise. */
function identityClash(error: unknown): ReferableError | undefined {
  const { code, constraint, message } = (error ?? {}) as { code?: unknown; constraint?: unknown; message?: unknown };
  if (code !== '23505' && code !== 'SQLITE_CONSTRAINT_UNIQUE') return undefined;
  const text = `${String(constraint ?? '')} ${String(message ?? '')}`;
  const index = IDENTITY_INDEXES.find((candidate) => candidate.pattern.test(text));
  if (!index) return undefined;
  return new ReferableError('CONFLICT', `${index.meaning}; nothing was changed. Edit or remove that contact first`, { constraint: index.name });
}

/** Codes that are about the database's own file or server, not about a query: file-path causes do not apply here. */
const STORE_CODES = /^(SQLITE_(FULL|IOERR|READONLY)|ENOSPC|EDQUOT|EIO|EROFS|53100|53200|58030)/;

/**
 * An IO_ERROR naming the database and the cause when `error` is a disk or server failure; the error itself otherwise.
 * The write was part of a transaction that did not commit (or a single statement), so nothing was changed.
 */
export function storeFailure(error: unknown, location: string): unknown {
  if (error instanceof ReferableError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  // A statement outside a transaction that waited its whole busy timeout for another writer (SQLite), or a lock wait
  // past lock_timeout (PostgreSQL 55P03): the statement did nothing.
  if (typeof code === 'string' && (/^SQLITE_(BUSY|LOCKED)/.test(code) || code === '55P03')) return busyError(location, writeWaitMs(), code);
  const clash = identityClash(error);
  if (clash) return clash;
  if (typeof code !== 'string' || !STORE_CODES.test(code) || !failureCause(code)) return error;
  const next = isOutOfSpace(code) ? '; free some space and run it again' : '';
  return new ReferableError('IO_ERROR', `cannot write the database ${location}: ${describeFailure(code)}; nothing was changed${next}`, { cause: code });
}
