// The evidence behind a tie (DESIGN: Tie strength): what imports and logs tell us about how well two people know each other.

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
  return { messageCount: 0, lastMessageAt: '', invitedBy: '', endorsementCount: 0, endorsedSkills: [], recommendedMe: false, interactionCount: 0, lastInteractionAt: '' };
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
}

/** Combine two partial signal sets: counts add, latest dates win, lists union. */
export function combineSignals(base: TieSignals, extra: Partial<TieSignals>): TieSignals {
  return {
    messageCount: base.messageCount + (extra.messageCount ?? 0),
    lastMessageAt: [base.lastMessageAt, extra.lastMessageAt ?? ''].sort().at(-1) ?? '',
    invitedBy: extra.invitedBy || base.invitedBy,
    endorsementCount: base.endorsementCount + (extra.endorsementCount ?? 0),
    endorsedSkills: [...new Set([...base.endorsedSkills, ...(extra.endorsedSkills ?? [])])],
    recommendedMe: base.recommendedMe || (extra.recommendedMe ?? false),
    interactionCount: base.interactionCount + (extra.interactionCount ?? 0),
    lastInteractionAt: [base.lastInteractionAt, extra.lastInteractionAt ?? ''].sort().at(-1) ?? '',
  };
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
    a.endorsedSkills.length === b.endorsedSkills.length &&
    [...a.endorsedSkills].sort().join('\u0000') === [...b.endorsedSkills].sort().join('\u0000')
  );
}
