// Rate-limited sign-in: after too many failures for one account or from one address, sign-in is refused for a while.
// Pure bookkeeping: the caller passes the time (ms), so tests move a clock instead of waiting.

export const THROTTLE_DEFAULTS = {
  /** Failures for one email within the window that lock that email. */
  accountFailures: 5,
  /** Failures from one address within the window that lock that address (many accounts tried from one place). */
  ipFailures: 20,
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
  /** Keys remembered at most; the oldest are forgotten first (a flood of addresses cannot grow memory without end). */
  maxKeys: 100_000,
};
export type ThrottleOptions = typeof THROTTLE_DEFAULTS;

interface KeyState {
  /** Failure times inside the window, oldest first. */
  failures: number[];
  lockedUntil: number;
}

export interface Lockout {
  /** Which key is locked: the account or the address. */
  scope: 'account' | 'ip';
  until: number;
}

export class SignInThrottle {
  readonly options: ThrottleOptions;
  private readonly keys = new Map<string, KeyState>();

  constructor(options: Partial<ThrottleOptions> = {}) {
    this.options = { ...THROTTLE_DEFAULTS, ...options };
  }

  /** The lockout in force for this email or address at `now`, or null when a sign-in may be tried. */
  lockout(email: string, ip: string, now: number): Lockout | null {
    for (const [scope, key] of [['account', `a:${email}`], ['ip', `i:${ip}`]] as const) {
      const state = this.keys.get(key);
      if (state && state.lockedUntil > now) return { scope, until: state.lockedUntil };
    }
    return null;
  }

  /** Counts a failure against both keys; returns the lockout it starts, if it starts one. */
  fail(email: string, ip: string, now: number): Lockout | null {
    let started: Lockout | null = null;
    for (const [scope, key, limit] of [['account', `a:${email}`, this.options.accountFailures], ['ip', `i:${ip}`, this.options.ipFailures]] as const) {
      const state = this.keys.get(key) ?? { failures: [], lockedUntil: 0 };
      this.keys.delete(key);
      state.failures = state.failures.filter((at) => at > now - this.options.windowMs);
      state.failures.push(now);
      if (state.failures.length >= limit) {
        state.lockedUntil = now + this.options.lockMs;
        state.failures = [];
        started ??= { scope, until: state.lockedUntil };
      }
      this.keys.set(key, state);
    }
    while (this.keys.size > this.options.maxKeys) this.keys.delete(this.keys.keys().next().value as string);
    return started;
  }

  /** A correct password clears the account's failures (not the address's: one good account does not unlock a sweep). */
  succeed(email: string): void {
    this.keys.delete(`a:${email}`);
  }
}
