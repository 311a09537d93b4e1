// A sub-app for one resource: OpenAPIHono whose validation failures answer in the one error shape, naming each field.
import { OpenAPIHono } from '@hono/zod-openapi';
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

export function newRouter(): OpenAPIHono {
  return new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) {
        const { message, issues } = describeIssues(result.target, result.error);
        return c.json(errorBody('INVALID_INPUT', message, { issues }), 400);
      }
    },
  });
}
