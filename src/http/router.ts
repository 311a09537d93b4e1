// A sub-app for one resource: OpenAPIHono whose validation failures answer in the one error shape, naming each field.
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { ZodError } from 'zod';
import { errorBody } from './http-errors.ts';

/** "body.tags.0: expected string; query: unknown field "limt"" — every problem, with where it is. */
export function describeIssues(target: string, error: ZodError): { message: string; issues: { path: string; message: string }[] } {
  const where = target === 'json' ? 'body' : target;
  const issues = error.issues.map((issue) => {
    const path = [where, ...issue.path.map(String)].join('.');
    const message = issue.code === 'unrecognized_keys' ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}` : issue.message;
    return { path, message };
  });
  return { message: issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '), issues };
}

/** What a route that declares no query parameters takes: none (a typo or a stale ?minutes= is a 400, not ignored). */
export const NO_QUERY = z.strictObject({});

/**
 * A route as registered: one without a query schema gets NO_QUERY, so every route refuses parameters it does not
 * declare (the OpenAPI document is unchanged: an empty object adds no parameters).
 */
export function withStrictQuery<R extends { request?: { query?: unknown } }>(route: R): R {
  if (route.request?.query) return route;
  return { ...route, request: { ...route.request, query: NO_QUERY } };
}

export function newRouter(): OpenAPIHono {
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) {
        const { message, issues } = describeIssues(result.target, result.error);
        return c.json(errorBody('INVALID_INPUT', message, { issues }), 400);
      }
    },
  });
  const register = app.openapi;
  app.openapi = ((route, handler, hook) => register(withStrictQuery(route), handler, hook)) as typeof app.openapi;
  return app;
}
