// Accounts: one row per person who can sign in, by email.
import type { AccountsDb } from './account-schema.ts';

export interface UserRecord {
  id: string;
  email: string;
  passwordHash: string;
  disabled: boolean;
  createdAt: string;
}

export function toUser(row: { user_id: string; email: string; password_hash: string; disabled: number | string | bigint; created_at: string }): UserRecord {
  return { id: row.user_id, email: row.email, passwordHash: row.password_hash, disabled: Number(row.disabled) === 1, createdAt: row.created_at };
}

/** The account's columns selected beside a row that names it by user_id (a token's, a session's): joinedUserOf reads them. */
export const JOINED_USER_COLUMNS = ['users.email', 'users.password_hash', 'users.disabled', 'users.created_at as user_created_at'] as const;
export type JoinedUserRow = { user_id: string; email: string; password_hash: string; disabled: number | string | bigint; user_created_at: string };

export function joinedUserOf(row: JoinedUserRow): UserRecord {
  return toUser({ user_id: row.user_id, email: row.email, password_hash: row.password_hash, disabled: row.disabled, created_at: row.user_created_at });
}

export async function insertUser(db: AccountsDb, user: UserRecord): Promise<void> {
  await db
    .insertInto('users')
    .values({ user_id: user.id, email: user.email, password_hash: user.passwordHash, disabled: user.disabled ? 1 : 0, created_at: user.createdAt })
    .execute();
}

export async function findUserByEmail(db: AccountsDb, email: string): Promise<UserRecord | null> {
  const row = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
  return row ? toUser(row) : null;
}

export async function findUserById(db: AccountsDb, userId: string): Promise<UserRecord | null> {
  const row = await db.selectFrom('users').selectAll().where('user_id', '=', userId).executeTakeFirst();
  return row ? toUser(row) : null;
}

export async function listUsers(db: AccountsDb): Promise<UserRecord[]> {
  return (await db.selectFrom('users').selectAll().orderBy('email').execute()).map(toUser);
}

export async function setUserDisabled(db: AccountsDb, userId: string, disabled: boolean): Promise<void> {
  await db.updateTable('users').set({ disabled: disabled ? 1 : 0 }).where('user_id', '=', userId).execute();
}
