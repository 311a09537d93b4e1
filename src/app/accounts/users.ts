// Administering accounts: add a person (with a password given or generated), list them, disable one.
import { ReferableError } from '../../core/errors.ts';
import { deleteSessionsOf } from '../../store/accounts/sessions-repo.ts';
import { findUserByEmail, insertUser, listUsers as listUserRows, setUserDisabled, type UserRecord } from '../../store/accounts/users-repo.ts';
import { audit, normalEmail, type AccountsContext, type Actor } from './accounts-context.ts';
import { generatePassword, hashPassword } from './passwords.ts';

export interface PublicUser {
  id: string;
  email: string;
  disabled: boolean;
  createdAt: string;
}

export function publicUser(user: UserRecord): PublicUser {
  return { id: user.id, email: user.email, disabled: user.disabled, createdAt: user.createdAt };
}

/** Adds an account. Without a password one is generated and returned (to be shown once); nothing is stored in clear. */
export async function addUser(ctx: AccountsContext, actor: Actor, emailText: string, password?: string): Promise<{ user: PublicUser; generatedPassword: string | null }> {
  const email = normalEmail(emailText);
  if (await findUserByEmail(ctx.db, email)) throw new ReferableError('CONFLICT', `there is already an account for ${email}`);
  const generatedPassword = password === undefined ? generatePassword() : null;
  const passwordHash = await hashPassword(password ?? generatedPassword!);
  const user: UserRecord = { id: ctx.newId(), email, passwordHash, disabled: false, createdAt: ctx.now().toISOString() };
  await ctx.db.transaction().execute(async (trx) => {
    await insertUser(trx, user);
    await audit({ ...ctx, db: trx }, actor, 'user-add', email);
  });
  return { user: publicUser(user), generatedPassword };
}

export async function listUsers(ctx: AccountsContext): Promise<PublicUser[]> {
  return (await listUserRows(ctx.db)).map(publicUser);
}

export async function requireUser(ctx: AccountsContext, emailText: string): Promise<UserRecord> {
  const email = normalEmail(emailText);
  const user = await findUserByEmail(ctx.db, email);
  if (!user) throw new ReferableError('NOT_FOUND', `there is no account for ${email}; an administrator adds it first`, undefined, { text: 'Add the account', command: `referable users add ${email}` });
  return user;
}

/** Disables the account and signs it out everywhere; its API tokens stop working too (they check the account). */
export async function disableUser(ctx: AccountsContext, actor: Actor, emailText: string): Promise<PublicUser> {
  const user = await requireUser(ctx, emailText);
  await ctx.db.transaction().execute(async (trx) => {
    await setUserDisabled(trx, user.id, true);
    await deleteSessionsOf(trx, user.id);
    await audit({ ...ctx, db: trx }, actor, 'user-disable', user.email);
  });
  return publicUser({ ...user, disabled: true });
}
