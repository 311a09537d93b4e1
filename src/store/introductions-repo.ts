// Introductions in the store: the workflow's current state plus its history as JSON.
import type { RepoScope } from './repo-scope.ts';
import type { Kysely, Selectable } from 'kysely';
import { isIntroState, type Introduction, type IntroHistoryEntry, type IntroOutcome } from '../core/referrals/intro-workflow.ts';
import type { Database, IntroductionsTable } from './schema.ts';

function parseHistory(text: string): IntroHistoryEntry[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? (value as IntroHistoryEntry[]) : [];
  } catch {
    // A damaged history must not hide the introduction; its state column still says where it stands.
    return [];
  }
}

export function rowToIntroduction(row: Selectable<IntroductionsTable>): Introduction {
  return {
    id: row.intro_id,
    needId: row.need_id,
    seekerId: row.seeker_id,
    helperId: row.helper_id,
    state: isIntroState(row.state) ? row.state : 'suggested',
    history: parseHistory(row.history),
    outcome: row.outcome as IntroOutcome | '',
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

async function insertIntroduction(db: Kysely<Database>, workspaceId: string, intro: Introduction): Promise<void> {
  await db
    .insertInto('introductions')
    .values({
      workspace_id: workspaceId,
      intro_id: intro.id,
      need_id: intro.needId,
      seeker_id: intro.seekerId,
      helper_id: intro.helperId,
      state: intro.state,
      history: JSON.stringify(intro.history),
      outcome: intro.outcome,
      created_at: intro.createdAt,
      updated_at: intro.updatedAt,
    })
    .execute();
}

/** Writes a step: state, history, outcome and time. */
async function updateIntroduction(db: Kysely<Database>, workspaceId: string, intro: Introduction): Promise<void> {
  await db
    .updateTable('introductions')
    .set({ state: intro.state, history: JSON.stringify(intro.history), outcome: intro.outcome, updated_at: intro.updatedAt })
    .where('workspace_id', '=', workspaceId)
    .where('intro_id', '=', intro.id)
    .execute();
}

async function getIntroduction(db: Kysely<Database>, workspaceId: string, introId: string): Promise<Introduction | null> {
  const row = await db.selectFrom('introductions').selectAll().where('workspace_id', '=', workspaceId).where('intro_id', '=', introId).executeTakeFirst();
  return row ? rowToIntroduction(row) : null;
}

/** Oldest first. The stored state is filtered here; expiry is computed by the caller (it depends on the clock). */
async function listIntroductions(db: Kysely<Database>, workspaceId: string, filter: { states?: string[]; needId?: string; contactId?: string } = {}): Promise<Introduction[]> {
  let query = db.selectFrom('introductions').selectAll().where('workspace_id', '=', workspaceId);
  if (filter.states) {
    if (filter.states.length === 0) return [];
    query = query.where('state', 'in', filter.states);
  }
  if (filter.needId) query = query.where('need_id', '=', filter.needId);
  if (filter.contactId) {
    const id = filter.contactId;
    query = query.where((eb) => eb.or([eb('seeker_id', '=', id), eb('helper_id', '=', id)]));
  }
  return (await query.orderBy('created_at').orderBy('intro_id').execute()).map(rowToIntroduction);
}

/** Introductions bound to one workspace. */
export function introductionsRepo({ db, workspaceId }: RepoScope) {
  return {
    insert: (intro: Introduction) => insertIntroduction(db, workspaceId, intro),
    update: (intro: Introduction) => updateIntroduction(db, workspaceId, intro),
    get: (introId: string) => getIntroduction(db, workspaceId, introId),
    list: (filter: { states?: string[]; needId?: string; contactId?: string } = {}) => listIntroductions(db, workspaceId, filter),
  };
}
export type IntroductionsRepo = ReturnType<typeof introductionsRepo>;
