// Assertions tests share: a use case refused with a given error code and a message that says what went wrong.
import assert from 'node:assert/strict';
import { isReferableError, type ErrorCode } from '../../src/core/errors.ts';
import type { NextAction } from '../../src/core/text/next-action.ts';

/**
 * For assert.rejects / assert.throws: the error is a ReferableError with this code and a matching message, and, when
 * given, the step that resolves it has these fields (its command for the terminal, its page for the dashboard).
 */
export function rejects(code: ErrorCode, pattern: RegExp, action?: Partial<NextAction>) {
  return (error: unknown) => {
    assert.ok(isReferableError(error), String(error));
    assert.equal(error.code, code);
    assert.match(error.message, pattern);
    assert.doesNotMatch(error.message, /\breferable [a-z]+ /, 'the message names no shell command: the action carries it');
    for (const [field, value] of Object.entries(action ?? {})) assert.equal(error.action?.[field as keyof NextAction], value, field);
    return true;
  };
}
