// Lookup of stored contacts by the dedupe keys, in order: LinkedIn slug, email, phone, name + company, then name alone
// when nothing tells the two apart. How Referable decides who is who is documented in the README ("Who is who").
import type { Contact, ContactInput } from './contact.ts';
import { joinPersonKey, linkedinSlug, nameKey, normalizeEmail } from './identity.ts';
import { companyKey } from '../companies/company-key.ts';
import { digitsPhoneKey, phoneKeysOf, type PhoneKey } from './phone-key.ts';

/** What matching reads of a record; phones are optional for signals, which carry none. */
export type MatchInput = Pick<ContactInput, 'linkedinUrl' | 'emails' | 'firstName' | 'lastName' | 'company'> & { phones?: readonly string[] };

/** What a record is matched by: its profile slug, emails, phone keys, name key, company key and name + company. */
export interface RecordKeys {
  slug: string;
  emails: string[];
  phones: string[];
  name: string;
  company: string;
  person: string;
}

function push(map: Map<string, string[]>, key: string, id: string): void {
  const ids = map.get(key);
  if (!ids) map.set(key, [id]);
  else if (!ids.includes(id)) ids.push(id);
}

function disjoint(a: ReadonlySet<string>, b: readonly string[]): boolean {
  return b.every((value) => !a.has(value));
}

export class ContactIndex {
  private readonly bySlug = new Map<string, string>();
  private readonly byEmail = new Map<string, string>();
  private readonly byPhone = new Map<string, string[]>();
  private readonly byPerson = new Map<string, string[]>();
  private readonly byName = new Map<string, string[]>();
  /** Each contact's phone keys: the stored ones and the ones its numbers give with today's region (none: no entry). */
  private readonly phoneKeys = new Map<string, Set<string>>();
  /** Each contact's name key, as last indexed. */
  private readonly names = new Map<string, string>();
  readonly contacts = new Map<string, Contact>();
  /** How many indexed contacts carry nothing but a name (see matchName). */
  private bareContacts = 0;

  constructor(contacts: Iterable<Contact>, private readonly phoneKey: PhoneKey = digitsPhoneKey) {
    for (const contact of contacts) this.add(contact);
  }

  /**
   * Indexes a contact. `keys` are the name keys of the record it was made from, when the caller just matched that
   * record (see lookup): a new contact has the record's name and employer, so they are not read again.
   */
  add(contact: Contact, recordKeys?: Pick<RecordKeys, 'name' | 'person'>): void {
    const previous = this.contacts.get(contact.id);
    if (previous && !this.carries(previous)) this.bareContacts--;
    this.contacts.set(contact.id, contact);
    if (contact.linkedinSlug) this.bySlug.set(contact.linkedinSlug, contact.id);
    for (const email of contact.emails) if (!this.byEmail.has(email)) this.byEmail.set(email, contact.id);
    // Stored keys cover the numbers of a contact written since migration 005; older rows and numbers edited by hand
    // are read again (the number parser is the costly part of matching a large phone book).
    const stored = contact.phoneKeys ?? [];
    const derived = stored.length >= contact.phones.length ? [] : phoneKeysOf(contact.phones, this.phoneKey);
    if (stored.length > 0 || derived.length > 0) {
      // Most contacts of a LinkedIn export have no number: they get no set at all.
      const keys = this.phoneKeys.get(contact.id) ?? new Set<string>();
      for (const list of [stored, derived]) {
        for (const key of list) {
          keys.add(key);
          push(this.byPhone, key, contact.id);
        }
      }
      this.phoneKeys.set(contact.id, keys);
    }
    const name = recordKeys ? recordKeys.name : nameKey(contact.firstName, contact.lastName);
    const person = recordKeys ? recordKeys.person : joinPersonKey(name, companyKey(contact.company));
    if (person) push(this.byPerson, person, contact.id);
    this.names.set(contact.id, name);
    if (name) push(this.byName, name, contact.id);
    if (!this.carries(contact)) this.bareContacts++;
  }

  /** Re-indexes a contact whose keys may have changed (new email, phone, URL or employer). Old keys keep pointing at it. */
  replace(contact: Contact): void {
    this.add(contact);
  }

  /**
   * The stored contact this record is, if any. Two different LinkedIn profiles are never the same person, even with
   * the same name at the same company; two people with different names are never one because they share a phone.
   * Signals pass byNameAlone: false: a message or recommendation names one person, so it takes a unique name instead.
   */
  match(input: MatchInput, options: { byNameAlone?: boolean } = {}): Contact | undefined {
    return this.lookup(input, options).contact;
  }

  /** The match keys of a record, each read once. */
  keysOf(input: MatchInput): RecordKeys {
    const name = nameKey(input.firstName, input.lastName);
    const company = companyKey(input.company);
    return {
      slug: linkedinSlug(input.linkedinUrl),
      emails: input.emails.length === 0 ? [] : input.emails.map(normalizeEmail).filter(Boolean),
      phones: input.phones && input.phones.length > 0 ? phoneKeysOf(input.phones, this.phoneKey) : [],
      name,
      company,
      person: joinPersonKey(name, company),
    };
  }

