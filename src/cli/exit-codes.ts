// Error codes to process exit codes: the one place the CLI decides what a failure means to a script.
import type { ErrorCode } from '../core/errors.ts';

export const EXIT_OK = 0;
/** An unexpected failure (a bug): the message says to report it. */
export const EXIT_INTERNAL = 1;

export function exitCodeFor(code: ErrorCode): number {
  switch (code) {
    case 'INVALID_INPUT':
      return 2;
    case 'NOT_FOUND':
      return 3;
    case 'AMBIGUOUS':
      return 4;
    case 'UNSUPPORTED_FORMAT':
    case 'IMPORT_REJECTED':
      return 5;
    case 'CONFLICT':
      return 6;
    case 'STORE_UNAVAILABLE':
      return 7;
    case 'IO_ERROR':
      return 8;
    case 'BUSY':
      return 9;
    case 'TIMED_OUT':
      return 10;
    case 'UNAUTHORIZED':
      return 11;
    case 'FORBIDDEN':
      return 12;
    case 'RATE_LIMITED':
      return 13;
    default: {
      const unhandled: never = code;
      return unhandled;
    }
  }
}
