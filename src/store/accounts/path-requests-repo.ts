// Path requests between cohort teammates (migration 008): one row each, its history and what was revealed in JSON.
import type { PathRequestHistoryEntry, PathRequestState } from '../../core/accounts/path-request.ts';
import type { AccountsDb, PathRequestsTable } from './account-schema.ts';

/** A person the teammate agreed to introduce (written only on acceptance). */
export interface RevealedPerson {
  name: string;
  title: string;
  company: string;
  linkedinUrl: string;
}

export interface PathRequestRecord {
  id: string;
  cohortId: string;
  seekerId: string;
  seekerWorkspace: string;
  memberId: string;
  memberWorkspace: string;
  company: string;
  companyKey: string;
  message: string;
  state: PathRequestState;
  createdAt: string;
  expiresAt: string;
  history: PathRequestHistoryEntry[];
  revealed: RevealedPerson[];
}

function toRecord(row: PathRequestsTable): PathRequestRecord {
  return {
    id: row.request_id,
    cohortId: row.cohort_id,
    seekerId: row.seeker_id,
    seekerWorkspace: row.seeker_workspace,
    memberId: row.member_id,
    memberWorkspace: row.member_workspace,
    company: row.company,
    companyKey: row.company_key,
    message: row.message,
    state: row.state as PathRequestState,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    history: JSON.parse(row.history) as PathRequestHistoryEntry[],
    revealed: JSON.parse(row.revealed) as RevealedPerson[],
  };
}

function toRow(record: PathRequestRecord): PathRequestsTable {
  return {
    request_id: record.id,
    cohort_id: record.cohortId,
    seeker_id: record.seekerId,
    seeker_workspace: record.seekerWorkspace,
    member_id: record.memberId,
    member_workspace: record.memberWorkspace,
    company: record.company,
    company_key: record.companyKey,
    message: record.message,
    state: record.state,
    created_at: record.createdAt,
    expires_at: record.expiresAt,
    history: JSON.stringify(record.history),
    revealed: JSON.stringify(record.revealed),
  };
}

export async function insertPathRequest(db: AccountsDb, record: PathRequestRecord): Promise<void> {
  await db.insertInto('path_requests').values(toRow(record)).execute();
}

/** Writes a move: only if the row is still in the state it was read in (a concurrent answer loses, not both win). */
export async function updatePathRequest(db: AccountsDb, record: PathRequestRecord, expectedState: PathRequestState): Promise<boolean> {
  const result = await db
    .updateTable('path_requests')
    .set({ state: record.state, history: JSON.stringify(record.history), revealed: JSON.stringify(record.revealed) })
    .where('request_id', '=', record.id)
    .where('state', '=', expectedState)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function findPathRequest(db: AccountsDb, id: string): Promise<PathRequestRecord | null> {
  const row = await db.selectFrom('path_requests').selectAll().where('request_id', '=', id).executeTakeFirst();
  return row ? toRecord(row) : null;
}

/** Requests a person sent or received, newest first. */
export async function pathRequestsOf(db: AccountsDb, userId: string): Promise<PathRequestRecord[]> {
  const rows = await db
    .selectFrom('path_requests')
    .selectAll()
    .where((eb) => eb.or([eb('seeker_id', '=', userId), eb('member_id', '=', userId)]))
    .orderBy('created_at', 'desc')
    .orderBy('request_id')
    .execute();
  return rows.map(toRecord);
}
