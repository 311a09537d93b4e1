// Use cases of the referability index: compute it from the market report, the ledger, introductions and content,
// store the day's snapshot, and show the history.
import { isReferableError, ReferableError } from '../core/errors.ts';
import { INDEX_DEFAULTS } from '../core/index/pillars.ts';
import type { MarketReport } from '../core/market/market-report.ts';
import { parseSnapshot, referabilityIndex, snapshotOf, type IndexSnapshot, type ReferabilityIndex } from '../core/index/referability-index.ts';
import { balancesOf, tallyBetween } from '../core/referrals/reciprocity.ts';
import { isReferral, thankYousOwed } from '../core/referrals/referral-ledger.ts';
import { todayOf, type AppContext } from './app-context.ts';
import { loadGivenReferrals } from './given-referrals.ts';
import { countGiven } from '../core/referrals/given-referrals.ts';
import { contentPicture } from './content.ts';
import { rowToEvent } from './ledger.ts';
import { marketReport } from './report.ts';
import { activeTarget } from './target.ts';
import { DEFINE_MARKET } from './next-steps.ts';

export const INDEX_SNAPSHOT_KIND = 'index';

function daysBefore(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The index now, and today's snapshot saved (one per day, the latest run wins). Needs an active target market:
 * reach and breadth are measured against it (NOT_FOUND otherwise, saying how to set one).
 */
export async function computeIndex(context: AppContext, options: { save?: boolean; report?: () => Promise<MarketReport> } = {}): Promise<ReferabilityIndex> {
  const ws = context.store.workspace;
  const asOf = todayOf(context);
  const market = await activeTarget(context);
  if (!market) {
    throw new ReferableError('NOT_FOUND', 'the referability index is measured against your target market, and there is none yet: define one first', undefined, DEFINE_MARKET);
  }
  // serve passes the report it keeps (scored once for the report, the index and the contact list alike).
  const report = await (options.report ?? (() => marketReport(context)))();
  const [picture, rows, thanked, given] = await Promise.all([contentPicture(context), ws.referralEvents.list(), ws.referralEvents.thankYouDates(), loadGivenReferrals(context)]);
  const events = rows.map(rowToEvent);
  const from = daysBefore(asOf, INDEX_DEFAULTS.reciprocity.windowDays - 1);
  const recent = tallyBetween(events, from, asOf);
  // Given: the ledger's referrals and the introductions made that it lacks, the records the weekly review counts too.
  const introsEver = given.filter((entry) => entry.source === 'workflow').length;
  const balances = balancesOf(events);
  const weekly = market.goals.weekly;
  const index = referabilityIndex({
    asOf,
    market: report.market.name,
    reach: { inMarket: report.quantity.inMarket, goal: report.quantity.goal, prospects: report.quantity.inMarketProspects, weeklyConnectionRequests: weekly.connectionRequests },
    breadth: {
      targetCompanies: report.coverage.companies.length,
      covered: report.coverage.covered,
      coveredGoal: report.coverage.goal,
      whiteSpace: report.coverage.whiteSpace,
      top5Share: report.breadth.top5Share,
      effectiveCompanies: report.breadth.effectiveCompanies,
      topCompanies: report.breadth.topCompanies.map((company) => company.name),
    },
    reciprocity: {
      givenRecent: countGiven(given, { from, to: asOf }),
      receivedRecent: recent.received,
      balance: balances.overall.balance + introsEver,
      everRecorded: events.filter(isReferral).length + introsEver,
      thankYousOwed: thankYousOwed(events, thanked).length,
      weeklyIntroductions: weekly.introductions,
    },
    goTo: picture.score,
  });
  if (options.save !== false) {
    try {
      await ws.transaction((tx) =>
        tx.snapshots.save({ kind: INDEX_SNAPSHOT_KIND, takenOn: asOf, payload: JSON.stringify(snapshotOf(index)), takenAt: context.now().toISOString() }),
      );
    } catch (error) {
      // The index was computed: another writer holding the workspace past the wait only costs today's snapshot,
      // which the next run takes.
      if (!(isReferableError(error) && error.code === 'BUSY')) throw error;
    }
  }
  return index;
}

export interface IndexHistory {
  snapshots: IndexSnapshot[];
  /** Latest minus first score, or null with fewer than two snapshots. */
  change: number | null;
}

export async function indexHistory(context: AppContext): Promise<IndexHistory> {
  const stored = await context.store.workspace.snapshots.list(INDEX_SNAPSHOT_KIND);
  const snapshots = stored.map((row) => parseSnapshot(row.takenOn, row.payload)).filter((row): row is IndexSnapshot => row !== null);
  const change = snapshots.length >= 2 ? Math.round((snapshots[snapshots.length - 1].score - snapshots[0].score) * 10) / 10 : null;
  return { snapshots, change };
}
