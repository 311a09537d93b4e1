// messages.csv: conversations with about 15% of connections, heavy-tailed, plus a few recruiter InMails.
//
// Message counts per conversation follow a Pareto law (alpha 1.2): most threads are one or two messages,
// a few close contacts have dozens — the shape tie strength has to cope with in real inboxes.
import type { Random } from '../core/random/seeded-random.ts';
import { csvLine } from './csv-text.ts';
import { formatTimestamp, SECONDS_PER_DAY } from './demo-dates.ts';
import type { IdentityFactory } from './demo-identity.ts';
import type { Owner } from './demo-owner.ts';
import type { DemoPerson } from './demo-people.ts';
import { COMPANIES, CONVERSATION_OPENERS, CONVERSATION_TURNS, FOCUS_TOPICS, fillTemplate } from './demo-world.ts';

export const MESSAGES_HEADER = [
  'CONVERSATION ID', 'CONVERSATION TITLE', 'FROM', 'SENDER PROFILE URL', 'TO', 'RECIPIENT PROFILE URLS', 'DATE', 'SUBJECT',
  'CONTENT', 'FOLDER', 'ATTACHMENTS', 'IS MESSAGE DRAFT',
] as const;

interface Party {
  name: string;
  first: string;
  url: string;
}

type Kind = keyof typeof CONVERSATION_OPENERS;
const KINDS: readonly Kind[] = ['thanks', 'congrats', 'intro', 'referral', 'event', 'advice', 'recruiter'];
const KIND_WEIGHTS = [5, 2, 1, 1, 1, 1, 0];
/** Who writes first: the owner asks for intros and referrals; contacts reach out for advice or with jobs. */
const OWNER_OPENS: Record<Kind, number> = { thanks: 0.5, congrats: 1, intro: 1, referral: 1, event: 0.5, advice: 0, recruiter: 0 };

export interface MessagesResult {
  text: string;
  /** Messages exchanged with each connection, the strongest signal of a tie. */
  counts: Map<DemoPerson, number>;
}

/** A conversation id shaped like LinkedIn's: "2-" and the base64 of a UUID with a suffix. */
function conversationId(random: Random): string {
  const h = (): string => random.uint32().toString(16).padStart(8, '0');
  const a = h();
  const b = h();
  const c = h();
  const d = h();
  const uuid = `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${c.slice(0, 4)}-${c.slice(4)}${d}`;
  return `2-${btoa(`${uuid}_010`)}`;
}

/** Seconds between messages: mostly within hours, sometimes days, now and then a thread picked up months later. */
function gap(random: Random): number {
  const roll = random.next();
  if (roll < 0.6) return random.int(300, 8 * 3600);
  if (roll < 0.9) return random.int(SECONDS_PER_DAY, 7 * SECONDS_PER_DAY);
  return random.int(8 * SECONDS_PER_DAY, 90 * SECONDS_PER_DAY);
}

/** Timestamps of `count` messages, starting no earlier than `earliest` and ending by `latest`. */
function timeline(random: Random, count: number, earliest: number, latest: number, prompt: boolean): number[] {
  const gaps = [0];
  for (let i = 1; i < count; i++) gaps.push(gap(random));
  let span = gaps.reduce((sum, value) => sum + value, 0);
  const room = Math.max(0, latest - earliest);
  if (span > room) {
    // Too long to fit between connecting and today: squeeze the gaps, keeping their shape, into part of the room.
    const factor = (room * random.float(0.3, 0.95)) / span;
    for (let i = 1; i < gaps.length; i++) gaps[i] = Math.floor(gaps[i] * factor);
    span = gaps.reduce((sum, value) => sum + value, 0);
  }
  const free = room - span;
  const offset = prompt ? Math.min(free, random.int(0, 3 * SECONDS_PER_DAY)) : Math.floor(free * Math.sqrt(random.next()));
  const times: number[] = [];
  let at = earliest + offset;
  for (const value of gaps) times.push((at += value));
  return times;
}

