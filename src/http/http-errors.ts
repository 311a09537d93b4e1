// The one place the HTTP shell maps failures to statuses and to the one error body: {"error":{"code","message","details"?}}.
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorCode } from '../core/errors.ts';
import { isReferableError } from '../core/errors.ts';
import type { NextAction } from '../core/text/next-action.ts';

/** The app's codes plus what only the transport can say (no token, a body too big, a bug). */
export type HttpErrorCode = ErrorCode | 'TOO_LARGE' | 'UNSUPPORTED_MEDIA_TYPE' | 'INTERNAL';

export interface ErrorBody {
  error: { code: HttpErrorCode; message: string; details?: Record<string, unknown>; action?: NextAction };
}

/** Failures the HTTP layer itself raises (auth, limits, routing); thrown from middleware, answered by the error handler. */
export class HttpError extends Error {
  readonly code: HttpErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: HttpErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'HttpError';
    this.code = code;
    this.details = details;
  }
}

export function statusFor(code: HttpErrorCode): ContentfulStatusCode {
  switch (code) {
    case 'INVALID_INPUT':
      return 400;
    case 'UNAUTHORIZED':
      return 401;
    case 'FORBIDDEN':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'AMBIGUOUS':
    case 'CONFLICT':
      return 409;
    case 'TOO_LARGE':
      return 413;
    case 'UNSUPPORTED_MEDIA_TYPE':
      return 415;
    case 'RATE_LIMITED':
      return 429;
    case 'UNSUPPORTED_FORMAT':
    case 'IMPORT_REJECTED':
      return 422;
    case 'IO_ERROR':
    case 'INTERNAL':
      return 500;
    case 'STORE_UNAVAILABLE':
    case 'BUSY':
    case 'TIMED_OUT':
      return 503;
    default: {
      const unhandled: never = code;
      return unhandled;
    }
  }
}

export function errorBody(code: HttpErrorCode, message: string, details?: Record<string, unknown>, action?: NextAction): ErrorBody {
  const error: ErrorBody['error'] = { code, message };
  if (details !== undefined) error.details = details;
  // The dashboard shows the step as a link to its page; a script may run its command.
  if (action !== undefined) error.action = action;
  return { error };
}

/** What HTTPExceptions thrown inside hono (malformed JSON, media type, body limit) mean in our codes. */
function codeForStatus(status: number): HttpErrorCode {
  if (status === 401) return 'UNAUTHORIZED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 413) return 'TOO_LARGE';
  if (status === 415) return 'UNSUPPORTED_MEDIA_TYPE';
  if (status >= 400 && status < 500) return 'INVALID_INPUT';
  return 'INTERNAL';
}

/** How long a client told BUSY should wait before sending the same request again. */
export const RETRY_AFTER_SECONDS = 5;

export const INTERNAL_MESSAGE = 'an unexpected error happened on the server; it was logged there. Please report it with what you did.';

/**
 * The status and body for any thrown value. Expected failures keep their message and details; anything else becomes
 * a 500 with a fixed message (the stack goes to the server log through `logInternal`, never to the client).
 */
export function describeError(error: unknown, logInternal: (error: unknown) => void): { status: ContentfulStatusCode; body: ErrorBody; headers?: Record<string, string> } {
  if (isReferableError(error) || error instanceof HttpError) {
    const described = { status: statusFor(error.code), body: errorBody(error.code, error.message, error.details, isReferableError(error) ? error.action : undefined) };
    // Another writer held the workspace: nothing changed, and the same request will succeed once it is done.
    return error.code === 'BUSY' ? { ...described, headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) } } : described;
  }
  if (error instanceof HTTPException) {
    const code = codeForStatus(error.status);
    if (code === 'INTERNAL') logInternal(error);
    const message =
      code === 'TOO_LARGE' ? 'the request body is too large' : code === 'UNSUPPORTED_MEDIA_TYPE' ? 'send JSON with the header Content-Type: application/json' : code === 'INTERNAL' ? INTERNAL_MESSAGE : error.message || 'bad request';
    return { status: statusFor(code), body: errorBody(code, message) };
  }
  logInternal(error);
  return { status: 500, body: errorBody('INTERNAL', INTERNAL_MESSAGE) };
}
