// The merge (DESIGN: Merge): imported records + stored contacts -> a plan of inserts, updates, ties and events.
// Re-importing the same file yields an empty plan; a newer export updates what changed and records job changes.
import type { ImportIssue } from '../imports/import-issue.ts';
import type { Tie } from '../ties/tie.ts';
import { tieKey } from '../ties/tie.ts';
import { combineSignals, emptySignals, sameSignals, type SignalInput, type TieSignals } from '../ties/tie-signals.ts';
import { applyIncoming, contactFromInput, fillBlanks } from './apply-incoming.ts';
import type { Contact, ContactInput } from './contact.ts';
import type { ContactEvent } from './contact-event.ts';
import { ContactIndex } from './contact-index.ts';
import { displayName } from './contact.ts';
import type { PhoneKey } from './phone-key.ts';

export interface MergeOptions {
  now: string;
  newId: () => string;
  source: string;
  memberId: string;
  importId: string;
  /** The file the records came from, for duplicate-row issues. */
  fileName: string;
  /**
   * Signal fields this import carries. Only these replace stored values, so importing Connections.csv alone
   * never erases message counts learned from an earlier full export.
   */
  signalFields: readonly (keyof TieSignals)[];
  /** Phone numbers to match keys (E.164 in the workspace's region); digits only when not given. */
  phoneKey?: PhoneKey;
}

export interface MergeInput {
  existing: Contact[];
  /** The importing member's stored ties. */
  existingTies: Tie[];
  incoming: ContactInput[];
  signals: SignalInput[];
}

