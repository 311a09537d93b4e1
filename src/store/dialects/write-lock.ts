import { createHash } from 'node:crypto';
/** The PostgreSQL advisory-lock key of a workspace: 64 bits of a hash of its id, the same in every process. */
export function workspaceLockKey(workspaceId: string): string {
  return createHash('sha256').update(`referable-workspace:${workspaceId}`).digest().readBigInt64BE(0).toString();
}
