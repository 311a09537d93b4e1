// Offers derived from what the imports already know: current and past positions, a teammate's skills, the skills
// people endorsed them for, and the user's tags. Computed on demand (never stored), so they follow every re-import.
//
// Endorsements count both ways they are known: the skills I (or a teammate) endorsed a contact for
// (Endorsement_Given_Info.csv, ties.signals.endorsedByMe), and the skills others endorsed a linked teammate for
// (the teammate's Endorsement_Received_Info.csv). Not used: the endorsements a contact gave *me*
// (ties.signals.endorsedSkills on my ties) say what I am good at, not what they are good at.
import type { DerivedOffer, Offer, OfferSource } from './offer.ts';

export interface OfferEvidence {
  contacts: readonly { id: string; title: string; company: string; tags: readonly string[] }[];
  /** Job and title changes between imports: the "before" side is a past position. */
  events: readonly { contactId: string; before: { title: string; company: string } }[];
  /** Teammates' own LinkedIn profiles (members linked to a contact): their skills and positions. */
  profiles: readonly { contactId: string; skills: readonly string[]; positions: readonly { title: string; company: string }[] }[];
  /**
   * Skills someone vouched a contact has: what a member endorsed them for, and what others endorsed a linked
   * teammate for. Several entries for one contact merge into one offer.
   */
  endorsements: readonly { contactId: string; skills: readonly string[] }[];
}

function position(title: string, company: string): string {
  const t = title.trim();
  const c = company.trim();
  return t && c ? `${t} at ${c}` : t || c;
}

function distinct(values: Iterable<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of values) {
    const value = raw.trim();
    const key = value.toLowerCase();
    if (!value || seen.has(key)) continue;
    seen.add(key);
    out.push(value);
  }
  return out;
}

/** Every derived offer, by contact in input order: skills, endorsements, tags, position, past positions. */
export function deriveOffers(evidence: OfferEvidence): DerivedOffer[] {
  const skills = new Map<string, string[]>();
  const pastPositions = new Map<string, string[]>();
  const endorsed = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, id: string, values: Iterable<string>) => {
    const list = map.get(id);
    if (list) list.push(...values);
    else map.set(id, [...values]);
  };
  for (const profile of evidence.profiles) {
    push(skills, profile.contactId, profile.skills);
    push(pastPositions, profile.contactId, profile.positions.map((p) => position(p.title, p.company)));
  }
  for (const event of evidence.events) push(pastPositions, event.contactId, [position(event.before.title, event.before.company)]);
  for (const entry of evidence.endorsements) push(endorsed, entry.contactId, entry.skills);

  const offers: DerivedOffer[] = [];
  for (const contact of evidence.contacts) {
    const id = contact.id;
    const ownSkills = skills.get(id);
    if (ownSkills) {
      const list = distinct(ownSkills);
      if (list.length) offers.push({ contactId: id, text: list.join(', '), source: 'skills' });
    }
    const endorsements = endorsed.get(id);
    if (endorsements) {
      const list = distinct(endorsements);
      if (list.length) offers.push({ contactId: id, text: `endorsed for ${list.join(', ')}`, source: 'endorsements' });
    }
    if (contact.tags.length) {
      const list = distinct(contact.tags);
      if (list.length) offers.push({ contactId: id, text: list.join(', '), source: 'tags' });
    }
    const current = position(contact.title, contact.company);
    if (current) offers.push({ contactId: id, text: current, source: 'position' });
    const past = pastPositions.get(id);
    if (past) {
      const currentKey = current.toLowerCase();
      for (const text of distinct(past)) if (text.toLowerCase() !== currentKey) offers.push({ contactId: id, text: `formerly ${text}`, source: 'past-position' });
    }
  }
  return offers;
}

/** One searchable document per possible helper: their offer texts by source. */
export interface HelperDocument {
  id: string;
  text: Record<OfferSource, string>;
}

function emptyText(): Record<OfferSource, string> {
  return { stated: '', skills: '', endorsements: '', tags: '', position: '', 'past-position': '' };
}

/** Stated (open) and derived offers grouped into one document per contact, in first-seen order. */
export function helperDocuments(stated: readonly Offer[], derived: readonly DerivedOffer[]): HelperDocument[] {
  const byId = new Map<string, HelperDocument>();
  const add = (contactId: string, source: OfferSource, text: string) => {
    let doc = byId.get(contactId);
    if (!doc) {
      doc = { id: contactId, text: emptyText() };
      byId.set(contactId, doc);
    }
    doc.text[source] = doc.text[source] ? `${doc.text[source]}; ${text}` : text;
  };
  for (const offer of stated) if (offer.status === 'open') add(offer.contactId, 'stated', offer.text);
  for (const offer of derived) add(offer.contactId, offer.source, offer.text);
  return [...byId.values()];
}
