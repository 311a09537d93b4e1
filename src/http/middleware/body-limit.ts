// Request size limits: JSON bodies up to 1 MB; uploads (imports, restores) stream to disk under their own larger limit.
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HttpError } from '../http-errors.ts';

export const BODY_LIMITS = {
  jsonBytes: 1024 * 1024,
  uploadBytes: 100 * 1024 * 1024,
};

export function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}

export function tooLarge(limit: number): HttpError {
  return new HttpError('TOO_LARGE', `the request body is larger than ${megabytes(limit)}, the most this endpoint takes`, { limitBytes: limit });
}

/** The JSON limit on every route except the upload paths, which count bytes as they write them. */
export function jsonBodyLimit(uploadPaths: readonly string[], limit = BODY_LIMITS.jsonBytes): MiddlewareHandler {
  const limited = bodyLimit({
    maxSize: limit,
    onError: () => {
      throw tooLarge(limit);
    },
  });
  return async (c, next) => {
    // GET and HEAD carry no body; looking at one would make @hono/node-server build a full fetch Request (slow).
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || uploadPaths.includes(c.req.path)) return next();
    return limited(c, next);
  };
}
