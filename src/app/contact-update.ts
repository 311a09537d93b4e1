// Use case: one change to a contact that edits fields, tags and rating together, all of it or none of it.
import { ReferableError } from '../core/errors.ts';
import type { AppContext } from './app-context.ts';
import { EDITABLE_FIELDS, type EditableField } from './contact-options.ts';
import { editContact, rateContact, resolveContact, summarize, tagContact, type ContactSummary } from './contacts.ts';

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
    // The contacts use cases read and write through context.store.workspace: given the transaction, they all run inside it.
    const inside: AppContext = { ...context, store: { ...context.store, workspace: tx } };
    // Resolved once: an edit may change the name the reference matched.
    const contact = await resolveContact(inside, reference);
    if (hasFields) await editContact(inside, contact.id, fields);
    if (update.tags !== undefined) await tagContact(inside, contact.id, update.tags, contact.tags);
    else if (hasTagEdit) await tagContact(inside, contact.id, update.addTags ?? [], update.removeTags ?? []);
    if (update.rating !== undefined) await rateContact(inside, contact.id, update.rating);
    return summarize(await resolveContact(inside, contact.id));
  });
}
