import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SignInThrottle } from './sign-in-throttle.ts';

const MINUTE = 60_000;

describe('sign-in throttle', () => {
  it('locks an account after N failures inside the window, and lets it try again once the lock ends', () => {
    const throttle = new SignInThrottle({ accountFailures: 3, windowMs: 10 * MINUTE, lockMs: 15 * MINUTE });
    assert.equal(throttle.fail('a@x.org', 'ip1', 0), null);
    assert.equal(throttle.fail('a@x.org', 'ip2', MINUTE), null);
    assert.deepEqual(throttle.fail('a@x.org', 'ip3', 2 * MINUTE), { scope: 'account', until: 17 * MINUTE });
    assert.deepEqual(throttle.lockout('a@x.org', 'ip9', 16 * MINUTE), { scope: 'account', until: 17 * MINUTE });
    assert.equal(throttle.lockout('b@x.org', 'ip9', 16 * MINUTE), null, 'another account is not locked');
    assert.equal(throttle.lockout('a@x.org', 'ip9', 17 * MINUTE), null);
  });

  it('forgets failures older than the window', () => {
    const throttle = new SignInThrottle({ accountFailures: 3, windowMs: 10 * MINUTE });
    throttle.fail('a@x.org', 'ip', 0);
    throttle.fail('a@x.org', 'ip', MINUTE);
    assert.equal(throttle.fail('a@x.org', 'ip', 11 * MINUTE), null, 'the first failure left the window');
    assert.equal(throttle.lockout('a@x.org', 'ip', 11 * MINUTE), null);
  });

  it('locks an address trying many accounts, and a success clears only the account', () => {
    const throttle = new SignInThrottle({ accountFailures: 5, ipFailures: 3 });
    throttle.fail('a@x.org', 'ip', 0);
    throttle.fail('b@x.org', 'ip', 1);
    assert.equal(throttle.fail('c@x.org', 'ip', 2)?.scope, 'ip');
    throttle.succeed('d@x.org');
    assert.equal(throttle.lockout('d@x.org', 'ip', 3)?.scope, 'ip');
    assert.equal(throttle.lockout('d@x.org', 'elsewhere', 3), null);
  });

  it('a success resets the account count', () => {
    const throttle = new SignInThrottle({ accountFailures: 2 });
    throttle.fail('a@x.org', 'ip', 0);
    throttle.succeed('a@x.org');
    assert.equal(throttle.fail('a@x.org', 'ip', 1), null);
  });
});
