// Use cases: where the data lives and how much is there (for `init`, status lines and the API), and the import history.
import type { AppContext } from './app-context.ts';

export async function workspaceInfo(context: AppContext) {
  const ws = context.store.workspace;
  const members = await ws.members.list();
  const me = members.find((member) => member.isMe);
  return {
    dialect: context.store.dialect.name,
    location: context.store.dialect.location,
    workspace: ws.id,
    contacts: await ws.contacts.count(),
    /** The member whose network was imported first ("me"), or null before any import. */
    me: me ? { id: me.id, name: me.name } : null,
    members: members.map((member) => ({ id: member.id, name: member.name, isMe: member.isMe })),
  };
}

export interface ImportHistoryEntry {
  id: string;
  fileName: string;
  source: string;
  /** Whose network the file was: "me" or a teammate's name. */
  member: string;
  startedAt: string;
  finishedAt: string;
  added: number;
  updated: number;
  unchanged: number;
  skipped: number;
  errors: number;
  warnings: number;
}

/** Past imports, newest first, with counts (the issues themselves are in `referable import --json` and backups). */
export async function importHistory(context: AppContext): Promise<ImportHistoryEntry[]> {
  const ws = context.store.workspace;
  const [imports, members] = await Promise.all([ws.history.imports(), ws.members.list()]);
  const names = new Map(members.map((member) => [member.id, member.isMe ? 'me' : member.name]));
  return imports.reverse().map((entry) => ({
    id: entry.id,
    fileName: entry.fileName,
    source: entry.source,
    member: names.get(entry.memberId) ?? entry.memberId,
    startedAt: entry.startedAt,
    finishedAt: entry.finishedAt,
    added: entry.added,
    updated: entry.updated,
    unchanged: entry.unchanged,
    skipped: entry.skipped,
    errors: entry.issues.filter((issue) => issue.severity === 'error').length,
    warnings: entry.issues.filter((issue) => issue.severity === 'warning').length,
  }));
}
