// The one error model: every expected failure carries a code; each shell maps codes to exit codes or HTTP statuses in one place.
// What to do about it travels beside the message as a NextAction: the CLI prints its command, the web links its page.
import type { NextAction } from './text/next-action.ts';

export type ErrorCode =
  | 'INVALID_INPUT' // the user gave a value we cannot use (flag, field, argument)
  | 'NOT_FOUND' // a named contact, file, import or workspace does not exist
  | 'AMBIGUOUS' // a name matched several records; the message lists them
  | 'UNSUPPORTED_FORMAT' // a file is not any format we read
  | 'IMPORT_REJECTED' // a file was read but nothing could be imported; the store is unchanged
  | 'CONFLICT' // the change clashes with what is stored (duplicate, impossible transition)
  | 'STORE_UNAVAILABLE' // the database cannot be opened or reached
  | 'BUSY' // another writer held the workspace past the wait limit; nothing was changed, run it again
  | 'IO_ERROR' // a file could not be read or written
  | 'TIMED_OUT' // long work (an import, a restore, an estimate in serve) passed its time limit and was stopped; nothing changed
  | 'UNAUTHORIZED' // no valid credentials: sign in, or send a valid API token
  | 'FORBIDDEN' // signed in, but this account may not do that (or see that workspace)
  | 'RATE_LIMITED'; // too many failed sign-ins: wait until the lockout ends

export class ReferableError extends Error {
  readonly code: ErrorCode;
  /** Extra data for --json output and API bodies (never a stack trace). */
  readonly details: Record<string, unknown> | undefined;
  /**
   * The step that resolves it, when there is one. The message already says what to do in words that name no shell
   * ("no target market yet: define one from your network"); the command and the page are for the shells to show.
   */
  readonly action: NextAction | undefined;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>, action?: NextAction) {
    super(message);
    this.name = 'ReferableError';
    this.code = code;
    this.details = details;
    this.action = action;
  }
}

export function isReferableError(error: unknown): error is ReferableError {
  return error instanceof ReferableError;
}
