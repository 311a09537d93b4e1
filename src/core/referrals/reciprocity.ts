// Reciprocity: the ledger's balance per contact and overall (given minus received), and how it moved month by month.
//
// Balance is a plain sum over referrals: +1 for each referral given, -1 for each received. Outcome updates follow
// a referral and do not count again. A given introduction counts for the person helped (the event's contact).
import { isReferral, type ReferralEvent } from './referral-ledger.ts';

export interface Tally {
  given: number;
  received: number;
  /** given - received: above zero you have given more than you received. */
  balance: number;
}

export interface ContactBalance extends Tally {
  contactId: string;
  /** The newest referral with this person, YYYY-MM-DD. */
  lastOn: string;
}

export interface Balances {
  overall: Tally;
  /** Most lopsided first (biggest absolute balance), then most active. */
  perContact: ContactBalance[];
}

export function balancesOf(events: readonly ReferralEvent[]): Balances {
  const overall: Tally = { given: 0, received: 0, balance: 0 };
  const byContact = new Map<string, ContactBalance>();
  for (const event of events) {
    if (!isReferral(event)) continue;
    let row = byContact.get(event.contactId);
    if (!row) {
      row = { contactId: event.contactId, given: 0, received: 0, balance: 0, lastOn: '' };
      byContact.set(event.contactId, row);
    }
    if (event.direction === 'given') {
      row.given++;
      overall.given++;
    } else {
      row.received++;
      overall.received++;
    }
    if (event.occurredOn > row.lastOn) row.lastOn = event.occurredOn;
  }
  overall.balance = overall.given - overall.received;
  const perContact = [...byContact.values()];
  for (const row of perContact) row.balance = row.given - row.received;
  perContact.sort((a, b) => Math.abs(b.balance) - Math.abs(a.balance) || b.given + b.received - (a.given + a.received) || a.contactId.localeCompare(b.contactId));
  return { overall, perContact };
}

export interface MonthReciprocity {
  /** YYYY-MM. */
  month: string;
  given: number;
  received: number;
  /** Balance of all referrals up to the end of this month (including those before the window). */
  cumulativeBalance: number;
}

export const RECIPROCITY_DEFAULTS = { months: 12 };

function addMonths(month: string, delta: number): string {
  const [year, value] = month.split('-').map(Number);
  const index = year * 12 + (value - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Referrals given and received per month over the last `months` months up to asOf (YYYY-MM-DD), oldest first. */
export function reciprocityByMonth(events: readonly ReferralEvent[], asOf: string, options: Partial<typeof RECIPROCITY_DEFAULTS> = {}): MonthReciprocity[] {
  const months = options.months ?? RECIPROCITY_DEFAULTS.months;
  const last = asOf.slice(0, 7);
  const first = addMonths(last, -(months - 1));
  const rows: MonthReciprocity[] = [];
  for (let index = 0; index < months; index++) rows.push({ month: addMonths(first, index), given: 0, received: 0, cumulativeBalance: 0 });
  let before = 0;
  for (const event of events) {
    if (!isReferral(event)) continue;
    const month = event.occurredOn.slice(0, 7);
    const sign = event.direction === 'given' ? 1 : -1;
    if (month < first) {
      before += sign;
      continue;
    }
    if (month > last) continue;
    const row = rows[monthIndex(first, month)];
    if (event.direction === 'given') row.given++;
    else row.received++;
  }
  let running = before;
  for (const row of rows) {
    running += row.given - row.received;
    row.cumulativeBalance = running;
  }
  return rows;
}

function monthIndex(first: string, month: string): number {
  const [fy, fm] = first.split('-').map(Number);
  const [y, m] = month.split('-').map(Number);
  return y * 12 + m - (fy * 12 + fm);
}

/** Referrals given and received in [from, to] (YYYY-MM-DD, inclusive). */
export function tallyBetween(events: readonly ReferralEvent[], from: string, to: string): Tally {
  const tally: Tally = { given: 0, received: 0, balance: 0 };
  for (const event of events) {
    if (!isReferral(event) || event.occurredOn < from || event.occurredOn > to) continue;
    if (event.direction === 'given') tally.given++;
    else tally.received++;
  }
  tally.balance = tally.given - tally.received;
  return tally;
}
