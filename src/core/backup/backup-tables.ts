// The backup format, table by table: every column with the values it may hold, keys, and what each row points at.
// A table added by a migration is one more entry here (the store's conformance test fails until it is).
// Only workspace tables belong here: the account tables of migration 006 (users, sessions, api_tokens, cohorts,
// invitations, audit_log...) sit above the workspaces on a multi-user server and are never in a workspace's backup.
import { IMPORTED_FIELDS } from '../contacts/contact.ts';
import { CONTACT_EVENT_KINDS } from '../contacts/contact-event.ts';
import { CONTENT_KINDS } from '../content/content-item.ts';
import { INTERACTION_KINDS, MAX_INTERACTION_MINUTES } from '../planner/interactions.ts';
import { ITEM_STATUSES } from '../planner/plan-review.ts';
import { INTRO_OUTCOMES, INTRO_STATES } from '../referrals/intro-workflow.ts';
import { NEED_STATUSES } from '../referrals/need.ts';
import { OFFER_STATUSES } from '../referrals/offer.ts';
import { REFERRAL_DIRECTIONS, REFERRAL_KINDS, REFERRAL_OUTCOMES } from '../referrals/referral-ledger.ts';
import { ASK_PURPOSES } from '../referrals/well-rotation.ts';
import { ACTION_KINDS } from '../settings/settings.ts';
import { TIE_HOLDERS, TIE_KINDS } from '../ties/tie.ts';
import {
  day, flag, id, instant, integer, json, jsonBoolean, jsonCount, jsonInstant, jsonText, jsonWord, listOf, nullableId, number, objectOf, oneOf, text,
  type ColumnRule,
} from './column-rules.ts';

/** A column that names a row of another table ('' or null: none, when `optional`). */
export interface Reference {
  column: string;
  table: string;
  optional?: boolean;
  /** Only rows whose `column` holds `equals` point there (a tie's holder is a member or a contact). */
  when?: { column: string; equals: string };
}

export interface BackupTable {
  /** The migration that created the table: a backup written before it has no rows for it. */
  since: string;
  /** The primary key after workspace_id; a reference to the table names these values joined by ':'. */
  key: readonly string[];
  /** Other column sets no two rows may share (the database's unique constraints). */
  unique?: readonly (readonly string[])[];
  columns: Readonly<Record<string, ColumnRule>>;
  references?: readonly Reference[];
  /** At most one row may hold this value in this column (the active market). */
  single?: { column: string; value: string | number; meaning: string };
}

const stringList = listOf(jsonText);
const jobSnapshot = json(objectOf({ company: jsonText, title: jsonText }, ['company', 'title']));
const signals = objectOf({
  messageCount: jsonCount,
  lastMessageAt: jsonInstant({ empty: true }),
  invitedBy: jsonWord(['me', 'them', '']),
  endorsementCount: jsonCount,
  endorsedSkills: stringList,
  endorsedByMe: stringList,
  recommendedMe: jsonBoolean,
  interactionCount: jsonCount,
  lastInteractionAt: jsonInstant({ empty: true }),
});
const profile = objectOf({
  firstName: jsonText,
  lastName: jsonText,
  headline: jsonText,
  industry: jsonText,
  location: jsonText,
  linkedinUrl: jsonText,
  positions: listOf(objectOf({ company: jsonText, title: jsonText, location: jsonText, startedOn: jsonText, finishedOn: jsonText })),
  companyFollows: listOf(objectOf({ company: jsonText, followedOn: jsonText })),
  skills: stringList,
});
const introHistory = listOf(objectOf({ state: jsonWord(INTRO_STATES), at: jsonInstant(), note: jsonText }, ['state', 'at']));
const importIssues = listOf(objectOf({ file: jsonText, reason: jsonText, field: jsonText, severity: jsonWord(['error', 'warning']) }, ['reason']));
const WEEK_MINUTES = 7 * 24 * 60;

