import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { HTTPException } from 'hono/http-exception';
import { ReferableError } from '../core/errors.ts';
import { describeError, HttpError, INTERNAL_MESSAGE, statusFor } from './http-errors.ts';

describe('http errors', () => {
  it('maps every app error code to the status the contract names', () => {
    assert.equal(statusFor('INVALID_INPUT'), 400);
    assert.equal(statusFor('NOT_FOUND'), 404);
    assert.equal(statusFor('AMBIGUOUS'), 409);
    assert.equal(statusFor('CONFLICT'), 409);
    assert.equal(statusFor('UNSUPPORTED_FORMAT'), 422);
    assert.equal(statusFor('IMPORT_REJECTED'), 422);
    assert.equal(statusFor('STORE_UNAVAILABLE'), 503);
    assert.equal(statusFor('BUSY'), 503);
    assert.equal(statusFor('UNAUTHORIZED'), 401);
    assert.equal(statusFor('TOO_LARGE'), 413);
  });

  it('keeps the message and details of expected failures', () => {
    const { status, body } = describeError(new ReferableError('AMBIGUOUS', '"Ann" matches 2 contacts', { matches: [1, 2] }), () => assert.fail('not logged'));
    assert.equal(status, 409);
    assert.deepEqual(body, { error: { code: 'AMBIGUOUS', message: '"Ann" matches 2 contacts', details: { matches: [1, 2] } } });
    assert.equal(describeError(new HttpError('UNAUTHORIZED', 'no token'), () => {}).status, 401);
  });

  it('sends the step that resolves a refusal apart from the message: the words, the command, the dashboard page', () => {
    const action = { text: 'Define your target market', command: 'referable target suggest --apply', link: '/target' };
    const { status, body } = describeError(new ReferableError('NOT_FOUND', 'no target market yet: define one first', undefined, action), () => assert.fail('not logged'));
    assert.equal(status, 404);
    assert.deepEqual(body, { error: { code: 'NOT_FOUND', message: 'no target market yet: define one first', action } });
    assert.doesNotMatch(body.error.message, /referable /, 'the message names no shell');
  });

  it('tells a client refused as BUSY when to try again (503 with Retry-After)', () => {
    const { status, body, headers } = describeError(new ReferableError('BUSY', 'another import is writing to workspace "default"'), () => assert.fail('not logged'));
    assert.equal(status, 503);
    assert.equal(body.error.code, 'BUSY');
    assert.deepEqual(headers, { 'Retry-After': '5' });
    assert.equal(describeError(new ReferableError('STORE_UNAVAILABLE', 'down'), () => {}).headers, undefined);
  });

  it('hides the message and stack of a bug and logs it instead', () => {
    const logged: unknown[] = [];
    const bug = new TypeError("Cannot read properties of undefined (reading 'secret')");
    const { status, body } = describeError(bug, (error) => logged.push(error));
    assert.equal(status, 500);
    assert.equal(body.error.message, INTERNAL_MESSAGE);
    assert.ok(!JSON.stringify(body).includes('secret'));
    assert.deepEqual(logged, [bug]);
  });

  it('turns hono exceptions into the same shape', () => {
    assert.equal(describeError(new HTTPException(413), () => {}).body.error.code, 'TOO_LARGE');
    assert.equal(describeError(new HTTPException(415), () => {}).status, 415);
    assert.equal(describeError(new HTTPException(400, { message: 'Malformed JSON in request body' }), () => {}).body.error.code, 'INVALID_INPUT');
  });
});