export function generateMessages(
  random: Random, people: readonly DemoPerson[], owner: Owner, identities: IdentityFactory, todayDay: number,
): MessagesResult {
  const me: Party = { name: `${owner.firstName} ${owner.lastName}`, first: owner.firstName, url: owner.url };
  const latest = todayDay * SECONDS_PER_DAY + SECONDS_PER_DAY - 1;
  const counts = new Map<DemoPerson, number>();
  const conversations: { last: number; lines: string[] }[] = [];
  const visible = people.filter((person) => person.identity !== null);
  const party = (person: DemoPerson): Party => {
    const identity = person.identity!;
    return { name: `${identity.firstName} ${identity.lastName}`.trim(), first: identity.firstName, url: identity.url };
  };

  function write(kind: Kind, others: Party[], company: string, times: number[], ownerFirst: boolean, subject: string): void {
    const id = conversationId(random);
    const title = others.length > 1 ? others.map((other) => other.name).join(', ') : '';
    const lines: string[] = [];
    let sender: Party = ownerFirst ? me : others[0];
    times.forEach((time, index) => {
      const recipients = sender === me ? others : [me, ...others.filter((other) => other !== sender)];
      const values = { first: recipients[0].first, company: company || 'your company', topic: random.pick(FOCUS_TOPICS) };
      const content = fillTemplate(index === 0 ? random.pick(CONVERSATION_OPENERS[kind]) : random.pick(CONVERSATION_TURNS), values);
      lines.push(csvLine([
        id, title, sender.name, sender.url, recipients.map((r) => r.name).join(', '), recipients.map((r) => r.url).join(' '),
        formatTimestamp(time), index === 0 ? subject : '', content, 'INBOX', '', 'false',
      ]));
      // Replies mostly alternate; sometimes the same person writes twice in a row.
      if (random.chance(0.8)) sender = sender === me ? random.pick(others) : me;
    });
    conversations.push({ last: times[times.length - 1], lines: lines.reverse() });
  }

  for (const person of visible) {
    if (!random.chance(person.metAt ? 0.3 : 0.11)) continue;
    const pareto = Math.pow(1 - random.next(), -1 / 1.2) * (person.metAt ? 1.5 : 1);
    const count = Math.min(150, Math.max(1, Math.floor(pareto)));
    const isRecruiter = /recruit|talent/i.test(person.title);
    const kind: Kind = isRecruiter && random.chance(0.6) ? 'recruiter' : random.weightedPick(KINDS, KIND_WEIGHTS);
    const others = [party(person)];
    if (random.chance(0.03) && visible.length > 3) {
      // A small group thread: an introduction or a team chat with one or two more connections.
      for (let extra = random.int(1, 2); extra > 0; extra--) {
        const other = random.pick(visible);
        if (other !== person && !others.some((p) => p.url === other.identity!.url)) {
          others.push(party(other));
          counts.set(other, (counts.get(other) ?? 0) + 1);
        }
      }
    }
    const times = timeline(random, count, person.connectedDay * SECONDS_PER_DAY + random.int(6 * 3600, 20 * 3600), latest, kind === 'thanks');
    const subject = kind === 'recruiter' ? `Opportunity at ${person.company || 'our company'}` : '';
    write(kind, others, person.company, times, random.chance(OWNER_OPENS[kind]), subject);
    counts.set(person, (counts.get(person) ?? 0) + count);
  }

  // InMails from recruiters the owner is not connected to: senders who appear nowhere in Connections.csv.
  const inMails = Math.max(1, Math.round(people.length * 0.003));
  for (let i = 0; i < inMails; i++) {
    const identity = identities.next();
    const sender: Party = { name: `${identity.firstName} ${identity.lastName}`, first: identity.firstName, url: identity.url };
    const start = (todayDay - random.int(1, 180)) * SECONDS_PER_DAY + random.int(7 * 3600, 18 * 3600);
    const times = timeline(random, random.int(1, 2), start, latest, true);
    const company = random.pick(COMPANIES).name;
    write('recruiter', [sender], company, times, false, random.pick(['Your next role?', `Group Product Manager at ${company}`, 'Quick question']));
  }

  conversations.sort((a, b) => b.last - a.last);
  const lines = [MESSAGES_HEADER.join(',')];
  for (const conversation of conversations) lines.push(...conversation.lines);
  return { text: `${lines.join('\n')}\n`, counts };
}
