// Schemas every resource shares: the error body, list paging, and the response declarations built from them.
import { z } from '@hono/zod-openapi';

/** A suggested step as core states it: words, the CLI command, the dashboard path (the web shows the words and the link). */
export const NextActionSchema = z
  .object({
    text: z.string().openapi({ description: 'what to do, in words that name no shell' }),
    command: z.string().optional().openapi({ description: 'the CLI command that does it' }),
    link: z.string().optional().openapi({ description: "the dashboard path where it is done (after the '#')", example: '/intros#suggestions' }),
  })
  .openapi('NextAction');

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'NOT_FOUND' }),
      message: z.string().openapi({ example: 'no contact matches "Ann Lee"' }),
      details: z.record(z.string(), z.unknown()).optional(),
      action: NextActionSchema.optional().openapi({ description: 'the step that resolves it: words, the CLI command, the dashboard page' }),
    }),
  })
  .openapi('Error');

export const PAGING_DEFAULTS = { limit: 50, maxLimit: 500 };

/** Query flags arrive as text: "true"/"1" are true, "false"/"0" false; anything else is a 400. */
export const queryBoolean = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

export const pagingFields = {
  limit: z.coerce.number().int().min(1).max(PAGING_DEFAULTS.maxLimit).default(PAGING_DEFAULTS.limit).openapi({ description: `at most this many items (default ${PAGING_DEFAULTS.limit}, max ${PAGING_DEFAULTS.maxLimit})` }),
  offset: z.coerce.number().int().min(0).default(0).openapi({ description: 'skip this many items' }),
};

/** A page of a list: the items, how many match in all, and the paging used. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int(), limit: z.number().int(), offset: z.number().int() });
}

export function page<T>(all: readonly T[], limit: number, offset: number): { items: T[]; total: number; limit: number; offset: number } {
  return { items: all.slice(offset, offset + limit), total: all.length, limit, offset };
}

interface ErrorResponse {
  content: { 'application/json': { schema: typeof ErrorSchema } };
  description: string;
}

const errorResponse = (description: string): ErrorResponse => ({ content: { 'application/json': { schema: ErrorSchema } }, description });

const ROUTE_ERRORS = {
  400: 'invalid input (the message names each field)',
  404: 'not found',
  409: 'ambiguous reference or conflicting change',
  413: 'the request body is too large',
  415: 'the body is not JSON',
  422: 'the file could not be imported',
} as const;
type RouteErrorStatus = keyof typeof ROUTE_ERRORS;

/** The failures a route names (401, 403, 500 and 503 are added to every operation by the document builder). */
export function errors<S extends RouteErrorStatus>(...statuses: S[]): Record<S, ErrorResponse> {
  return Object.fromEntries(statuses.map((status) => [status, errorResponse(ROUTE_ERRORS[status])])) as Record<S, ErrorResponse>;
}

/**
 * Every operation can answer these: no token, a refused origin or host, a bug, the database down. The document builder
 * adds them to each operation as references to the Error schema (JSON Schema, not the zod object).
 */
export const COMMON_ERRORS = {
  401: 'the access token is missing or wrong',
  403: 'refused: a cross-site request or an unexpected Host header',
  500: 'a bug: the details are in the server log, never in the response',
  503: 'the database cannot be reached',
} as const;

export function json<T extends z.ZodType>(schema: T, description: string): { 200: { content: { 'application/json': { schema: T } }; description: string } } {
  return { 200: { content: { 'application/json': { schema } }, description } };
}

/** A body that may be left out (read as {}); when sent, it is as strict as any other. */
export function optionalBody<T extends z.ZodType>(schema: T): { body: { content: { 'application/json': { schema: T } }; required: false } } {
  return { body: { content: { 'application/json': { schema } }, required: false } };
}

/** A strict body: unknown fields are refused with a 400 that names them. */
export function body<T extends z.ZodType>(schema: T): { body: { content: { 'application/json': { schema: T } }; required: true } } {
  return { body: { content: { 'application/json': { schema } }, required: true } };
}
