// Use case: the referrals given, read once from the ledger and the introductions (see core/referrals/given-referrals.ts),
// for the weekly review, the ledger and the referability index alike.
import { givenReferrals, type GivenReferral, type MadeIntroduction } from '../core/referrals/given-referrals.ts';
import type { Introduction } from '../core/referrals/intro-workflow.ts';
import { dayOfIn, type AppContext } from './app-context.ts';
import { rowToEvent } from './ledger.ts';

/** Introductions that reached `made`, with the user's day they were made (the day the ledger event carries). */
export function madeIntroductions(context: AppContext, intros: readonly Introduction[]): MadeIntroduction[] {
  const made: MadeIntroduction[] = [];
  for (const intro of intros) {
    const step = intro.history.find((entry) => entry.state === 'made' && !Number.isNaN(Date.parse(entry.at)));
    if (!step) continue;
    made.push({ introId: intro.id, seekerId: intro.seekerId, helperId: intro.helperId, madeOn: dayOfIn(context, new Date(step.at)) });
  }
  return made;
}

export async function loadGivenReferrals(context: AppContext): Promise<GivenReferral[]> {
  const ws = context.store.workspace;
  const [rows, intros] = await Promise.all([ws.referralEvents.list({ direction: 'given' }), ws.introductions.list()]);
  return givenReferrals(rows.map(rowToEvent), madeIntroductions(context, intros));
}
