// The workspace's tunable settings (time costs, cadence tiers, cool-down, message templates, content goals) and their defaults.

/** Actions the weekly planner schedules, each with a cost in minutes. */
export const ACTION_KINDS = ['connection-request', 'follow-up', 'introduction', 'thank-you', 'share', 'comment', 'coffee-chat'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export interface CadenceTier {
  name: string;
  /** Days between touches we aim for. */
  idealDays: number;
  /** Past this many days without a touch the contact is "losing touch". */
  maxDays: number;
  /** The tier applies to contacts carrying any of these tags. */
  tags?: string[];
  /** The tier applies to in-market contacts. */
  inMarket?: boolean;
}

export interface MessageTemplates {
  /** Step 1 of a double opt-in: ask the person with the need whether they want the introduction. */
  askSeeker: string;
  /** Step 2: ask the helper whether they are open to it. */
  askHelper: string;
  /** Step 3: the introduction itself, to both. */
  introduce: string;
  /** For a referral received. */
  thankYou: string;
  /** Step 4: once introduced, thanks to the helper for making time for the person you introduced. */
  thankHelper: string;
}

export interface Settings {
  introductions: {
    /** Days after an ask during which a contact should not be asked again (well rotation). */
    coolDownDays: number;
    /** An introduction waiting this long for an answer counts as expired. */
    expireAfterDays: number;
    templates: MessageTemplates;
  };
  planner: {
    /** The default weekly time budget in minutes. */
    weeklyMinutes: number;
    /** LinkedIn limits invitations to about 100 a week. */
    invitationsPerWeek: number;
    /** No company takes more than this share of the week's items. */
    maxCompanyShare: number;
    costs: Record<ActionKind, number>;
    /** Hour of day (local) the calendar blocks start. */
    dayStartHour: number;
    /** Checked in order; the first tier that applies wins; the last tier should apply to everyone. */
    cadence: { tiers: CadenceTier[] };
  };
  content: {
    goals: {
      /** Share of items on the market's focus topics. */
      focusShare: number;
      itemsPerWeek: number;
      /** Shared items per created item: what you share matters as much as what you write. */
      sharedToCreated: number;
    };
    /** Focus topics beyond the target market's keywords. */
    topics: string[];
  };
  contacts: {
    /**
     * Where phone numbers without a country code were dialled (ISO 3166 alpha-2: DE, FR, US; GB for the United
     * Kingdom), so "030 1234567" and "+49 30 1234567" are one number. '' uses the region of the system locale; with
     * none there, only numbers written with + or 00 are read as international.
     */
    defaultRegion: string;
  };
}

export const DEFAULT_SETTINGS: Settings = {
  introductions: {
    coolDownDays: 28,
    expireAfterDays: 14,
    templates: {
      // The need is quoted as recorded ("their team is struggling with a SOC 2 audit"), so the sentence reads right
      // whatever its grammar.
      askSeeker:
        'Hi {{seeker.firstName}}, you mentioned: "{{need.text}}". I know {{helper.name}} ({{helper.title}} at {{helper.company}}), who knows this area well. Would an introduction help? No pressure either way.',
      askHelper:
        'Hi {{helper.firstName}}, {{seeker.name}} ({{seeker.title}} at {{seeker.company}}) told me: "{{need.text}}". Given your experience, would you be open to a short introduction? Happy to take no for an answer.',
      introduce:
        'Hi {{seeker.firstName}} and {{helper.firstName}}, as promised. {{seeker.firstName}}, you mentioned: "{{need.text}}"; {{helper.firstName}} knows this area well. I will let you two take it from here.',
      thankYou: 'Hi {{contact.firstName}}, thank you for the referral{{company}}. It means a lot; tell me how I can return the favour.',
      thankHelper: 'Hi {{helper.firstName}}, thank you for making time for {{seeker.firstName}}. It means a lot to both of us; tell me how I can return the favour.',
    },
  },
  planner: {
    weeklyMinutes: 180,
    invitationsPerWeek: 100,
    maxCompanyShare: 0.25,
    costs: { 'connection-request': 3, 'follow-up': 10, introduction: 15, 'thank-you': 5, share: 10, comment: 5, 'coffee-chat': 30 },
    dayStartHour: 9,
    cadence: {
      tiers: [
        { name: 'close', idealDays: 14, maxDays: 30, tags: ['close', 'inner-circle'] },
        { name: 'in-market', idealDays: 30, maxDays: 90, inMarket: true },
        { name: 'everyone', idealDays: 90, maxDays: 365 },
      ],
    },
  },
  content: {
    goals: { focusShare: 0.6, itemsPerWeek: 2, sharedToCreated: 2 },
    topics: [],
  },
  contacts: { defaultRegion: '' },
};

/** A partial settings document as the user writes it: any key may be left out. */
export type SettingsOverrides = {
  introductions?: { coolDownDays?: number; expireAfterDays?: number; templates?: Partial<MessageTemplates> };
  planner?: Partial<Omit<Settings['planner'], 'costs' | 'cadence'>> & { costs?: Partial<Record<ActionKind, number>>; cadence?: { tiers?: CadenceTier[] } };
  content?: { goals?: Partial<Settings['content']['goals']>; topics?: string[] };
  contacts?: { defaultRegion?: string };
};

/** The defaults with the user's overrides on top; lists (cadence tiers, topics) replace rather than merge. */
export function resolveSettings(overrides: SettingsOverrides = {}): Settings {
  const d = DEFAULT_SETTINGS;
  const o = overrides;
  return {
    introductions: {
      coolDownDays: o.introductions?.coolDownDays ?? d.introductions.coolDownDays,
      expireAfterDays: o.introductions?.expireAfterDays ?? d.introductions.expireAfterDays,
      templates: { ...d.introductions.templates, ...o.introductions?.templates },
    },
    planner: {
      weeklyMinutes: o.planner?.weeklyMinutes ?? d.planner.weeklyMinutes,
      invitationsPerWeek: o.planner?.invitationsPerWeek ?? d.planner.invitationsPerWeek,
      maxCompanyShare: o.planner?.maxCompanyShare ?? d.planner.maxCompanyShare,
      costs: { ...d.planner.costs, ...o.planner?.costs },
      dayStartHour: o.planner?.dayStartHour ?? d.planner.dayStartHour,
      cadence: { tiers: o.planner?.cadence?.tiers ?? d.planner.cadence.tiers },
    },
    content: {
      goals: { ...d.content.goals, ...o.content?.goals },
      topics: o.content?.topics ?? d.content.topics,
    },
    contacts: { defaultRegion: (o.contacts?.defaultRegion ?? d.contacts.defaultRegion).trim().toUpperCase() },
  };
}

/** Fills {{a.b}} placeholders from a nested object; unknown placeholders are left visible so the user sees them. */
export function fillTemplate(template: string, values: Record<string, unknown>): string {
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, path: string) => {
    let value: unknown = values;
    for (const step of path.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[step] : undefined;
    return value === undefined || value === null ? whole : String(value);
  });
}
