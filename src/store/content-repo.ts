// The content ledger in the store: items created or shared (imported or added by hand), and the few reads the
// content suggestions and the referability index need from tables other features own (needs, introductions).
import type { RepoScope } from './repo-scope.ts';
import type { Kysely } from 'kysely';
import { ReferableError } from '../core/errors.ts';
import type { ContentInput } from '../core/content/content-item.ts';
import type { StoreDialect } from './dialects/store-dialect.ts';
import type { Database } from './schema.ts';

export interface StoredContentItem {
  memberId: string;
  url: string;
  kind: 'created' | 'shared';
  title: string;
  publishedOn: string;
  body: string;
  sharedUrl: string;
  source: string;
  createdAt: string;
  /** Set by hand. */
  topics: string[];
}

function parseTopics(text: string): string[] {
  try {
    const value = JSON.parse(text) as unknown;
    return Array.isArray(value) ? value.filter((topic): topic is string => typeof topic === 'string') : [];
  } catch {
    // A damaged topics cell must not hide the item.
    return [];
  }
}

/** One member's items (the go-to score is personal), newest first. */
async function listContentItems(db: Kysely<Database>, workspaceId: string, memberId: string): Promise<StoredContentItem[]> {
  const rows = await db
    .selectFrom('content_items')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('member_id', '=', memberId)
    .orderBy('published_on', 'desc')
    .orderBy('url')
    .execute();
  return rows.map((row) => ({
    memberId: row.member_id,
    url: row.url,
    kind: row.kind === 'created' ? 'created' : 'shared',
    title: row.title,
    publishedOn: row.published_on,
    body: row.body,
    sharedUrl: row.shared_url,
    source: row.source,
    createdAt: row.created_at,
    topics: parseTopics(row.topics),
  }));
}

/** Adds one item by hand; an item with the same URL (as the item or as the piece it shares) is refused. */
async function insertContentItem(db: Kysely<Database>, workspaceId: string, item: StoredContentItem): Promise<void> {
  const existing = await db
    .selectFrom('content_items')
    .select(['url', 'title', 'published_on'])
    .where('workspace_id', '=', workspaceId)
    .where('member_id', '=', item.memberId)
    .where((eb) => eb.or([eb('url', '=', item.url), eb('shared_url', '=', item.url)]))
    .executeTakeFirst();
  if (existing) {
    throw new ReferableError('CONFLICT', `${item.url} is already in your content ledger (${existing.published_on || 'undated'}${existing.title ? `, "${existing.title.slice(0, 60)}"` : ''}); nothing was added`, { url: item.url });
  }
  await db
    .insertInto('content_items')
    .values({
      workspace_id: workspaceId,
      member_id: item.memberId,
      url: item.url,
      kind: item.kind,
      title: item.title,
      published_on: item.publishedOn,
      body: item.body,
      shared_url: item.sharedUrl,
      source: item.source,
      created_at: item.createdAt,
      topics: JSON.stringify(item.topics),
    })
    .execute();
}

/** Open needs per contact (text and topic), for matching content to people. */
async function openNeedTexts(db: Kysely<Database>, workspaceId: string): Promise<Map<string, string[]>> {
  const rows = await db.selectFrom('needs').select(['contact_id', 'text', 'topic']).where('workspace_id', '=', workspaceId).where('status', '=', 'open').orderBy('created_at').execute();
  const byContact = new Map<string, string[]>();
  for (const row of rows) {
    const list = byContact.get(row.contact_id) ?? [];
    list.push(row.topic ? `${row.text} (${row.topic})` : row.text);
    byContact.set(row.contact_id, list);
  }
  return byContact;
}

/** Content is keyed by URL per member: re-importing Shares.csv updates items in place, never duplicates them. */
async function upsertContent(db: Kysely<Database>, dialect: StoreDialect, workspaceId: string, memberId: string, items: ContentInput[], now: string): Promise<number> {
  const existing = new Set(
    (await db.selectFrom('content_items').select('url').where('workspace_id', '=', workspaceId).where('member_id', '=', memberId).execute()).map((row) => row.url),
  );
  const fresh = [...new Map(items.filter((item) => !existing.has(item.url)).map((item) => [item.url, item])).values()];
  await dialect.writeRows(
    db,
    'content_items',
    fresh.map((item) => ({
      workspace_id: workspaceId,
      member_id: memberId,
      url: item.url,
      kind: item.kind,
      title: item.title,
      published_on: item.publishedOn,
      body: item.text,
      shared_url: item.sharedUrl,
      source: item.source,
      created_at: now,
    })),
  );
  return fresh.length;
}

async function countContent(db: Kysely<Database>, workspaceId: string): Promise<number> {
  const row = await db.selectFrom('content_items').select((eb) => eb.fn.countAll().as('n')).where('workspace_id', '=', workspaceId).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The content ledger (and what matching content to people reads) bound to one workspace. */
export function contentRepo({ db, dialect, workspaceId }: RepoScope) {
  return {
    list: (memberId: string) => listContentItems(db, workspaceId, memberId),
    insert: (item: StoredContentItem) => insertContentItem(db, workspaceId, item),
    upsert: (memberId: string, items: ContentInput[], now: string) => upsertContent(db, dialect, workspaceId, memberId, items, now),
    count: () => countContent(db, workspaceId),
    openNeedTexts: () => openNeedTexts(db, workspaceId),
  };
}
export type ContentRepo = ReturnType<typeof contentRepo>;
