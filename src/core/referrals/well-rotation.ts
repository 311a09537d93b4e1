// Well rotation (DESIGN: "don't tap the same wells"): who was asked when, who is cooling down, and when asks concentrate.
//
// Every ask spends goodwill. A cool-down per contact gives them room to say yes next time, and spreading asks across
// many people keeps any one tie from wearing thin; both show as warnings, never as refusals: the user decides.

export const ASK_PURPOSES = ['intro-seeker', 'intro-helper', 'referral', 'advice', 'other'] as const;
export type AskPurpose = (typeof ASK_PURPOSES)[number];

export interface Ask {
  id: string;
  contactId: string;
  purpose: string;
  introId: string;
  /** ISO timestamp. */
  askedAt: string;
}

export const WELL_ROTATION_DEFAULTS = {
  /** How many of the latest asks the concentration warning looks at. */
  concentrationWindow: 10,
  /** Warn when the window holds fewer distinct people than this. */
  minDistinctPeople: 5,
};

export type WellRotationOptions = typeof WELL_ROTATION_DEFAULTS;

const DAY_MS = 86_400_000;

function toMs(now: number | Date): number {
  return typeof now === 'number' ? now : now.getTime();
}

/** The latest ask per contact (ISO timestamps compare as strings). */
export function lastAskedAt(asks: readonly Ask[]): Map<string, string> {
  const latest = new Map<string, string>();
  for (const ask of asks) {
    const current = latest.get(ask.contactId);
    if (current === undefined || ask.askedAt > current) latest.set(ask.contactId, ask.askedAt);
  }
  return latest;
}

/** Contacts asked within the last `coolDownDays` days before `now`: leave them be for a while. */
export function coolingDown(asks: readonly Ask[], now: number | Date, coolDownDays: number): Set<string> {
  const since = toMs(now) - coolDownDays * DAY_MS;
  const result = new Set<string>();
  for (const ask of asks) {
    const at = Date.parse(ask.askedAt);
    if (at > since && at <= toMs(now)) result.add(ask.contactId);
  }
  return result;
}

export interface CoolDownState {
  contactId: string;
  lastAskedAt: string;
  daysAgo: number;
  daysLeft: number;
}

/** Where one contact stands in their cool-down, or null when they are free to ask. */
export function coolDownOf(asks: readonly Ask[], contactId: string, now: number | Date, coolDownDays: number): CoolDownState | null {
  let latest = '';
  for (const ask of asks) if (ask.contactId === contactId && ask.askedAt > latest) latest = ask.askedAt;
  if (!latest) return null;
  const daysAgo = Math.floor((toMs(now) - Date.parse(latest)) / DAY_MS);
  if (daysAgo >= coolDownDays || daysAgo < 0) return null;
  return { contactId, lastAskedAt: latest, daysAgo, daysLeft: coolDownDays - daysAgo };
}

/** "you asked Dana 3 days ago; the cool-down is 28 days (25 left)" or null. */
export function coolDownWarning(asks: readonly Ask[], contact: { id: string; name: string }, now: number | Date, coolDownDays: number): string | null {
  const state = coolDownOf(asks, contact.id, now, coolDownDays);
  if (!state) return null;
  const ago = state.daysAgo === 0 ? 'today' : `${state.daysAgo} day${state.daysAgo === 1 ? '' : 's'} ago`;
  return `you asked ${contact.name} ${ago}; the cool-down is ${coolDownDays} days (${state.daysLeft} left): consider someone else, or wait`;
}

/**
 * "your last 10 asks went to 3 people": counted over the latest asks, including the one about to be made
 * (`next`, a contact id), so the warning comes before the well runs dry, not after.
 */
export function concentrationWarning(asks: readonly Ask[], next: string | null, options: Partial<WellRotationOptions> = {}): string | null {
  const o = { ...WELL_ROTATION_DEFAULTS, ...options };
  const ordered = [...asks].sort((a, b) => b.askedAt.localeCompare(a.askedAt) || b.id.localeCompare(a.id)).map((ask) => ask.contactId);
  const window = (next === null ? ordered : [next, ...ordered]).slice(0, o.concentrationWindow);
  if (window.length < o.concentrationWindow) return null;
  const distinct = new Set(window).size;
  if (distinct >= o.minDistinctPeople) return null;
  return `your last ${window.length} asks went to ${distinct} ${distinct === 1 ? 'person' : 'people'}: spread them wider (intros suggest favours people you have not asked lately)`;
}