/** Every table a backup holds, in the order they are restored (and deleted in reverse). */
export const BACKUP_TABLES: Readonly<Record<string, BackupTable>> = {
  members: {
    since: '001-foundation',
    key: ['member_id'],
    unique: [['name']],
    columns: { member_id: id(), name: id(), is_me: flag(), linkedin_slug: text(), contact_id: nullableId(), profile: json(profile), created_at: instant() },
    references: [{ column: 'contact_id', table: 'contacts', optional: true }],
  },
  contacts: {
    since: '001-foundation',
    key: ['contact_id'],
    columns: {
      contact_id: id(),
      first_name: text(),
      last_name: text(),
      name_key: text(),
      linkedin_url: text(),
      linkedin_slug: text(),
      emails: json(stringList),
      phones: json(stringList),
      // Added by 005-phone-keys: a backup written before has none, and the index derives them from the phones.
      phone_keys: json(stringList, { fallback: '[]' }),
      company: text(),
      company_key: text(),
      title: text(),
      location: text(),
      industry: text(),
      connected_on: day({ empty: true }),
      notes: text(),
      tags: json(stringList),
      rating: integer(1, 5, { nullable: true, meaning: 'a rating' }),
      locked_fields: json(listOf(jsonWord(IMPORTED_FIELDS))),
      source: text(),
      first_seen: instant(),
      updated_at: instant(),
    },
  },
  ties: {
    since: '001-foundation',
    key: ['from_type', 'from_id', 'contact_id', 'kind'],
    columns: {
      from_type: oneOf(TIE_HOLDERS),
      from_id: id(),
      contact_id: id(),
      kind: oneOf(TIE_KINDS),
      connected_on: day({ empty: true }),
      signals: json(signals),
      source: text(),
      updated_at: instant(),
    },
    references: [
      { column: 'from_id', table: 'members', when: { column: 'from_type', equals: 'member' } },
      { column: 'from_id', table: 'contacts', when: { column: 'from_type', equals: 'contact' } },
      { column: 'contact_id', table: 'contacts' },
    ],
  },
  contact_events: {
    since: '001-foundation',
    key: ['event_id'],
    columns: { event_id: id(), contact_id: id(), kind: oneOf(CONTACT_EVENT_KINDS), before_value: jobSnapshot, after_value: jobSnapshot, observed_at: instant(), import_id: text() },
    references: [
      { column: 'contact_id', table: 'contacts' },
      { column: 'import_id', table: 'imports', optional: true },
    ],
  },
  content_items: {
    since: '001-foundation',
    key: ['member_id', 'url'],
    columns: {
      member_id: id(),
      url: id(),
      kind: oneOf(CONTENT_KINDS),
      title: text(),
      published_on: day({ empty: true }),
      body: text(),
      shared_url: text(),
      source: text(),
      created_at: instant(),
      // Added in 003: older backups leave it out.
      topics: json(stringList, { fallback: '[]' }),
    },
    references: [{ column: 'member_id', table: 'members' }],
  },
  imports: {
    since: '001-foundation',
    key: ['import_id'],
    columns: {
      import_id: id(),
      member_id: id(),
      file_name: text(),
      sha256: text(),
      source: text(),
      started_at: instant(),
      finished_at: instant(),
      added: integer(0, Number.MAX_SAFE_INTEGER),
      updated: integer(0, Number.MAX_SAFE_INTEGER),
      unchanged: integer(0, Number.MAX_SAFE_INTEGER),
      skipped: integer(0, Number.MAX_SAFE_INTEGER),
      issues: json(importIssues),
    },
    references: [{ column: 'member_id', table: 'members' }],
  },
  target_markets: {
    since: '002-target-markets',
    key: ['market_id'],
    unique: [['name']],
    columns: { market_id: id(), name: id(), definition: text(), active: flag(), created_at: instant(), updated_at: instant() },
    single: { column: 'active', value: 1, meaning: 'the active market' },
  },
  needs: {
    since: '003-referability',
    key: ['need_id'],
    columns: {
      need_id: id(),
      contact_id: id(),
      text: id(),
      topic: text(),
      deadline: day({ empty: true }),
      status: oneOf(NEED_STATUSES),
      close_note: text(),
      created_at: instant(),
      closed_at: instant({ empty: true }),
    },
    references: [{ column: 'contact_id', table: 'contacts' }],
  },
  offers: {
    since: '003-referability',
    key: ['offer_id'],
    columns: { offer_id: id(), contact_id: id(), text: id(), status: oneOf(OFFER_STATUSES), created_at: instant(), closed_at: instant({ empty: true }) },
    references: [{ column: 'contact_id', table: 'contacts' }],
  },
  introductions: {
    since: '003-referability',
    key: ['intro_id'],
    columns: {
      intro_id: id(),
      need_id: text(),
      seeker_id: id(),
      helper_id: id(),
      state: oneOf(INTRO_STATES),
      history: json(introHistory),
      outcome: oneOf(INTRO_OUTCOMES, { empty: true }),
      created_at: instant(),
      updated_at: instant(),
    },
    references: [
      { column: 'need_id', table: 'needs', optional: true },
      { column: 'seeker_id', table: 'contacts' },
      { column: 'helper_id', table: 'contacts' },
    ],
  },
  referral_events: {
    since: '003-referability',
    key: ['event_id'],
    unique: [['dedupe_key']],
    columns: {
      event_id: id(),
      direction: oneOf(REFERRAL_DIRECTIONS),
      kind: oneOf(REFERRAL_KINDS),
      contact_id: id(),
      other_contact_id: text(),
      intro_id: text(),
      company: text(),
      outcome: oneOf(REFERRAL_OUTCOMES, { empty: true }),
      note: text(),
      occurred_on: day(),
      recorded_at: instant(),
      dedupe_key: id(),
    },
    references: [
      { column: 'contact_id', table: 'contacts' },
      { column: 'other_contact_id', table: 'contacts', optional: true },
      { column: 'intro_id', table: 'introductions', optional: true },
    ],
  },
  asks: {
    since: '003-referability',
    key: ['ask_id'],
    columns: { ask_id: id(), contact_id: id(), purpose: oneOf(ASK_PURPOSES), intro_id: text(), asked_at: instant() },
    references: [
      { column: 'contact_id', table: 'contacts' },
      { column: 'intro_id', table: 'introductions', optional: true },
    ],
  },
  interactions: {
    since: '003-referability',
    key: ['interaction_id'],
    columns: {
      interaction_id: id(),
      contact_id: id(),
      kind: oneOf(INTERACTION_KINDS),
      minutes: integer(0, MAX_INTERACTION_MINUTES),
      note: text(),
      occurred_at: instant(),
      source: id(),
      plan_item_id: text(),
    },
    references: [
      { column: 'contact_id', table: 'contacts' },
      { column: 'plan_item_id', table: 'plan_items', optional: true },
    ],
  },
  plans: {
    since: '003-referability',
    key: ['plan_id'],
    columns: { plan_id: id(), week_start: day(), budget_minutes: integer(0, WEEK_MINUTES), created_at: instant() },
  },
  plan_items: {
    since: '003-referability',
    key: ['plan_id', 'item_id'],
    columns: {
      plan_id: id(),
      item_id: id(),
      position: integer(0, Number.MAX_SAFE_INTEGER),
      kind: oneOf(ACTION_KINDS),
      contact_id: text(),
      other_contact_id: text(),
      need_id: text(),
      content_url: text(),
      minutes: integer(0, WEEK_MINUTES),
      value: number(-1e12, 1e12),
      why: text(),
      status: oneOf(ITEM_STATUSES),
      done_at: instant({ empty: true }),
    },
    references: [
      { column: 'plan_id', table: 'plans' },
      { column: 'contact_id', table: 'contacts', optional: true },
      { column: 'other_contact_id', table: 'contacts', optional: true },
      { column: 'need_id', table: 'needs', optional: true },
    ],
  },
  settings: {
    since: '003-referability',
    key: ['name'],
    columns: { name: id(), value: text(), updated_at: instant() },
  },
  snapshots: {
    since: '003-referability',
    key: ['kind', 'taken_on'],
    columns: { kind: id(), taken_on: day(), payload: json(objectOf({})), taken_at: instant() },
  },
};
