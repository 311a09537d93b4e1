// Personal API tokens for the CLI and scripts: shown once at creation, stored hashed, revocable.
import { ReferableError } from '../../core/errors.ts';
import { findTokenById, findTokenWithUser, insertToken, listTokensOf, markTokenUsed, revokeTokenRow, type TokenRecord, type TokenWithUser } from '../../store/accounts/tokens-repo.ts';
import type { AccountsDb } from '../../store/accounts/account-schema.ts';
import type { UserRecord } from '../../store/accounts/users-repo.ts';
import { audit, type AccountsContext, type Actor } from './accounts-context.ts';
import { requireUser } from './users.ts';
import { hashSecret, newSecret } from './secrets.ts';

/** Recognisable in logs and secret scanners; the rest is 256 random bits. */
export const TOKEN_PREFIX = 'rfb_';
/** last_used_at is written at most this often per token: not one write per request. */
const USE_STAMP_MS = 60_000;

export async function createApiToken(ctx: AccountsContext, actor: Actor, email: string, label = ''): Promise<{ id: string; token: string; record: TokenRecord }> {
  const user = await requireUser(ctx, email);
  if (user.disabled) throw new ReferableError('FORBIDDEN', `the account ${user.email} is disabled`);
  const token = `${TOKEN_PREFIX}${newSecret()}`;
  const record: TokenRecord = { id: ctx.newId(), userId: user.id, label, createdAt: ctx.now().toISOString(), lastUsedAt: '', revokedAt: '' };
  await ctx.db.transaction().execute(async (trx) => {
    await insertToken(trx, record, hashSecret(token));
    await audit({ ...ctx, db: trx }, actor, 'token-create', record.id, { email: user.email, label });
  });
  return { id: record.id, token, record };
}

/**
 * Revokes a token by id. A signed-in person may revoke only their own (`ownerId`); the CLI administrator any.
 * Someone else's token is NOT_FOUND, not FORBIDDEN: ids are not confirmed to strangers.
 */
export async function revokeApiToken(ctx: AccountsContext, actor: Actor, id: string, ownerId?: string): Promise<TokenRecord> {
  const record = await findTokenById(ctx.db, id);
  if (!record || (ownerId !== undefined && record.userId !== ownerId)) throw new ReferableError('NOT_FOUND', `there is no API token ${id}`);
  if (record.revokedAt) return record;
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await revokeTokenRow(trx, id, at);
    await audit({ ...ctx, db: trx }, actor, 'token-revoke', id, {});
  });
  return { ...record, revokedAt: at };
}

export async function tokensOf(ctx: AccountsContext, userId: string): Promise<TokenRecord[]> {
  return listTokensOf(ctx.db, userId);
}

/** The account a presented token stands for, or null (unknown, revoked, or its account disabled). */
export async function userForToken(ctx: AccountsContext, token: string): Promise<UserRecord | null> {
  return (await tokenHolder(ctx, token, findTokenWithUser))?.user ?? null;
}

/**
 * The presented token and its account as `find` reads them by the token's hash (findTokenWithUser, or one statement
 * that reads a route's own rows beside them), or null when the token is unknown, revoked, or its account disabled.
 * Its use is stamped at most once a minute.
 */
export async function tokenHolder<Found extends TokenWithUser>(ctx: AccountsContext, token: string, find: (db: AccountsDb, hash: string) => Promise<Found | null>): Promise<Found | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const found = await find(ctx.db, hashSecret(token));
  if (!found || found.token.revokedAt || found.user.disabled) return null;
  const { token: record } = found;
  const now = ctx.now();
  if (!record.lastUsedAt || now.getTime() - Date.parse(record.lastUsedAt) >= USE_STAMP_MS) await markTokenUsed(ctx.db, record.id, now.toISOString());
  return found;
}
