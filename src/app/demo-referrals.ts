// Demo: a few realistic needs and offers among the sample network's people, and two introductions in progress,
// so `intros suggest`, `intros list` and the planner have something to show right after `referable demo`.
import { ReferableError } from '../core/errors.ts';
import { type ScoringContact } from '../store/contacts-repo.ts';
import type { AppContext } from './app-context.ts';
import { advanceIntroduction, proposeIntroduction, type IntroView } from './intros.ts';
import { addNeed, type NeedView } from './needs.ts';
import { addOffer, type OfferView } from './offers.ts';

/** Who has the need (by title), what it is, and who is stated to help with it (by title), with their offer. */
const DEMO_PAIRS: readonly { seeker: RegExp[]; need: string; topic: string; deadlineDays: number; helper: RegExp[]; offer: string }[] = [
  { seeker: [/\b(cto|chief technology|vp,? engineering|head of engineering)\b/i, /engineering/i], need: 'their team is struggling with a SOC 2 audit', topic: 'compliance', deadlineDays: 45,
    helper: [/\b(compliance|security engineer|risk manager)\b/i, /security|risk/i], offer: 'SOC 2, ISO 27001 compliance; has run three audits' },
  { seeker: [/\b(head of data|chief data|director of analytics)\b/i, /data/i], need: 'hiring two senior data engineers, remote in Europe', topic: 'hiring', deadlineDays: 30,
    helper: [/\b(technical recruiter|talent acquisition)\b/i, /recruit|sourcer/i], offer: 'knows many data engineers; data and platform hiring' },
  { seeker: [/\b(head of product|vp of product|director of product|chief product)\b/i, /product/i], need: 'looking for advice on pricing a new enterprise tier', topic: 'pricing', deadlineDays: 0,
    helper: [/\bproduct marketing\b/i, /marketing|growth/i], offer: 'pricing and packaging for B2B SaaS, enterprise tiers' },
  { seeker: [/\b(founder|co-founder)\b/i, /\bceo\b/i], need: 'preparing a seed fundraise and wants warm intros to angel investors', topic: 'fundraising', deadlineDays: 60,
    helper: [/\b(venture partner|entrepreneur in residence|board member|advisor)\b/i, /managing director|partner/i], offer: 'angel investor; early-stage fundraising and pitch decks' },
  { seeker: [/\b(cfo|chief financial|vp finance)\b/i, /finance|controller/i], need: 'moving their payments stack to a new card processor', topic: 'payments', deadlineDays: 0,
    helper: [/payments?|treasury/i, /finance/i], offer: 'payments and card processing; switched processors twice' },
  { seeker: [/\banalyst\b/i, /engineer/i], need: 'wants to move into product management and needs a mentor', topic: 'career', deadlineDays: 0,
    helper: [/\b(group product manager|principal product manager)\b/i, /product manager/i], offer: 'mentoring new product managers; interview prep' },
];

const DAY_MS = 86_400_000;

export interface DemoReferrals {
  needs: NeedView[];
  offers: OfferView[];
  intros: IntroView[];
}

/** The first contact (in a stable order: name, company, title) whose title matches the first pattern that any does. */
function pick(people: readonly ScoringContact[], patterns: readonly RegExp[], used: Set<string>): ScoringContact {
  let found: ScoringContact | undefined;
  for (const pattern of patterns) {
    found = people.find((person) => !used.has(person.id) && pattern.test(person.title));
    if (found) break;
  }
  found ??= people.find((person) => !used.has(person.id));
  if (!found) throw new ReferableError('NOT_FOUND', 'the demo network is too small for the referral examples; use --connections 50 or more');
  used.add(found.id);
  return found;
}

/** Seeds the demo's needs, offers and two introductions in progress; run once, on a freshly imported demo workspace. */
export async function seedDemoReferrals(context: AppContext, options: { today: string }): Promise<DemoReferrals> {
  const people = (await context.store.workspace.contacts.scoring())
    .filter((person) => person.firstName && person.title)
    .sort((a, b) => a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName) || a.company.localeCompare(b.company) || a.title.localeCompare(b.title));
  const at = (daysAgo: number) => new Date(Date.parse(`${options.today}T10:00:00.000Z`) - daysAgo * DAY_MS);
  const on = (daysAgo: number): AppContext => ({ store: context.store, newId: context.newId, now: () => at(daysAgo) });
  const used = new Set<string>();
  const needs: NeedView[] = [];
  const offers: OfferView[] = [];
  for (const [i, pair] of DEMO_PAIRS.entries()) {
    const seeker = pick(people, pair.seeker, used);
    const helper = pick(people, pair.helper, used);
    // Recorded over the last weeks, as a user would, oldest first.
    const when = on(20 - 3 * i);
    const deadline = pair.deadlineDays ? new Date(Date.parse(`${options.today}T00:00:00Z`) + pair.deadlineDays * DAY_MS).toISOString().slice(0, 10) : '';
    needs.push(await addNeed(when, { contact: seeker.id, text: pair.need, topic: pair.topic, deadline }));
    offers.push(await addOffer(when, { contact: helper.id, text: pair.offer }));
  }
  // Two introductions under way: the first waits on the helper's answer, the second on the seeker's.
  const intros: IntroView[] = [];
  const first = await proposeIntroduction(on(4), { need: needs[0].id, helper: offers[0].contact.id });
  await advanceIntroduction(on(3), first.intro.id, { to: 'asked-seeker' });
  intros.push((await advanceIntroduction(on(1), first.intro.id, { to: 'asked-helper', note: `${needs[0].contact.name.split(' ')[0]} said yes` })).intro);
  const second = await proposeIntroduction(on(2), { need: needs[2].id, helper: offers[2].contact.id });
  intros.push((await advanceIntroduction(on(2), second.intro.id, { to: 'asked-seeker' })).intro);
  return { needs, offers, intros };
}
