// The evidence behind a tie (DESIGN: Tie strength): what imports and logs tell us about how well two people know each
// other, plus what the member vouches the other person knows (endorsements given, which feed offers, not strength).

export interface TieSignals {
  /** Messages exchanged (both directions) in the imported history. */
  messageCount: number;
  /** ISO timestamp of the latest message, '' when none. */
  lastMessageAt: string;
  /** Who sent the connection invitation: 'me' (the member), 'them', or '' when unknown. */
  invitedBy: 'me' | 'them' | '';
  /** Endorsements this person gave the member, and for which skills. */
  endorsementCount: number;
  endorsedSkills: string[];
  /**
   * Skills the member endorsed this person for (Endorsement_Given_Info.csv): what the member vouches they are good at,
   * so it feeds this person's derived offers. Not a strength signal: giving an endorsement is one click, often at
   * LinkedIn's prompt, and says how the member rates their skills, not whether they would take the member's call;
   * the endorsements they gave the member (above) are their own effort and count.
   */
  endorsedByMe: string[];
  /** Whether this person wrote the member a recommendation. */
  recommendedMe: boolean;
  /**
   * Interactions the member logged or ticked off in the weekly plan (coffee chats, calls, follow-ups), a summary of
   * the interactions table kept on the tie so every strength computation sees them; imports never overwrite it.
   */
  interactionCount: number;
  /** ISO timestamp of the latest logged interaction, '' when none. */
  lastInteractionAt: string;
}

export function emptySignals(): TieSignals {
  return { messageCount: 0, lastMessageAt: '', invitedBy: '', endorsementCount: 0, endorsedSkills: [], endorsedByMe: [], recommendedMe: false, interactionCount: 0, lastInteractionAt: '' };
}

/** Who a signal is about: a LinkedIn URL when the source has one, otherwise the name and company. */
export interface PersonRef {
  linkedinUrl: string;
  firstName: string;
  lastName: string;
  company: string;
}

/** Signals read from one file about one person; several may be combined for the same person. */
export interface SignalInput {
  person: PersonRef;
  signals: Partial<TieSignals>;
  /** The file (or ZIP entry) the signal was read from, so signals that match no one are reported per file. */
  file?: string;
}

/** Combine two partial signal sets: counts add, latest dates win, lists union. */
export function combineSignals(base: TieSignals, extra: Partial<TieSignals>): TieSignals {
  return {
    messageCount: base.messageCount + (extra.messageCount ?? 0),
    lastMessageAt: [base.lastMessageAt, extra.lastMessageAt ?? ''].sort().at(-1) ?? '',
    invitedBy: extra.invitedBy || base.invitedBy,
    endorsementCount: base.endorsementCount + (extra.endorsementCount ?? 0),
    endorsedSkills: [...new Set([...base.endorsedSkills, ...(extra.endorsedSkills ?? [])])],
    endorsedByMe: [...new Set([...base.endorsedByMe, ...(extra.endorsedByMe ?? [])])],
    recommendedMe: base.recommendedMe || (extra.recommendedMe ?? false),
    interactionCount: base.interactionCount + (extra.interactionCount ?? 0),
    lastInteractionAt: [base.lastInteractionAt, extra.lastInteractionAt ?? ''].sort().at(-1) ?? '',
  };
}

/** The same skills in any order: a re-export may list them differently without anything having changed. */
function sameSkills(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
}

export function sameSignals(a: TieSignals, b: TieSignals): boolean {
  return (
    a.messageCount === b.messageCount &&
    a.lastMessageAt === b.lastMessageAt &&
    a.invitedBy === b.invitedBy &&
    a.endorsementCount === b.endorsementCount &&
    a.recommendedMe === b.recommendedMe &&
    a.interactionCount === b.interactionCount &&
    a.lastInteractionAt === b.lastInteractionAt &&
    sameSkills(a.endorsedSkills, b.endorsedSkills) &&
    sameSkills(a.endorsedByMe, b.endorsedByMe)
  );
}
