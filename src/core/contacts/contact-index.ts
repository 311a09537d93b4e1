// Lookup of stored contacts by the three dedupe keys: LinkedIn slug, email, then name + company.
import type { Contact, ContactInput } from './contact.ts';
import { linkedinSlug, nameKey, normalizeEmail, personKey } from './identity.ts';

export class ContactIndex {
  private readonly bySlug = new Map<string, string>();
  private readonly byEmail = new Map<string, string>();
  private readonly byPerson = new Map<string, string>();
  private readonly byName = new Map<string, string[]>();
  readonly contacts = new Map<string, Contact>();

  constructor(contacts: Iterable<Contact>) {
    for (const contact of contacts) this.add(contact);
  }

  add(contact: Contact): void {
    this.contacts.set(contact.id, contact);
    if (contact.linkedinSlug) this.bySlug.set(contact.linkedinSlug, contact.id);
    for (const email of contact.emails) if (!this.byEmail.has(email)) this.byEmail.set(email, contact.id);
    const person = personKey(contact.firstName, contact.lastName, contact.company);
    if (person && !this.byPerson.has(person)) this.byPerson.set(person, contact.id);
    const name = nameKey(contact.firstName, contact.lastName);
    if (name) this.byName.set(name, [...(this.byName.get(name) ?? []), contact.id]);
  }

  /** Re-indexes a contact whose keys may have changed (new email, URL or employer). Old keys keep pointing at it. */
  replace(contact: Contact): void {
    this.add(contact);
  }

  /**
   * The stored contact this record is, if any. Two different LinkedIn profiles are never the same person, even with
   * the same name at the same company.
   */
  match(input: Pick<ContactInput, 'linkedinUrl' | 'emails' | 'firstName' | 'lastName' | 'company'>): Contact | undefined {
    const slug = linkedinSlug(input.linkedinUrl);
    if (slug) {
      const id = this.bySlug.get(slug);
      if (id) return this.contacts.get(id);
    }
    const compatible = (contact: Contact | undefined) =>
      contact && (!slug || !contact.linkedinSlug || contact.linkedinSlug === slug) ? contact : undefined;
    for (const raw of input.emails) {
      const email = normalizeEmail(raw);
      const found = compatible(email ? this.contacts.get(this.byEmail.get(email) ?? '') : undefined);
      if (found) return found;
    }
    const person = personKey(input.firstName, input.lastName, input.company);
    if (person) return compatible(this.contacts.get(this.byPerson.get(person) ?? ''));
    // A record with nothing but a name (old exports, "Open to work" with no employer) is the one stored contact of
    // that name that also has no profile and no employer; otherwise every re-import would add it again.
    if (!slug && !input.company.trim() && input.emails.every((email) => !normalizeEmail(email))) {
      return this.matchNameOnly(input.firstName, input.lastName);
    }
    return undefined;
  }

  /**
   * The stored contact a name-only record stands for: among same-named contacts without profile or employer, the
   * only one, or else the first one that has no email either (the name-only record it was created from).
   */
  private matchNameOnly(firstName: string, lastName: string): Contact | undefined {
    const candidates = [...new Set(this.byName.get(nameKey(firstName, lastName)) ?? [])]
      .map((id) => this.contacts.get(id)!)
      .filter((contact) => !contact.linkedinSlug && !contact.companyKey);
    if (candidates.length === 1) return candidates[0];
    return candidates.find((contact) => contact.emails.length === 0);
  }

  /** For signals that carry only a name (recommendations): the one contact with that name, if exactly one. */
  matchUniqueName(firstName: string, lastName: string): Contact | undefined {
    const ids = [...new Set(this.byName.get(nameKey(firstName, lastName)) ?? [])];
    return ids.length === 1 ? this.contacts.get(ids[0]) : undefined;
  }
}
