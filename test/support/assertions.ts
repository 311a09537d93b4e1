// Assertions tests share: a use case refused with a given error code and a message that says what went wrong.
import assert from 'node:assert/strict';
import { isReferableError, type ErrorCode } from '../../src/core/errors.ts';

/** For assert.rejects / assert.throws: the error is a ReferableError with this code and a matching message. */
export function rejects(code: ErrorCode, pattern: RegExp) {
  return (error: unknown) => {
    assert.ok(isReferableError(error), String(error));
    assert.equal(error.code, code);
    assert.match(error.message, pattern);
    return true;
  };
}
