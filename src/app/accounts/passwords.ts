// Passwords: argon2id (OWASP's minimum parameters: 19 MiB, 2 passes, 1 lane), in PHC form with its salt.
import { randomBytes } from 'node:crypto';
import { hash, verify, type Algorithm } from '@node-rs/argon2';
import { ReferableError } from '../../core/errors.ts';

/** Algorithm.Argon2id: the enum is a `const enum`, which cannot be imported under isolatedModules. */
const ARGON2ID = 2 as Algorithm;
export const PASSWORD_RULES = { minLength: 12, maxLength: 200 };

export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_RULES.minLength) return `is ${password.length} characters long; it needs at least ${PASSWORD_RULES.minLength}`;
  if (password.length > PASSWORD_RULES.maxLength) return `is longer than ${PASSWORD_RULES.maxLength} characters`;
  return null;
}

export async function hashPassword(password: string): Promise<string> {
  const problem = passwordProblem(password);
  if (problem) throw new ReferableError('INVALID_INPUT', `the password ${problem}`);
  return hash(password, { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  if (password.length > PASSWORD_RULES.maxLength) return false;
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** A hash no password matches, verified for unknown emails so they take as long as known ones (no enumeration). */
let decoy: Promise<string> | null = null;
export function decoyHash(): Promise<string> {
  return (decoy ??= hash(randomBytes(24).toString('base64url'), { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 }));
}

/** 20 characters from a 57-letter alphabet without look-alikes (about 116 bits), for `users add` without a password. */
export function generatePassword(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  const bytes = randomBytes(40);
  let out = '';
  for (const byte of bytes) {
    // Rejection sampling: 228 = 4 * 57, so every letter is equally likely.
    if (byte < 228) out += alphabet[byte % 57];
    if (out.length === 20) break;
  }
  return out.length === 20 ? out : generatePassword();
}
