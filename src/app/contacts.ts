// Use cases on contacts: list with filters, show, edit (locking the field), tag, rate; references resolve in contact-lookup.ts.
import type { Contact, ImportedField } from '../core/contacts/contact.ts';
import { displayName } from '../core/contacts/contact.ts';
import { canonicalLinkedinUrl, linkedinSlug, normalizeEmail } from '../core/contacts/identity.ts';
import { companyKey } from '../core/companies/company-key.ts';
import { ReferableError } from '../core/errors.ts';
import { marketNeededBy, queryContacts, queryRow, type ContactFilter, type ContactOrder } from '../core/contacts/contact-query.ts';
import { tieStrength } from '../core/ties/tie-strength.ts';
import { emptySignals } from '../core/ties/tie-signals.ts';
import type { AppContext } from './app-context.ts';
import { resolveContact } from './contact-lookup.ts';
import { summarize, type ContactSummary } from './contact-summary.ts';
import { EDITABLE_FIELDS, type EditableField } from './contact-options.ts';
import { scoreWorkspace, type MarketFacts } from './market-scoring.ts';
import { activeTarget } from './target.ts';
import { DEFINE_MARKET } from './next-steps.ts';

export { summarize, type ContactSummary } from './contact-summary.ts';
export { resolveContact } from './contact-lookup.ts';

/** A contact in a list: the summary plus where it stands in the active market (fit 0 and no reasons without one). */
export type ContactListItem = ContactSummary & { companyKey: string } & MarketFacts;

export { CONTACT_SORTS, EDITABLE_FIELDS, type ContactSort, type EditableField } from './contact-options.ts';

/** The query both shells run (core/contacts/contact-query.ts), plus paging. */
export interface ContactQuery extends ContactFilter, ContactOrder {
  limit?: number;
  offset?: number;
}

const NEEDS_MARKET = { inMarket: '--in-market', fit: '--sort fit' } as const;

/** A page of matches; `total` counts every match, `inWorkspace` every contact (so "no match" can tell "none imported" apart). */
export async function listContacts(context: AppContext, query: ContactQuery = {}): Promise<{ total: number; inWorkspace: number; contacts: ContactListItem[] }> {
  const market = await activeTarget(context);
  const needed = marketNeededBy(query);
  if (needed && !market) {
    throw new ReferableError('NOT_FOUND', `${NEEDS_MARKET[needed]} needs a target market: define one first`, undefined, DEFINE_MARKET);
  }
  const { contacts, facts } = await scoreWorkspace(context, market);
  const rows = contacts.map((contact) => queryRow(contact, { ...summarize(contact), companyKey: contact.companyKey, ...facts.get(contact.id)! }));
  const matches = queryContacts(rows, query);
  const offset = query.offset ?? 0;
  const page = query.limit === undefined ? matches.slice(offset) : matches.slice(offset, offset + query.limit);
  return { total: matches.length, inWorkspace: contacts.length, contacts: page.map((row) => row.item) };
}

export async function showContact(context: AppContext, reference: string | Contact) {
  const contact = await resolveContact(context, reference);
  const ws = context.store.workspace;
  const [ties, events, members] = await Promise.all([
    ws.ties.list({ contactId: contact.id }),
    ws.history.events(contact.id),
    ws.members.list(),
  ]);
  const memberNames = new Map(members.map((member) => [member.id, member.name]));
  return {
    ...summarize(contact),
    phones: contact.phones,
    industry: contact.industry,
    notes: contact.notes,
    source: contact.source,
    lockedFields: contact.lockedFields,
    firstSeen: contact.firstSeen,
    updatedAt: contact.updatedAt,
    ties: ties.map((tie) => {
      const strength = tieStrength({ kind: tie.kind, connectedOn: tie.connectedOn, signals: tie.signals, rating: contact.rating }, context.now().getTime());
      return { member: memberNames.get(tie.fromId) ?? tie.fromId, kind: tie.kind, connectedOn: tie.connectedOn, signals: tie.signals, strength: strength.strength, strengthReasons: strength.parts };
    }),
    events,
  };
}


/** The fields an edit changes; refused when there are none (before anything is looked up). */
function checkEdit(patch: Partial<Record<EditableField, string>>): EditableField[] {
  const fields = Object.keys(patch) as EditableField[];
  if (fields.length === 0) throw new ReferableError('INVALID_INPUT', `nothing to change; pass one of --${EDITABLE_FIELDS.join(', --')}`);
  return fields;
}

