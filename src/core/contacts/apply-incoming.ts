// How one imported record changes one stored contact: which fields move, which are protected, which events follow.
import type { Contact, ContactInput, ImportedField } from './contact.ts';
import type { ContactEvent, JobSnapshot } from './contact-event.ts';
import { canonicalLinkedinUrl, linkedinSlug, nameKey, normalizeEmail } from './identity.ts';
import { digitsPhoneKey, phoneKeysOf, type PhoneKey } from './phone-key.ts';
import { companyKey } from '../companies/company-key.ts';

function union(base: string[], extra: string[]): string[] {
  const seen = new Set(base.map((value) => value.toLowerCase()));
  const out = [...base];
  for (const value of extra) {
    if (value && !seen.has(value.toLowerCase())) {
      seen.add(value.toLowerCase());
      out.push(value);
    }
  }
  return out;
}

/** A new contact from an imported record. */
export function contactFromInput(input: ContactInput, id: string, source: string, now: string, phoneKey: PhoneKey = digitsPhoneKey): Contact {
  const url = input.linkedinUrl ? canonicalLinkedinUrl(input.linkedinUrl) : '';
  const phones = union([], input.phones);
  return {
    id,
    firstName: input.firstName,
    lastName: input.lastName,
    linkedinUrl: url,
    linkedinSlug: linkedinSlug(url),
    emails: union([], input.emails.map(normalizeEmail)),
    phones,
    phoneKeys: phoneKeysOf(phones, phoneKey),
    company: input.company,
    companyKey: companyKey(input.company),
    title: input.title,
    location: input.location,
    industry: input.industry,
    connectedOn: input.connectedOn,
    notes: input.notes,
    tags: union([], input.tags),
    rating: null,
    lockedFields: [],
    source,
    firstSeen: now,
    updatedAt: now,
  };
}

export interface AppliedChange {
  contact: Contact;
  changed: ImportedField[];
  /** Emails, phones, tags or notes grew. */
  listsGrew: boolean;
  event: Omit<ContactEvent, 'id' | 'importId'> | null;
}

/**
 * Applies an imported record to a stored contact. A LinkedIn export is the authority on a person's name, profile,
 * employer and title; an address book or prospect list only fills fields that are empty, unless that same source
 * set them (so a stale phone-book entry never "moves" someone back to an old employer). Fields the user edited by
 * hand are locked. Connection date keeps the earliest known. Lists only grow; notes are filled, never replaced.
 */
export function applyIncoming(stored: Contact, input: ContactInput, source: string, now: string, phoneKey: PhoneKey = digitsPhoneKey): AppliedChange {
  const next: Contact = { ...stored };
  const changed: ImportedField[] = [];
  const authoritative = source === 'linkedin' || stored.source === source;
  const locked = new Set(stored.lockedFields);

  const setField = (field: Exclude<ImportedField, 'connectedOn'>, value: string) => {
    if (!value || locked.has(field) || value === stored[field]) return;
    if (stored[field] && !authoritative) return;
    next[field] = value;
    changed.push(field);
  };
  // A partial name that folds to the stored one ("Manu" as a given name, stored as a family name) is the same name
  // written another way: moving it would make "Manu Manu", a name no file holds, and the next import a stranger.
  if (!(samePartialName(stored, input))) {
    setField('firstName', input.firstName);
    setField('lastName', input.lastName);
  }
  setField('linkedinUrl', input.linkedinUrl ? canonicalLinkedinUrl(input.linkedinUrl) : '');
  setField('company', input.company);
  setField('title', input.title);
  setField('location', input.location);
  setField('industry', input.industry);
  if (input.connectedOn && !locked.has('connectedOn') && (!stored.connectedOn || input.connectedOn < stored.connectedOn)) {
    next.connectedOn = input.connectedOn;
    changed.push('connectedOn');
  }
  next.linkedinSlug = linkedinSlug(next.linkedinUrl);
  next.companyKey = companyKey(next.company);

  next.emails = union(stored.emails, input.emails.map(normalizeEmail));
  next.phones = union(stored.phones, input.phones);
  // Keys follow the numbers; a key alone (a region set since) is no change worth a write, the index derives it too.
  next.phoneKeys = union(stored.phoneKeys, phoneKeysOf(next.phones, phoneKey));
  next.tags = union(stored.tags, input.tags);
  if (!stored.notes && input.notes) next.notes = input.notes;
  const listsGrew =
    next.emails.length !== stored.emails.length || next.phones.length !== stored.phones.length || next.tags.length !== stored.tags.length || next.notes !== stored.notes;

  let event: AppliedChange['event'] = null;
  const before: JobSnapshot = { company: stored.company, title: stored.title };
  const after: JobSnapshot = { company: next.company, title: next.title };
  if (stored.companyKey && next.companyKey !== stored.companyKey) {
    event = { contactId: stored.id, kind: 'job_change', before, after, observedAt: now };
  } else if (stored.title && next.title !== stored.title) {
    event = { contactId: stored.id, kind: 'title_change', before, after, observedAt: now };
  }
  if (changed.length > 0 || listsGrew) {
    next.updatedAt = now;
    if (authoritative && changed.length > 0) next.source = source;
  }
  return { contact: next, changed, listsGrew, event };
}

/** Folds a second record of the same person from the same file into the first: fill blanks, grow lists. */
export function fillBlanks(target: Contact, input: ContactInput, phoneKey: PhoneKey = digitsPhoneKey): Contact {
  const next = { ...target };
  // Names are filled only on a nameless card: two halves of one name ("Manu" given, "Manu" family) stay one name.
  if (!next.firstName && !next.lastName) {
    next.firstName = input.firstName;
    next.lastName = input.lastName;
  }
  for (const field of ['company', 'title', 'location', 'industry', 'connectedOn'] as const) {
    if (!next[field] && input[field]) next[field] = input[field];
  }
  if (!next.linkedinUrl && input.linkedinUrl) {
    next.linkedinUrl = canonicalLinkedinUrl(input.linkedinUrl);
    next.linkedinSlug = linkedinSlug(next.linkedinUrl);
  }
  next.companyKey = companyKey(next.company);
  next.emails = union(next.emails, input.emails.map(normalizeEmail));
  next.phones = union(next.phones, input.phones);
  next.phoneKeys = union(next.phoneKeys, phoneKeysOf(next.phones, phoneKey));
  next.tags = union(next.tags, input.tags);
  if (!next.notes) next.notes = input.notes;
  return next;
}

/** The record gives only one half of a name, and that half folds to the stored name. */
function samePartialName(stored: Contact, input: ContactInput): boolean {
  if (input.firstName && input.lastName) return false;
  return nameKey(input.firstName, input.lastName) === nameKey(stored.firstName, stored.lastName);
}
