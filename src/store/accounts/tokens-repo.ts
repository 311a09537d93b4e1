// Personal API tokens: stored hashed; the id is public (lists, revoking), the token itself is shown once.
import type { AccountsDb } from './account-schema.ts';
import { namedStatement } from '../dialects/named-statements.ts';
import { reusedStatement } from '../dialects/reused-statements.ts';
import { JOINED_USER_COLUMNS, joinedUserOf, type JoinedUserRow, type UserRecord } from './users-repo.ts';

export interface TokenRecord {
  id: string;
  userId: string;
  label: string;
  createdAt: string;
  lastUsedAt: string;
  revokedAt: string;
}

type TokenRow = { token_id: string; user_id: string; label: string; created_at: string; last_used_at: string; revoked_at: string };

function toToken(row: TokenRow): TokenRecord {
  return { id: row.token_id, userId: row.user_id, label: row.label, createdAt: row.created_at, lastUsedAt: row.last_used_at, revokedAt: row.revoked_at };
}

export async function insertToken(db: AccountsDb, token: TokenRecord, hash: string): Promise<void> {
  await db
    .insertInto('api_tokens')
    .values({ token_id: token.id, token_hash: hash, user_id: token.userId, label: token.label, created_at: token.createdAt, last_used_at: '', revoked_at: '' })
    .execute();
}

/** The token whose hash is `hash`, with its account's columns beside its own: a query to send, or to extend. */
export function tokenWithUserQuery(db: AccountsDb, hash: string) {
  return db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.user_id', 'api_tokens.user_id')
    .select(['api_tokens.token_id', 'api_tokens.user_id', 'api_tokens.label', 'api_tokens.created_at', 'api_tokens.last_used_at', 'api_tokens.revoked_at'])
    .select(JOINED_USER_COLUMNS)
    .where('api_tokens.token_hash', '=', hash);
}

export type TokenWithUser = { token: TokenRecord; user: UserRecord };

/** A row of tokenWithUserQuery as the token and its account. */
export function tokenWithUserOf(row: TokenRow & JoinedUserRow): TokenWithUser {
  return { token: toToken(row), user: joinedUserOf(row) };
}

/**
 * The token and its account in one round trip: every API request made with a token starts here. Named (prepared once
 * per connection: dialects/named-statements.ts): PostgreSQL otherwise plans it on every request, 0.2 of its 0.25 ms.
 * Built once (dialects/reused-statements.ts).
 */
const tokenWithUser = reusedStatement(tokenWithUserQuery);

export async function findTokenWithUser(db: AccountsDb, hash: string): Promise<TokenWithUser | null> {
  const [row] = (await db.executeQuery(namedStatement('referable_token_with_user', tokenWithUser(db, hash)))).rows;
  return row ? tokenWithUserOf(row) : null;
}

export async function findTokenById(db: AccountsDb, id: string): Promise<TokenRecord | null> {
  const row = await db
    .selectFrom('api_tokens')
    .select(['token_id', 'user_id', 'label', 'created_at', 'last_used_at', 'revoked_at'])
    .where('token_id', '=', id)
    .executeTakeFirst();
  return row ? toToken(row) : null;
}

export async function listTokensOf(db: AccountsDb, userId: string): Promise<TokenRecord[]> {
  const rows = await db
    .selectFrom('api_tokens')
    .select(['token_id', 'user_id', 'label', 'created_at', 'last_used_at', 'revoked_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .orderBy('token_id')
    .execute();
  return rows.map(toToken);
}

export async function markTokenUsed(db: AccountsDb, id: string, at: string): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: at }).where('token_id', '=', id).execute();
}

export async function revokeTokenRow(db: AccountsDb, id: string, at: string): Promise<void> {
  await db.updateTable('api_tokens').set({ revoked_at: at }).where('token_id', '=', id).where('revoked_at', '=', '').execute();
}
