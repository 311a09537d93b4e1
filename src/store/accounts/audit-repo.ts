// The audit log: append-only; who did what, when, from where.
import type { AuditAction } from '../../core/accounts/roles.ts';
import type { AccountsDb } from './account-schema.ts';

export interface AuditEvent {
  id: string;
  at: string;
  /** The user who acted; '' for an administrator at the CLI or an unknown person (a failed sign-in). */
  actorId: string;
  action: AuditAction;
  /** What it was about: an email, a token id, a workspace, a cohort. */
  subject: string;
  detail: Record<string, unknown>;
  ip: string;
}

export async function appendAudit(db: AccountsDb, event: AuditEvent): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({ event_id: event.id, at: event.at, actor_id: event.actorId, action: event.action, subject: event.subject, detail: JSON.stringify(event.detail), ip: event.ip })
    .execute();
}

/** Newest first; only events about `subject` when given. */
export async function listAudit(db: AccountsDb, options: { subject?: string; limit?: number } = {}): Promise<AuditEvent[]> {
  let query = db.selectFrom('audit_log').selectAll();
  if (options.subject !== undefined) query = query.where('subject', '=', options.subject);
  const rows = await query.orderBy('at', 'desc').orderBy('event_id', 'desc').limit(options.limit ?? 100).execute();
  return rows.map((row) => ({
    id: row.event_id,
    at: row.at,
    actorId: row.actor_id,
    action: row.action as AuditAction,
    subject: row.subject,
    detail: JSON.parse(row.detail) as Record<string, unknown>,
    ip: row.ip,
  }));
}