  /** match(), with the record's keys: a caller that adds the record as a new contact passes them on to add(). */
  lookup(input: MatchInput, options: { byNameAlone?: boolean } = {}): { contact: Contact | undefined; keys: RecordKeys } {
    const keys = this.keysOf(input);
    return { contact: this.matchKeys(keys, options), keys };
  }

  private matchKeys(keys: RecordKeys, options: { byNameAlone?: boolean }): Contact | undefined {
    const { slug, emails, phones, name, company, person } = keys;
    if (slug) {
      const id = this.bySlug.get(slug);
      if (id) return this.contacts.get(id);
    }
    const compatible = (contact: Contact | undefined) =>
      contact && (!slug || !contact.linkedinSlug || contact.linkedinSlug === slug) ? contact : undefined;
    for (const email of emails) {
      const found = compatible(this.contacts.get(this.byEmail.get(email) ?? ''));
      if (found) return found;
    }
    const byPhone = this.matchPhone(phones, name, company, compatible);
    if (byPhone) return byPhone;
    // Name and employer agree; two different numbers still mean two people (two Marios at one shop).
    const byPerson = this.ids(this.byPerson, person)
      .map((id) => compatible(this.contacts.get(id)))
      .find((contact) => contact && !this.phonesConflict(contact, phones));
    if (byPerson) return byPerson;
    const carriesIdentity = Boolean(slug || emails.length > 0 || phones.length > 0 || company);
    return name && options.byNameAlone !== false ? this.matchName(name, carriesIdentity) : undefined;
  }

  /**
   * A shared number is the same person when the names agree: the same name key, or one side has no name at all (a
   * phone-only or organisation-only card). Among several, the one with the same name wins; a nameless card whose
   * number several differently named people share (a family's landline) stays a card of its own.
   */
  private matchPhone(phones: string[], name: string, company: string, compatible: (contact: Contact | undefined) => Contact | undefined): Contact | undefined {
    if (phones.length === 0) return undefined;
    const candidates = [...new Set(phones.flatMap((key) => this.byPhone.get(key) ?? []))]
      .map((id) => compatible(this.contacts.get(id)))
      .filter((contact): contact is Contact => contact !== undefined);
    const nameOf = (contact: Contact) => this.names.get(contact.id) ?? nameKey(contact.firstName, contact.lastName);
    // Two nameless cards are two organisations when their organisations differ.
    const sameOrganisation = (contact: Contact) => name || !company || !contact.companyKey || contact.companyKey === company;
    const same = candidates.find((contact) => nameOf(contact) === name && sameOrganisation(contact));
    if (same) return same;
    const open = candidates.filter((contact) => !name || !nameOf(contact));
    return open.length === 1 ? open[0] : undefined;
  }

  /** Both have phones and share none: two people, whatever their names. */
  private phonesConflict(contact: Contact, phones: string[]): boolean {
    const stored = this.phoneKeys.get(contact.id) ?? new Set<string>();
    return phones.length > 0 && stored.size > 0 && disjoint(stored, phones);
  }

  /**
   * The name alone decides only when nothing can tell the two apart. A record with nothing but the name is the
   * same-named contact (one that has nothing else either, else the first stored); a record that carries a profile, an
   * email, a phone or an employer is only a same-named contact that carries none of these. Two sides that both carry
   * something and did not match on it stay two people: "two different phones or emails mean two people", and the
   * rule gives the same people whatever order the rows come in.
   */
  private matchName(name: string, recordCarriesIdentity: boolean): Contact | undefined {
    // Only a contact that carries nothing can take a record that does: with none stored, there is nothing to look at.
    if (recordCarriesIdentity && this.bareContacts === 0) return undefined;
    const ids = this.ids(this.byName, name);
    for (const id of ids) {
      const contact = this.contacts.get(id)!;
      if (!this.carries(contact)) return contact;
    }
    return recordCarriesIdentity || ids.length === 0 ? undefined : this.contacts.get(ids[0]);
  }

  /** Whether a contact has anything besides its name to be told apart by: a profile, an employer, an email, a phone. */
  private carries(contact: Contact): boolean {
    return Boolean(contact.linkedinSlug || contact.companyKey || contact.emails.length > 0 || (this.phoneKeys.get(contact.id)?.size ?? 0) > 0);
  }


  private ids(map: Map<string, string[]>, key: string): string[] {
    return map.get(key) ?? [];
  }

  /** For signals that carry only a name (recommendations): the one contact with that name, if exactly one. */
  matchUniqueName(firstName: string, lastName: string): Contact | undefined {
    const ids = this.ids(this.byName, nameKey(firstName, lastName));
    return ids.length === 1 ? this.contacts.get(ids[0]) : undefined;
  }
}
