// A tie: who knows whom, how (kind), since when, and the signals behind it.
import type { TieSignals } from './tie-signals.ts';

export const TIE_KINDS = ['connected', 'knows', 'manual'] as const;
export type TieKind = (typeof TIE_KINDS)[number];

export const TIE_HOLDERS = ['member', 'contact'] as const;

export interface Tie {
  /** A member's tie (their own network) or a contact's ("knows" links entered by hand). */
  fromType: (typeof TIE_HOLDERS)[number];
  fromId: string;
  contactId: string;
  kind: TieKind;
  connectedOn: string;
  signals: TieSignals;
  source: string;
  updatedAt: string;
}

/** What scoring and the network need of a tie: everything but its bookkeeping (source, updatedAt). */
export type TieLink = Pick<Tie, 'fromType' | 'fromId' | 'contactId' | 'kind' | 'connectedOn' | 'signals'>;

export function tieKey(tie: Pick<Tie, 'fromType' | 'fromId' | 'contactId' | 'kind'>): string {
  return `${tie.fromType}|${tie.fromId}|${tie.contactId}|${tie.kind}`;
}
