// Use case: one change to a contact that edits fields, tags and rating together, all of it or none of it.
import { ReferableError } from '../core/errors.ts';
import type { AppContext } from './app-context.ts';
import { EDITABLE_FIELDS, type EditableField } from './contact-options.ts';
import { editedContact, ratedContact, resolveContact, summarize, taggedContact, type ContactSummary } from './contacts.ts';

export interface ContactUpdate {
  /** Fields edited by hand (each is then kept on re-import). */
  fields?: Partial<Record<EditableField, string>>;
  /** The full set of tags: replaces them. */
  tags?: string[];
  addTags?: string[];
  removeTags?: string[];
  /** 1 (barely know them) to 5 (would vouch for me); null clears it. */
  rating?: number | null;
}

export const UPDATE_KEYS = [...EDITABLE_FIELDS, 'tags', 'addTags', 'removeTags', 'rating'] as const;

/** Refuses an update that changes nothing or mixes the two ways of changing tags (before anything is read). */
export function checkContactUpdate(update: ContactUpdate): void {
  const hasTagEdit = update.addTags !== undefined || update.removeTags !== undefined;
  if (Object.keys(update.fields ?? {}).length === 0 && update.tags === undefined && !hasTagEdit && update.rating === undefined) {
    throw new ReferableError('INVALID_INPUT', `nothing to change; send one of ${UPDATE_KEYS.join(', ')}`);
  }
  if (update.tags !== undefined && hasTagEdit) {
    throw new ReferableError('INVALID_INPUT', 'send either tags (the full set) or addTags/removeTags, not both');
  }
}

/**
 * Applies the fields, then the tags, then the rating in one transaction: if any part is refused (a bad email, a
 * rating of 6) nothing is changed. Returns the contact as it now stands.
 */
export async function updateContact(context: AppContext, reference: string, update: ContactUpdate): Promise<ContactSummary> {
  checkContactUpdate(update);
  const fields = update.fields ?? {};
  const hasFields = Object.keys(fields).length > 0;
  const hasTagEdit = update.addTags !== undefined || update.removeTags !== undefined;
  return context.store.workspace.transaction(async (tx) => {
    // Read once, inside the workspace's write lock (no other writer can change it meanwhile), changed in memory part
    // by part, and written once: on a busy PostgreSQL server every statement inside the lock is a round trip that the
    // writes queued behind this one wait for.
    const contact = await resolveContact({ ...context, store: { ...context.store, workspace: tx } }, reference);
    const now = context.now().toISOString();
    let next = contact;
    if (hasFields) next = editedContact(next, fields, now);
    if (update.tags !== undefined) next = taggedContact(next, update.tags, contact.tags, now);
    else if (hasTagEdit) next = taggedContact(next, update.addTags ?? [], update.removeTags ?? [], now);
    if (update.rating !== undefined) next = ratedContact(next, update.rating, now);
    await tx.contacts.update([next]);
    return summarize(next);
  });
}