/** Refuses a rating that is not a whole number from 1 to 5 or none (before anything is looked up). */
function checkRating(rating: number | null): void {
  if (rating !== null && (!Number.isInteger(rating) || rating < 1 || rating > 5)) {
    throw new ReferableError('INVALID_INPUT', `a rating is a whole number from 1 (barely know them) to 5 (would vouch for me), or "none"; got ${rating}`);
  }
}

/**
 * The contact with fields edited by hand (trimmed, checked): edits by hand win over later imports, so every imported
 * field edited here is locked against re-imports.
 */
export function editedContact(contact: Contact, patch: Partial<Record<EditableField, string>>, now: string): Contact {
  const fields = checkEdit(patch);
  const next: Contact = { ...contact, updatedAt: now };
  const locked = new Set<ImportedField>(contact.lockedFields);
  for (const field of fields) {
    const value = (patch[field] ?? '').trim();
    if (field === 'email') {
      const email = normalizeEmail(value);
      if (!email) throw new ReferableError('INVALID_INPUT', `--email "${value}" is not an email address`);
      next.emails = [email, ...contact.emails.filter((existing) => existing !== email)];
    } else if (field === 'phone') {
      next.phones = [value, ...contact.phones.filter((existing) => existing !== value)];
    } else if (field === 'notes') {
      next.notes = value;
    } else if (field === 'linkedinUrl') {
      if (value && !linkedinSlug(value)) throw new ReferableError('INVALID_INPUT', `--linkedin-url "${value}" is not a LinkedIn profile URL (https://www.linkedin.com/in/...)`);
      next.linkedinUrl = value ? canonicalLinkedinUrl(value) : '';
      next.linkedinSlug = linkedinSlug(next.linkedinUrl);
      locked.add('linkedinUrl');
    } else {
      next[field] = value;
      locked.add(field);
    }
  }
  next.companyKey = companyKey(next.company);
  next.lockedFields = [...locked];
  return next;
}

/** The contact with tags added and removed (compared without case; a tag already there in any case is not added twice). */
export function taggedContact(contact: Contact, add: string[], remove: string[], now: string): Contact {
  const dropped = new Set(remove.map((tag) => tag.toLowerCase()));
  const tags = contact.tags.filter((tag) => !dropped.has(tag.toLowerCase()));
  for (const tag of add.map((value) => value.trim()).filter(Boolean)) {
    if (!tags.some((existing) => existing.toLowerCase() === tag.toLowerCase())) tags.push(tag);
  }
  return { ...contact, tags, updatedAt: now };
}

/** The contact with a rating from 1 to 5, or none (null). */
export function ratedContact(contact: Contact, rating: number | null, now: string): Contact {
  checkRating(rating);
  return { ...contact, rating, updatedAt: now };
}

export async function editContact(context: AppContext, reference: string, patch: Partial<Record<EditableField, string>>) {
  checkEdit(patch);
  const next = editedContact(await resolveContact(context, reference), patch, context.now().toISOString());
  await context.store.workspace.contacts.update([next]);
  return summarize(next);
}

export async function tagContact(context: AppContext, reference: string, add: string[], remove: string[]) {
  const next = taggedContact(await resolveContact(context, reference), add, remove, context.now().toISOString());
  await context.store.workspace.contacts.update([next]);
  return summarize(next);
}

export async function rateContact(context: AppContext, reference: string, rating: number | null) {
  checkRating(rating);
  const next = ratedContact(await resolveContact(context, reference), rating, context.now().toISOString());
  await context.store.workspace.contacts.update([next]);
  return summarize(next);
}

/**
 * "A knows B", entered by hand: a second-degree tie the exports cannot show (a manual tie, strength from its kind).
 * Stored once, from the first-named contact; the network treats it as mutual.
 */
export async function linkContacts(context: AppContext, first: string, second: string, options: { remove?: boolean } = {}) {
  const a = await resolveContact(context, first);
  const b = await resolveContact(context, second);
  if (a.id === b.id) throw new ReferableError('INVALID_INPUT', `${displayName(a)} is the same contact twice; name two different people`);
  const ws = context.store.workspace;
  const [from, to] = a.id < b.id ? [a, b] : [b, a];
  const key = { fromType: 'contact' as const, fromId: from.id, contactId: to.id, kind: 'manual' as const };
  if (options.remove) {
    const removed = await ws.ties.delete(key);
    if (removed === 0) throw new ReferableError('NOT_FOUND', `${displayName(a)} and ${displayName(b)} were not linked`);
    return { linked: false, a: summarize(a), b: summarize(b) };
  }
  const now = context.now().toISOString();
  await ws.ties.upsert([{ ...key, connectedOn: now.slice(0, 10), signals: emptySignals(), source: 'manual', updatedAt: now }]);
  return { linked: true, a: summarize(a), b: summarize(b) };
}
