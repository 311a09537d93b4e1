// A refused command with --json: the error as a JSON object on stdout, {"error":{"code","message","file"?,"line"?,
// "details"?,"action"?}}, the same body the HTTP API answers with, so a script reads one shape whatever failed.
import type { ErrorCode } from '../core/errors.ts';
import type { NextAction } from '../core/text/next-action.ts';
import type { ImportIssue } from '../core/imports/import-issue.ts';

/** The CLI's codes: the app's, plus INTERNAL for a bug (as the HTTP API names it). */
export type CliErrorCode = ErrorCode | 'INTERNAL';

export interface CliErrorBody {
  error: { code: CliErrorCode; message: string; file?: string; line?: number; details?: Record<string, unknown>; action?: NextAction };
}

function isIssue(value: unknown): value is ImportIssue {
  return typeof value === 'object' && value !== null && typeof (value as ImportIssue).file === 'string' && typeof (value as ImportIssue).reason === 'string';
}

/**
 * The body for a failure. `file` and `line` say where to look: the first error among the issues an import was refused
 * with (a file-level one first, since it is why nothing was read), else the file the details name.
 */
export function errorBody(code: CliErrorCode, message: string, details?: Record<string, unknown>, action?: NextAction): CliErrorBody {
  const body: CliErrorBody['error'] = { code, message };
  const issues = Array.isArray(details?.issues) ? details.issues.filter(isIssue) : [];
  const errors = issues.filter((issue) => issue.severity === 'error');
  const first = errors.find((issue) => issue.line === undefined) ?? errors[0];
  const file = first?.file ?? (typeof details?.file === 'string' ? details.file : undefined);
  if (file) body.file = file;
  if (first?.line !== undefined) body.line = first.line;
  if (details !== undefined) body.details = details;
  if (action !== undefined) body.action = action;
  return { error: body };
}

/** Whether the command line asked for JSON: a "--json" among the options (before a "--" that ends them). */
export function asksForJson(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).includes('--json');
}
