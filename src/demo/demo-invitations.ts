// Invitations.csv: how the newest tenth of the network was invited, plus invitations still pending.
import type { Random } from '../core/random/seeded-random.ts';
import { csvText } from './csv-text.ts';
import { formatTimestamp, SECONDS_PER_DAY } from './demo-dates.ts';
import type { Identity, IdentityFactory } from './demo-identity.ts';
import type { Owner } from './demo-owner.ts';
import type { DemoPerson } from './demo-people.ts';
import { COMPANIES, FOCUS_TOPICS, fillTemplate, INVITATION_NOTES } from './demo-world.ts';

export const INVITATIONS_HEADER = ['From', 'To', 'Sent At', 'Message', 'Direction', 'inviterProfileUrl', 'inviteeProfileUrl'] as const;

/** Share of connections that appear with their (accepted) invitation: the most recent ones. */
const ACCEPTED_SHARE = 0.1;
/** Invitations not yet accepted, per connection; their people are prospects, absent from Connections.csv. */
const PENDING_SHARE = 0.015;

export function generateInvitations(
  random: Random, people: readonly DemoPerson[], owner: Owner, identities: IdentityFactory, todayDay: number,
): string {
  const me = `${owner.firstName} ${owner.lastName}`;
  const rows: { at: number; fields: string[] }[] = [];

  function add(identity: Identity, company: string, outgoing: boolean, at: number): void {
    const them = `${identity.firstName} ${identity.lastName}`;
    const withNote = random.chance(outgoing ? 0.3 : 0.2);
    const note = withNote
      ? fillTemplate(random.pick(INVITATION_NOTES), { first: outgoing ? identity.firstName : owner.firstName, company: company || 'your company', topic: random.pick(FOCUS_TOPICS) })
      : '';
    rows.push({
      at,
      fields: outgoing
        ? [me, them, formatTimestamp(at), note, 'OUTGOING', owner.url, identity.url]
        : [them, me, formatTimestamp(at), note, 'INCOMING', identity.url, owner.url],
    });
  }

  // `people` is newest first, so the first tenth are the most recent connections.
  const accepted = Math.round(people.length * ACCEPTED_SHARE);
  for (const person of people.slice(0, accepted)) {
    if (!person.identity) continue;
    // Sent up to ten days before it was accepted, never after.
    const day = Math.max(person.connectedDay - random.int(0, 10), 0);
    add(person.identity, person.company, random.chance(0.55), day * SECONDS_PER_DAY + random.int(0, SECONDS_PER_DAY - 1));
  }
  const pending = Math.round(people.length * PENDING_SHARE);
  for (let i = 0; i < pending; i++) {
    const day = todayDay - random.int(0, 21);
    add(identities.next(), random.pick(COMPANIES).name, random.chance(0.7), day * SECONDS_PER_DAY + random.int(0, SECONDS_PER_DAY - 1));
  }
  rows.sort((a, b) => b.at - a.at);
  return csvText(INVITATIONS_HEADER, rows.map((row) => row.fields));
}
