// Ticking a plan item "introduce A to B" moves that introduction into the double-opt-in workflow: the plan and the
// workflow are one thing, so the matcher stops proposing other helpers for the need and every count reads the same
// introduction record.
import {
  advanceIntroduction as advanceInCore,
  effectiveState,
  isOpenIntroduction,
  proposeIntroduction as proposeInCore,
  type Introduction,
} from '../core/referrals/intro-workflow.ts';
import type { PlanItemRow } from '../store/plans-repo.ts';
import type { Workspace } from '../store/workspace-store.ts';
import type { AppContext } from './app-context.ts';

export interface LinkedIntroduction {
  introId: string;
  /** True when the tick created it; false when it linked one already in the workflow for that pair and need. */
  created: boolean;
  /** True when the tick recorded "asked A" (it was only suggested). */
  askedSeeker: boolean;
}

/** States in which an introduction for the pair is the one the plan item stands for (not declined or expired). */
function isLinkable(intro: Introduction, now: number, expireAfterDays: number): boolean {
  return isOpenIntroduction(intro, now, expireAfterDays) || intro.state === 'made' || intro.state === 'closed';
}

/**
 * The introduction for the item's pair (and need, when it has one): an open or made one is linked, otherwise one is
 * proposed. Ticking the item means A was asked, so one still only suggested moves to `asked-seeker`, with the ask
 * recorded for well rotation, as `intros advance --to asked-seeker` does. Runs inside the tick's transaction.
 */
export async function moveIntoWorkflow(
  context: AppContext,
  tx: Workspace,
  item: PlanItemRow,
  input: { at: string; planItemLabel: string; expireAfterDays: number },
): Promise<LinkedIntroduction> {
  const now = Date.parse(input.at);
  const seekerId = item.contact_id;
  const helperId = item.other_contact_id;
  // A need that no longer exists is not linked (an introduction may stand without one).
  const needId = item.need_id && (await tx.needs.get(item.need_id)) ? item.need_id : '';
  const candidates = (await tx.introductions.list({ contactId: helperId }))
    .filter((intro) => intro.seekerId === seekerId && intro.helperId === helperId && (!needId || !intro.needId || intro.needId === needId))
    .filter((intro) => isLinkable(intro, now, input.expireAfterDays))
    // The open one first, then the one for this need, then the newest.
    .sort((a, b) => Number(isOpenIntroduction(b, now, input.expireAfterDays)) - Number(isOpenIntroduction(a, now, input.expireAfterDays)) || Number(b.needId === needId) - Number(a.needId === needId) || b.updatedAt.localeCompare(a.updatedAt));
  let intro = candidates[0];
  const created = !intro;
  if (!intro) {
    intro = proposeInCore({ id: context.newId(), needId, seekerId, helperId, at: input.at, note: `from the weekly plan (${input.planItemLabel})` });
    await tx.introductions.insert(intro);
  }
  let askedSeeker = false;
  if (effectiveState(intro, now, input.expireAfterDays) === 'suggested') {
    const moved = advanceInCore(intro, { to: 'asked-seeker', at: input.at, note: `ticked off in the weekly plan (${input.planItemLabel})` }, now, input.expireAfterDays);
    await tx.introductions.update(moved);
    await tx.asks.insert({ id: context.newId(), contactId: seekerId, purpose: 'intro-seeker', introId: intro.id, askedAt: input.at });
    askedSeeker = true;
  }
  return { introId: intro.id, created, askedSeeker };
}
