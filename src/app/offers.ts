// Use cases for offers: state what a contact can help with, and list those with what the imports already tell us
// (positions, past positions, a teammate's skills, endorsements given and received, tags), each with its source.
import type { Contact } from '../core/contacts/contact.ts';
import { ReferableError } from '../core/errors.ts';
import { deriveOffers, type OfferEvidence } from '../core/referrals/derived-offers.ts';
import type { Tie } from '../core/ties/tie.ts';
import { findDuplicateOffer, OFFER_SOURCES, parseOfferSource, validateOfferText, type DerivedOffer, type Offer, type OfferSource } from '../core/referrals/offer.ts';
import { type ScoringContact } from '../store/contacts-repo.ts';
import type { AppContext } from './app-context.ts';
import { resolveContact } from './contacts.ts';
import { partyView, type PartyView } from './needs.ts';
import { LIST_IDS } from './next-steps.ts';

export interface OfferView {
  /** Stated offers have an id; derived ones are computed and have none. */
  id: string | null;
  text: string;
  source: OfferSource;
  status: Offer['status'];
  createdAt: string;
  closedAt: string;
  contact: PartyView;
}

type Party = Pick<Contact, 'id' | 'firstName' | 'lastName' | 'company' | 'title'>;

function statedView(offer: Offer, contact: Party | undefined): OfferView {
  return { id: offer.id, text: offer.text, source: 'stated', status: offer.status, createdAt: offer.createdAt, closedAt: offer.closedAt, contact: partyView(contact, offer.contactId) };
}

function derivedView(offer: DerivedOffer, contact: Party | undefined): OfferView {
  return { id: null, text: offer.text, source: offer.source, status: 'open', createdAt: '', closedAt: '', contact: partyView(contact, offer.contactId) };
}

export async function addOffer(context: AppContext, input: { contact: string; text: string }): Promise<OfferView> {
  const text = validateOfferText(input.text);
  const contact = await resolveContact(context, input.contact);
  const ws = context.store.workspace;
  const offer: Offer = { id: context.newId(), contactId: contact.id, text, status: 'open', createdAt: context.now().toISOString(), closedAt: '' };
  await context.store.workspace.transaction(async (tx) => {
    const duplicate = findDuplicateOffer(await tx.offers.list({ status: 'open', contactId: contact.id }), contact.id, text);
    if (duplicate) throw new ReferableError('CONFLICT', `this offer is already recorded: ${duplicate.id} "${duplicate.text}"; nothing was added`, { offerId: duplicate.id });
    await tx.offers.insert(offer);
  });
  return statedView(offer, contact);
}

export async function closeOffer(context: AppContext, offerId: string): Promise<OfferView> {
  const ws = context.store.workspace;
  const offer = offerId.trim() ? await ws.offers.get(offerId.trim()) : null;
  if (!offer) {
    throw new ReferableError('NOT_FOUND', `no stated offer has the id "${offerId}"; derived offers (positions, skills, tags) have no id and change with your data`, undefined, LIST_IDS.offers);
  }
  if (offer.status === 'closed') throw new ReferableError('CONFLICT', `offer ${offer.id} was already closed on ${offer.closedAt.slice(0, 10)}; nothing changed`, { offerId: offer.id });
  const closedAt = context.now().toISOString();
  await ws.transaction(async (tx) => {
    // Read again under the write lock: an offer closed meanwhile by another writer is not closed twice.
    const stored = await tx.offers.get(offer.id);
    if (stored?.status === 'closed') throw new ReferableError('CONFLICT', `offer ${offer.id} was already closed on ${stored.closedAt.slice(0, 10)}; nothing changed`, { offerId: offer.id });
    await tx.offers.close(offer.id, closedAt);
  });
  return statedView({ ...offer, status: 'closed', closedAt }, (await ws.contacts.get(offer.contactId)) ?? undefined);
}

/**
 * What the store knows that says what people can help with. Teammates' profiles and the endorsements they received
 * count for the contact that stands for them; the skills a member endorsed a contact for (Endorsement_Given_Info.csv)
 * count for that contact. My own profile is about me, not a helper, so it is left out.
 */
