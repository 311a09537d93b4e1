// One contact's page in one read: who they are, where they stand in the market, and everything between us —
// interactions, job changes, needs, offers, referrals, introductions — with the follow-up cadence they are on.
import { cadenceStatus, type CadenceState } from '../core/planner/cadence.ts';
import { addDays } from '../core/planner/week.ts';
import { type InteractionRow } from '../store/interactions-repo.ts';
import { todayOf, type AppContext } from './app-context.ts';
import { showContact } from './contacts.ts';
import { lastTouchOf } from './interactions.ts';
import { listIntroductions, type IntroView } from './intros.ts';
import { listLedger, type LedgerEntry } from './ledger.ts';
import { myTiesByContact, scoreContacts, type MarketFacts } from './market-scoring.ts';
import { listNeeds, type NeedView } from './needs.ts';
import { listOffers, type OfferView } from './offers.ts';
import { loadSettings } from './settings.ts';
import { readContactPage } from './page-reads.ts';
import { activeTarget } from './target.ts';

type ShownContact = Awaited<ReturnType<typeof showContact>>;

export interface InteractionView {
  id: string;
  kind: string;
  minutes: number;
  note: string;
  occurredAt: string;
  /** logged (by hand), plan (a ticked-off plan item), or the import it came from. */
  source: string;
}

/** Where the contact stands against their follow-up rhythm (settings: planner.cadence.tiers). */
export interface CadenceView {
  tier: string;
  idealDays: number;
  maxDays: number;
  /** The latest touch (ISO timestamp or day), '' when there was never one. */
  lastTouch: string;
  daysSinceLastTouch: number | null;
  /** ok: touched within idealDays; due: past idealDays; losing-touch: past maxDays, or never touched. */
  state: CadenceState;
  /** The day the next touch is ideally due (today when there was never one). */
  dueOn: string;
}

export interface ContactHistory {
  contact: Omit<ShownContact, 'ties' | 'events'>;
  /** The active market's name, or null: then fit is 0 and nobody is in market. */
  activeMarket: string | null;
  market: MarketFacts;
  ties: ShownContact['ties'];
  /** Job and title changes seen between imports, newest first. */
  events: ShownContact['events'];
  /** Newest first. */
  interactions: InteractionView[];
  /** Open needs first, then closed ones; newest first within each. */
  needs: NeedView[];
  /** Stated offers (open and closed) first, then what the imports say they can help with, each with its source. */
  offers: OfferView[];
  /** Ledger events where they are the person helped, who helped, or the other side; newest first. */
  referrals: LedgerEntry[];
  /** Introductions where they are the seeker or the helper, most recently changed first. */
  introductions: IntroView[];
  /** Null for a prospect (I have no tie to keep warm) or when no cadence tier applies to them. */
  cadence: CadenceView | null;
}

function interactionView(row: InteractionRow): InteractionView {
  return { id: row.interaction_id, kind: row.kind, minutes: row.minutes, note: row.note, occurredAt: row.occurred_at, source: row.source };
}

const newestFirst = <T>(key: (value: T) => string) => (a: T, b: T) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : 0);

/**
 * Everything the contact page shows, for one contact only: no query here reads the whole network, so a page stays
 * fast on 30,000 contacts (their fit is scored alone, which gives the same answer as scoring everyone).
 */
export async function contactHistory(everywhere: AppContext, reference: string): Promise<ContactHistory> {
  // Everything the use cases below read about this contact is read once, in one read (page-reads.ts).
  const { contact: found, context } = await readContactPage(everywhere, reference);
  const id = found.id;
  const ws = context.store.workspace;
  // Each use case gets the contact resolved here, not its id: on a busy server every query saved is a turn of the
  // event loop (SQLite) or of the connection pool (PostgreSQL) that 50 other requests are waiting for.
  const [shown, market, members, rows, needs, offers, referrals, introductions, settings] = await Promise.all([
    showContact(context, found),
    activeTarget(context),
    ws.members.list(),
    ws.interactions.ofContact(id),
    listNeeds(context, { contact: found, status: 'all' }),
    listOffers(context, { contact: found, status: 'all' }),
    listLedger(context, { contact: found }),
    listIntroductions(context, { contact: found }),
    loadSettings(context),
  ]);
  const me = members.find((member) => member.isMe);
  const myTie = me ? myTiesByContact(await ws.ties.list({ fromType: 'member', fromId: me.id, contactId: id }), me.id).get(id) : undefined;
  const facts = scoreContacts([found], myTie ? new Map([[id, myTie]]) : new Map(), market, context.now().getTime()).facts.get(id)!;
  const interactions = rows.map(interactionView);
  const today = todayOf(context);
  let cadence: CadenceView | null = null;
  if (myTie) {
    const lastTouch = lastTouchOf(interactions[0]?.occurredAt ?? '', myTie, found.connectedOn);
    const status = cadenceStatus({ id, tags: found.tags, inMarket: facts.inMarket, lastTouch }, settings.planner.cadence.tiers, today);
    if (status) {
      const { name, idealDays, maxDays } = status.tier;
      cadence = { tier: name, idealDays, maxDays, lastTouch, daysSinceLastTouch: status.daysSince, state: status.state, dueOn: lastTouch ? addDays(lastTouch.slice(0, 10), idealDays) : today };
    }
  }
  const { ties, events, ...contact } = shown;
  return {
    contact,
    activeMarket: market?.name ?? null,
    market: facts,
    ties,
    events: [...events].sort(newestFirst((event) => event.observedAt)),
    interactions,
    needs: [...needs].sort((a, b) => Number(a.status === 'closed') - Number(b.status === 'closed') || newestFirst<NeedView>((need) => need.createdAt)(a, b)),
    offers: offers.offers,
    referrals: [...referrals].reverse(),
    introductions,
    cadence,
  };
}
