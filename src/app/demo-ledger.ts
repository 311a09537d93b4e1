// The demo's referral ledger: a few months of introductions and referrals, given and received, with outcomes and
// thank-yous (one referral still waiting for its thank-you), among the demo's contacts. Deterministic for a network.
import { ReferableError } from '../core/errors.ts';
import { newReferralEvent, outcomeUpdate, type ReferralEvent } from '../core/referrals/referral-ledger.ts';
import type { AppContext } from './app-context.ts';
import { eventToRow } from './ledger.ts';
import { scoreWorkspaceLean } from './market-scoring.ts';
import { activeTarget } from './target.ts';

export interface DemoLedgerSummary {
  events: number;
  thankYous: number;
  /** Received referrals still without a thank-you. */
  owed: number;
}

function daysAgo(today: string, days: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Appends the demo's ledger. Picks people by market fit and name (not by id, which is random), so the same demo
 * network gets the same story. Does nothing when the ledger already holds events (a re-run never duplicates).
 */
export async function seedDemoLedger(context: AppContext, options: { today: string }): Promise<DemoLedgerSummary> {
  const ws = context.store.workspace;
  if ((await ws.referralEvents.count()) > 0) return { events: 0, thankYous: 0, owed: 0 };
  const market = await activeTarget(context);
  const { scored } = await scoreWorkspaceLean(context, market);
  const people = scored
    .filter((contact) => contact.strength !== null && contact.company)
    .sort((a, b) => Number(b.inMarket) - Number(a.inMarket) || b.fit - a.fit || a.name.localeCompare(b.name) || a.company.localeCompare(b.company));
  // Seven different people at (where possible) different companies: the story should not tap one well.
  const picked: typeof people = [];
  for (const person of people) {
    if (picked.length === 7) break;
    if (!picked.some((other) => other.companyKey === person.companyKey)) picked.push(person);
  }
  for (const person of people) {
    if (picked.length === 7) break;
    if (!picked.includes(person)) picked.push(person);
  }
  if (picked.length < 7) throw new ReferableError('NOT_FOUND', `the demo ledger needs at least 7 connected contacts; this workspace has ${picked.length}`);
  const [ana, ben, cara, dev, eli, fay, gus] = picked;
  const { today } = options;
  const meta = () => ({ id: context.newId(), recordedAt: context.now().toISOString(), today });
  const events: ReferralEvent[] = [];
  const add = (input: Parameters<typeof newReferralEvent>[0]) => {
    const event = newReferralEvent(input, meta());
    events.push(event);
    return event;
  };
  const update = (earlier: ReferralEvent, outcome: string, days: number) => events.push(outcomeUpdate(earlier, { outcome, occurredOn: daysAgo(today, days) }, meta()));

  const intro = add({ direction: 'given', kind: 'intro', contactId: ana.id, otherContactId: ben.id, company: ben.company, occurredOn: daysAgo(today, 150), note: 'Both work on checkout; ' + `${ana.name.split(' ')[0]} wanted a second opinion on 3-D Secure.` });
  update(intro, 'meeting', 140);
  const job = add({ direction: 'received', kind: 'job', contactId: cara.id, company: cara.company, occurredOn: daysAgo(today, 95), note: 'Referred me for the Group PM opening.' });
  update(job, 'interview', 80);
  const referral = add({ direction: 'given', kind: 'job', contactId: dev.id, otherContactId: eli.id, company: eli.company, occurredOn: daysAgo(today, 60), note: 'Passed their CV to the hiring manager.' });
  update(referral, 'interview', 45);
  add({ direction: 'given', kind: 'advice', contactId: fay.id, occurredOn: daysAgo(today, 33), note: 'Reviewed their pricing page.' });
  add({ direction: 'received', kind: 'intro', contactId: eli.id, otherContactId: gus.id, company: gus.company, occurredOn: daysAgo(today, 12), note: 'Introduced me to their head of product.' });
  add({ direction: 'given', kind: 'intro', contactId: gus.id, otherContactId: ana.id, company: ana.company, occurredOn: daysAgo(today, 6) });

  const thankYous = [
    { contactId: cara.id, on: daysAgo(today, 94) },
    { contactId: cara.id, on: daysAgo(today, 79) },
  ];
  await ws.transaction(async (tx) => {
    for (const event of events) await tx.referralEvents.insert(eventToRow(event));
    for (const thanks of thankYous) {
      await tx.referralEvents.insertThankYou({ interactionId: context.newId(), contactId: thanks.contactId, occurredAt: `${thanks.on}T12:00:00.000Z`, note: 'Thank-you note', minutes: 5 });
    }
  });
  // Eli's introduction (12 days ago) is still waiting for its thank-you.
  return { events: events.length, thankYous: thankYous.length, owed: 1 };
}