export async function loadOfferEvidence(
  context: AppContext,
  contacts: OfferEvidence['contacts'],
  /** Every member's ties, when the caller has loaded them already (the matcher needs them for tie strength too). */
  loadedTies?: readonly Tie[],
): Promise<{ evidence: OfferEvidence; myContactIds: Set<string> }> {
  const ws = context.store.workspace;
  // One contact (a contact page) reads only the ties to that contact, not every member's 30,000.
  const only = !loadedTies && contacts.length === 1 ? contacts[0].id : undefined;
  const [events, members, memberTies] = await Promise.all([
    // One contact's past positions come from their own job changes only.
    ws.history.events(only),
    ws.members.list(),
    loadedTies ?? ws.ties.list({ fromType: 'member', contactId: only }),
  ]);
  const myContactIds = new Set(members.filter((member) => member.isMe && member.contactId).map((member) => member.contactId!));
  const linked = members.filter((member) => !member.isMe && member.contactId);
  const tiesByMember = new Map<string, Tie[]>();
  const given: Tie[] = [];
  for (const tie of memberTies) {
    if (tie.signals.endorsedByMe.length) given.push(tie);
    const list = tiesByMember.get(tie.fromId);
    if (list) list.push(tie);
    else tiesByMember.set(tie.fromId, [tie]);
  }
  // Rows come in no set order: my endorsements first, then teammates', so an offer's text is stable.
  const rank = new Map(members.map((member) => [member.id, `${member.isMe ? 0 : 1}${member.id}`]));
  given.sort((a, b) => (rank.get(a.fromId) ?? '').localeCompare(rank.get(b.fromId) ?? ''));
  const endorsements: OfferEvidence['endorsements'][number][] = given.map((tie) => ({ contactId: tie.contactId, skills: tie.signals.endorsedByMe }));
  for (const member of linked) {
    // One contact's page: a teammate's endorsements count only on that teammate's own page (offers are derived for the
    // contacts asked about), so the other teammates' ties (thousands each) are not read.
    if (only && member.contactId !== only) continue;
    const ties = only ? await ws.ties.list({ fromType: 'member', fromId: member.id }) : (tiesByMember.get(member.id) ?? []);
    const skills = ties.flatMap((tie) => tie.signals.endorsedSkills);
    if (skills.length) endorsements.push({ contactId: member.contactId!, skills });
  }
  return {
    evidence: {
      contacts,
      events,
      profiles: linked.map((member) => ({ contactId: member.contactId!, skills: member.profile.skills, positions: member.profile.positions })),
      endorsements,
    },
    myContactIds,
  };
}

/** What derived offers need of every contact (title, company, tags), without loading emails, phones and notes. */
export async function loadOfferContacts<C extends ScoringContact>(context: AppContext, lean?: readonly C[]): Promise<OfferEvidence['contacts']> {
  const ws = context.store.workspace;
  const [contacts, tags] = await Promise.all([lean ?? context.store.workspace.contacts.scoring(), ws.offers.contactTags()]);
  return contacts.map((contact) => ({ id: contact.id, title: contact.title, company: contact.company, tags: tags.get(contact.id) ?? [] }));
}

export interface OfferQuery {
  /** open (default), closed or all: closed applies to stated offers only (derived ones are always current). */
  status?: string;
  /** A reference, or the contact already resolved. */
  contact?: string | Contact;
  source?: string;
  limit?: number;
  offset?: number;
}

const SOURCE_ORDER = new Map<OfferSource, number>(OFFER_SOURCES.map((source, i) => [source, i]));

/** Stated offers first, then derived ones by how specific the source is (skills before positions). */
export async function listOffers(context: AppContext, query: OfferQuery = {}): Promise<{ total: number; offers: OfferView[] }> {
  const status = (query.status ?? 'open').trim().toLowerCase();
  if (!['open', 'closed', 'all'].includes(status)) throw new ReferableError('INVALID_INPUT', `--status must be open, closed or all; got "${query.status}"`, { field: '--status' });
  const source = query.source ? parseOfferSource(query.source) : null;
  const only = query.contact ? await resolveContact(context, query.contact) : null;
  const ws = context.store.workspace;
  // One contact's offers (a contact page) must not load and derive offers for all 30,000.
  const everyone = only ? null : await context.store.workspace.contacts.scoring();
  const byId = new Map<string, Party>((everyone ?? [only!]).map((contact) => [contact.id, contact]));
  const stated = await ws.offers.list({ status: status === 'all' ? undefined : (status as Offer['status']), contactId: only?.id });
  let views = stated.map((offer) => statedView(offer, byId.get(offer.contactId)));
  if (status !== 'closed' && source !== 'stated') {
    const contacts = only ? [{ id: only.id, title: only.title, company: only.company, tags: only.tags }] : await loadOfferContacts(context, everyone ?? undefined);
    const { evidence, myContactIds } = await loadOfferEvidence(context, contacts);
    const derived = deriveOffers(evidence).filter((offer) => !myContactIds.has(offer.contactId));
    const derivedViews = derived.map((offer) => derivedView(offer, byId.get(offer.contactId)));
    derivedViews.sort((a, b) => SOURCE_ORDER.get(a.source)! - SOURCE_ORDER.get(b.source)! || a.contact.name.localeCompare(b.contact.name) || a.text.localeCompare(b.text));
    views = views.concat(derivedViews);
  }
  if (source) views = views.filter((view) => view.source === source);
  const offset = query.offset ?? 0;
  return { total: views.length, offers: query.limit === undefined ? views.slice(offset) : views.slice(offset, offset + query.limit) };
}
