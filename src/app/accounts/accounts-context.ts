// What account use cases run with: the PostgreSQL store, a clock, ids, and the lockout bookkeeping.
import { SignInThrottle } from '../../core/accounts/sign-in-throttle.ts';
import type { AuditAction } from '../../core/accounts/roles.ts';
import { ReferableError } from '../../core/errors.ts';
import { accountsDb, type AccountsDb } from '../../store/accounts/account-schema.ts';
import { appendAudit } from '../../store/accounts/audit-repo.ts';
import { openAccountsStore } from '../../store/accounts/open-accounts-store.ts';
import type { Store } from '../../store/open-store.ts';
import { randomId } from '../random-id.ts';

export interface AccountsContext {
  store: Store;
  db: AccountsDb;
  now: () => Date;
  newId: () => string;
  /** Failed sign-ins per account and per address; one per server process. */
  throttle: SignInThrottle;
}

export function accountsContext(store: Store, overrides: Partial<Omit<AccountsContext, 'store' | 'db'>> = {}): AccountsContext {
  return {
    store,
    db: accountsDb(store.db),
    now: overrides.now ?? (() => new Date()),
    newId: overrides.newId ?? randomId,
    throttle: overrides.throttle ?? new SignInThrottle(),
  };
}

export async function openAccounts(location: string, overrides: Partial<Omit<AccountsContext, 'store' | 'db'>> = {}, what?: string): Promise<AccountsContext> {
  const now = overrides.now ?? (() => new Date());
  return accountsContext(await openAccountsStore(location, now().toISOString(), what), { ...overrides, now });
}

/** Emails are compared trimmed and lower-cased; anything without one @ and a dot after it is refused. */
export function normalEmail(email: string): string {
  const normal = email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(normal) || normal.length > 254) {
    throw new ReferableError('INVALID_INPUT', `"${email}" is not an email address (name@example.org)`);
  }
  return normal;
}

export interface Actor {
  /** '' for an administrator at the CLI. */
  userId: string;
  ip: string;
}

export const CLI_ADMIN: Actor = { userId: '', ip: '' };

export async function audit(ctx: AccountsContext, actor: Actor, action: AuditAction, subject: string, detail: Record<string, unknown> = {}): Promise<void> {
  await appendAudit(ctx.db, { id: ctx.newId(), at: ctx.now().toISOString(), actorId: actor.userId, action, subject, detail, ip: actor.ip });
}
