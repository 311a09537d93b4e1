// Use cases for needs: record what a contact is struggling with, list them, close them when solved.
import { displayName, type Contact } from '../core/contacts/contact.ts';
import { ReferableError } from '../core/errors.ts';
import { findDuplicateNeed, parseNeedStatus, validateNeedInput, type Need } from '../core/referrals/need.ts';
import { todayOf, type AppContext } from './app-context.ts';
import { resolveContact } from './contacts.ts';
import { LIST_IDS } from './next-steps.ts';

export interface PartyView {
  id: string;
  name: string;
  company: string;
  title: string;
}

export interface NeedView {
  id: string;
  text: string;
  topic: string;
  deadline: string;
  status: Need['status'];
  closeNote: string;
  createdAt: string;
  closedAt: string;
  contact: PartyView;
}

type Party = Pick<Contact, 'id' | 'firstName' | 'lastName' | 'company' | 'title'>;

export function partyView(contact: Party | null | undefined, id = ''): PartyView {
  if (!contact) return { id, name: '(deleted contact)', company: '', title: '' };
  return { id: contact.id, name: displayName(contact), company: contact.company, title: contact.title };
}

export function needView(need: Need, contact: Party | null | undefined): NeedView {
  return {
    id: need.id,
    text: need.text,
    topic: need.topic,
    deadline: need.deadline,
    status: need.status,
    closeNote: need.closeNote,
    createdAt: need.createdAt,
    closedAt: need.closedAt,
    contact: partyView(contact, need.contactId),
  };
}

export interface AddNeedInput {
  /** An id, LinkedIn URL, email or unambiguous name. */
  contact: string;
  text: string;
  topic?: string;
  deadline?: string;
}

/** Checks the text first (an empty need is refused before the contact is looked up), then refuses an open duplicate. */
export async function addNeed(context: AppContext, input: AddNeedInput): Promise<NeedView> {
  const now = context.now().toISOString();
  // A deadline of the user's today is not in the past, whatever the UTC date is.
  const clean = validateNeedInput({ text: input.text, topic: input.topic, deadline: input.deadline }, todayOf(context));
  const contact = await resolveContact(context, input.contact);
  const ws = context.store.workspace;
  const need: Need = { id: context.newId(), contactId: contact.id, text: clean.text, topic: clean.topic, deadline: clean.deadline, status: 'open', closeNote: '', createdAt: now, closedAt: '' };
  await context.store.workspace.transaction(async (tx) => {
    const duplicate = findDuplicateNeed(await tx.needs.list({ status: 'open', contactId: contact.id }), contact.id, clean.text);
    if (duplicate) {
      throw new ReferableError('CONFLICT', `${displayName(contact)} already has this need open: ${duplicate.id} "${duplicate.text}"; nothing was added`, { needId: duplicate.id });
    }
    await tx.needs.insert(need);
  });
  return needView(need, contact);
}

export interface NeedQuery {
  /** open (default), closed or all. */
  status?: string;
  /** Only this contact's needs (a reference, or the contact already resolved). */
  contact?: string | Contact;
}

export async function listNeeds(context: AppContext, query: NeedQuery = {}): Promise<NeedView[]> {
  const status = parseNeedStatus(query.status ?? 'open');
  const contact = query.contact ? await resolveContact(context, query.contact) : null;
  const ws = context.store.workspace;
  const needs = await ws.needs.list({ status: status === 'all' ? undefined : status, contactId: contact?.id });
  const contacts = new Map<string, Party>(contact ? [[contact.id, contact]] : (await context.store.workspace.contacts.scoring()).map((c) => [c.id, c]));
  return needs.map((need) => needView(need, contacts.get(need.contactId)));
}

/** A need by id, or NOT_FOUND saying how to find ids. */
export async function needOrThrow(context: AppContext, needId: string): Promise<Need> {
  const id = needId.trim();
  const need = id ? await context.store.workspace.needs.get(id) : null;
  if (!need) throw new ReferableError('NOT_FOUND', `no need has the id "${needId}"`, undefined, LIST_IDS.needs);
  return need;
}

export async function closeNeed(context: AppContext, needId: string, options: { note?: string } = {}): Promise<NeedView> {
  const need = await needOrThrow(context, needId);
  if (need.status === 'closed') throw new ReferableError('CONFLICT', `need ${need.id} was already closed on ${need.closedAt.slice(0, 10)}; nothing changed`, { needId: need.id });
  const closedAt = context.now().toISOString();
  const note = (options.note ?? '').trim();
  await context.store.workspace.transaction(async (tx) => {
    // Read again under the write lock: a need closed meanwhile by another writer stays closed with its own note.
    const stored = await tx.needs.get(need.id);
    if (stored?.status === 'closed') throw new ReferableError('CONFLICT', `need ${need.id} was already closed on ${stored.closedAt.slice(0, 10)}; nothing changed`, { needId: need.id });
    await tx.needs.close(need.id, closedAt, note);
  });
  const contact = await context.store.workspace.contacts.get(need.contactId);
  return needView({ ...need, status: 'closed', closedAt, closeNote: note }, contact);
}
