// Offers: what a contact can help others with. Stated by hand, or derived from what the imports already tell us.
import { ReferableError } from '../errors.ts';
import { foldText } from '../text/fold.ts';

/** Where an offer comes from: stated by the user, or derived (computed on demand, never stored). */
export const OFFER_SOURCES = ['stated', 'skills', 'endorsements', 'tags', 'position', 'past-position'] as const;
export type OfferSource = (typeof OFFER_SOURCES)[number];

export const OFFER_STATUSES = ['open', 'closed'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

/** A stated offer, as stored. */
export interface Offer {
  id: string;
  contactId: string;
  text: string;
  status: OfferStatus;
  createdAt: string;
  closedAt: string;
}

/** A derived offer: computed from positions, skills, endorsements and tags; it has no id and cannot be closed. */
export interface DerivedOffer {
  contactId: string;
  text: string;
  source: Exclude<OfferSource, 'stated'>;
}

export const OFFER_LIMITS = { maxText: 1000 };

export function validateOfferText(value: string): string {
  const text = value.replace(/\s+/g, ' ').trim();
  if (!text || !foldText(text)) throw new ReferableError('INVALID_INPUT', 'an offer needs a text: what can they help with? e.g. "SOC 2, ISO 27001 compliance"', { field: 'text' });
  if (text.length > OFFER_LIMITS.maxText) throw new ReferableError('INVALID_INPUT', `an offer's text is at most ${OFFER_LIMITS.maxText} characters; this one has ${text.length}`, { field: 'text' });
  return text;
}

/** An open stated offer of this contact with the same text. */
export function findDuplicateOffer(existing: readonly Offer[], contactId: string, text: string): Offer | undefined {
  const key = foldText(text);
  return existing.find((offer) => offer.status === 'open' && offer.contactId === contactId && foldText(offer.text) === key);
}

export function parseOfferSource(value: string): OfferSource {
  const folded = value.trim().toLowerCase();
  const found = OFFER_SOURCES.find((source) => source === folded);
  if (!found) throw new ReferableError('INVALID_INPUT', `--source must be one of ${OFFER_SOURCES.join(', ')}; got "${value}"`, { field: '--source', value });
  return found;
}