export interface MergeCounts {
  added: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

export interface MergePlan {
  inserts: Contact[];
  updates: Contact[];
  ties: Tie[];
  events: ContactEvent[];
  counts: MergeCounts;
  issues: ImportIssue[];
}

type Status = 'added' | 'updated' | 'unchanged';

export function mergeContacts(input: MergeInput, options: MergeOptions): MergePlan {
  const index = new ContactIndex(input.existing, options.phoneKey);
  const status = new Map<string, Status>();
  const firstLine = new Map<string, number>();
  const inserted = new Map<string, Contact>();
  const updated = new Map<string, Contact>();
  const events: ContactEvent[] = [];
  const issues: ImportIssue[] = [];
  const wantedTies = new Map<string, Tie>();
  let skipped = 0;

  for (const record of input.incoming) {
    const { contact: match, keys } = index.lookup(record);
    let contactId = match?.id ?? '';
    if (match && firstLine.has(match.id)) {
      // The same person twice in one import: one contact, and say so.
      const merged = fillBlanks(match, record, options.phoneKey);
      if (inserted.has(match.id)) {
        inserted.set(match.id, merged);
      } else if (JSON.stringify({ ...merged, phoneKeys: [] }) !== JSON.stringify({ ...match, phoneKeys: [] })) {
        updated.set(match.id, { ...merged, updatedAt: options.now });
        status.set(match.id, 'updated');
      }
      index.replace(merged);
      skipped++;
      issues.push({ file: options.fileName, line: record.line, reason: `the same person as line ${firstLine.get(match.id)} (${displayName(match)}); merged into one contact`, severity: 'warning' });
    } else if (match) {
      const change = applyIncoming(match, record, options.source, options.now, options.phoneKey);
      firstLine.set(match.id, record.line);
      if (change.changed.length > 0 || change.listsGrew) {
        updated.set(match.id, change.contact);
        index.replace(change.contact);
        status.set(match.id, 'updated');
        if (change.event) events.push({ ...change.event, id: options.newId(), importId: options.importId });
      } else {
        status.set(match.id, 'unchanged');
      }
    } else {
      const contact = contactFromInput(record, options.newId(), options.source, options.now, options.phoneKey);
      inserted.set(contact.id, contact);
      index.add(contact, keys);
      firstLine.set(contact.id, record.line);
      status.set(contact.id, 'added');
      contactId = contact.id;
    }
    if (record.tie) {
      const tie: Tie = {
        fromType: 'member', fromId: options.memberId, contactId, kind: record.tie,
        connectedOn: record.connectedOn, signals: emptySignals(), source: options.source, updatedAt: options.now,
      };
      const key = tieKey(tie);
      const previous = wantedTies.get(key);
      if (!previous || (tie.connectedOn && (!previous.connectedOn || tie.connectedOn < previous.connectedOn))) wantedTies.set(key, tie);
    }
  }

  const ties = planTies(index, input, wantedTies, options, (contactId) => {
    if (status.get(contactId) === 'unchanged') status.set(contactId, 'updated');
  });

  for (const [id, contact] of updated) if (inserted.has(id)) inserted.set(id, contact);
  const counts: MergeCounts = { added: 0, updated: 0, unchanged: 0, skipped };
  for (const value of status.values()) counts[value]++;
  return {
    inserts: [...inserted.values()],
    updates: [...updated.entries()].filter(([id]) => !inserted.has(id)).map(([, contact]) => contact),
    ties,
    events,
    counts,
    issues,
  };
}

/** The earlier of two ISO dates, a blank one being unknown. */
function earliest(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  return a < b ? a : b;
}

function copySignal<K extends keyof TieSignals>(target: TieSignals, source: TieSignals, field: K): void {
  target[field] = source[field];
}

/** Resolves signals to contacts, folds them into the member's ties, and returns only ties that are new or changed. */
function planTies(
  index: ContactIndex,
  input: MergeInput,
  wanted: Map<string, Tie>,
  options: MergeOptions,
  touched: (contactId: string) => void,
): Tie[] {
  const stored = new Map(input.existingTies.map((tie) => [tieKey(tie), tie]));
  const signalsByContact = new Map<string, TieSignals>();
  for (const { person, signals } of input.signals) {
    const contact = index.match({ linkedinUrl: person.linkedinUrl, emails: [], firstName: person.firstName, lastName: person.lastName, company: person.company }, { byNameAlone: false })
      ?? (person.linkedinUrl ? undefined : index.matchUniqueName(person.firstName, person.lastName));
    if (!contact) continue;
    signalsByContact.set(contact.id, combineSignals(signalsByContact.get(contact.id) ?? emptySignals(), signals));
  }

  // Every tie that this import speaks about: the ones its rows declare, and stored ones its signal files cover.
  const candidates = new Map(wanted);
  if (options.signalFields.length > 0) {
    for (const tie of input.existingTies) {
      if (tie.fromType === 'member' && tie.fromId === options.memberId && !candidates.has(tieKey(tie))) candidates.set(tieKey(tie), { ...tie });
    }
  }
  const result: Tie[] = [];
  const signalled = new Set<string>();
  // LinkedIn connections first, each group in the order met (what a stable sort by "is a connection" gives).
  const ordered: [string, Tie][] = [];
  for (const entry of candidates) if (entry[1].kind === 'connected') ordered.push(entry);
  for (const entry of candidates) if (entry[1].kind !== 'connected') ordered.push(entry);
  for (const [key, tie] of ordered) {
    const previous = stored.get(key);
    const fresh = signalsByContact.get(tie.contactId);
    // Signals belong to one tie per contact: the LinkedIn connection when there is one.
    const carries = !signalled.has(tie.contactId);
    signalled.add(tie.contactId);
    const signals: TieSignals = previous ? { ...previous.signals } : emptySignals();
    if (carries) {
      const source = fresh ?? emptySignals();
      for (const field of options.signalFields) copySignal(signals, source, field);
    }
    const connectedOn = earliest(previous?.connectedOn ?? '', tie.connectedOn);
    if (previous && previous.connectedOn === connectedOn && sameSignals(previous.signals, signals)) continue;
    if (!previous && !wanted.has(key)) continue;
    result.push({ ...tie, connectedOn, signals, source: previous?.source || tie.source, updatedAt: options.now });
    touched(tie.contactId);
  }
  return result;
}
