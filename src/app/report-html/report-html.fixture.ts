// Hand-built MarketReports for the HTML report's tests: a full one with hostile contact data, and an empty one.
import type { MarketReport } from '../../core/market/market-report.ts';

export const HOSTILE_NAME = '<img src=x onerror=alert(1)>';
export const HOSTILE_COMPANY = '"Bobby" & <Tables>';

const BANDS = [
  { label: 'weak', min: 0, max: 0.2 },
  { label: 'moderate', min: 0.2, max: 0.5 },
  { label: 'strong', min: 0.5, max: 1 },
];

/** 24 months ending with the as-of month, as growthOf lays them out; `added` is oldest first. */
function months(last: string, added: number[], before: number): MarketReport['growth']['months'] {
  const [year, month] = last.split('-').map(Number);
  const end = year * 12 + month - 1;
  let cumulative = before;
  return added.map((count, index) => {
    const at = end - (added.length - 1 - index);
    cumulative += count;
    return { month: `${Math.floor(at / 12)}-${String((at % 12) + 1).padStart(2, '0')}`, added: count, cumulative };
  });
}

export function sampleReport(): MarketReport {
  const histogram = [40, 52, 38, 20, 14, 9, 6, 4, 2, 1];
  const added = [2, 3, 1, 4, 2, 6, 5, 3, 4, 8, 7, 5, 6, 9, 4, 7, 6, 5, 8, 10, 9, 6, 3, 3];
  return {
    market: { name: 'Fintech product roles, London', threshold: 50 },
    asOf: '2025-03-14',
    quantity: { totalConnections: 1240, inMarket: 186, inMarketShare: 0.15, goal: 300, goalProgress: 0.62, inMarketProspects: 42 },
    quality: {
      bands: [
        { ...BANDS[0], count: 92 },
        { ...BANDS[1], count: 72 },
        { ...BANDS[2], count: 22 },
      ],
      histogram,
      medianStrength: 0.19,
      meanStrength: 0.241,
      quadrant: 'few-weak',
      advice: 'Grow first: add in-market connections. Quantity inside your market is what gets the word out.',
      thresholds: { warmMedian: 0.2, largeShare: 1 },
    },
    coverage: {
      companies: [
        { name: 'Ledgerlark', tier: 1, contacts: 14, prospects: 5, bySeniority: { Entry: 2, Senior: 5, Manager: 4, Director: 2, VP: 1 }, strongest: { contactId: 'c1', name: 'Priya Natarajan', title: 'Director of Product, Payments', strength: 0.74 } },
        { name: 'Clearbrook Payments', tier: 1, contacts: 9, prospects: 2, bySeniority: { Senior: 3, Manager: 3, CXO: 1, Unknown: 2 }, strongest: { contactId: 'c2', name: "Seán O'Connor", title: 'Group Product Manager', strength: 0.41 } },
        { name: HOSTILE_COMPANY, tier: 1, contacts: 3, prospects: 0, bySeniority: { Manager: 2, Director: 1 }, strongest: { contactId: 'c3', name: HOSTILE_NAME, title: 'Head of <b>Product</b>', strength: 0.18 } },
        { name: 'Woodgrove Bank', tier: 2, contacts: 6, prospects: 1, bySeniority: { Entry: 1, Senior: 2, Manager: 2, VP: 1 }, strongest: { contactId: 'c4', name: 'Mei Chen', title: 'VP Product', strength: 0.33 } },
        { name: 'Northwind Traders', tier: 2, contacts: 1, prospects: 0, bySeniority: { Senior: 1 }, strongest: { contactId: 'c5', name: 'Tom Becker', title: '', strength: 0.08 } },
        { name: 'Contoso Pay', tier: 2, contacts: 0, prospects: 3, bySeniority: {}, strongest: null },
        { name: 'Fabrikam Finance', tier: 3, contacts: 0, prospects: 0, bySeniority: {}, strongest: null },
        { name: 'Tailspin Treasury', tier: 3, contacts: 0, prospects: 0, bySeniority: {}, strongest: null },
      ],
      whiteSpace: ['Contoso Pay', 'Fabrikam Finance', 'Tailspin Treasury'],
      coverageRate1: 0.625,
      coverageRate3: 0.5,
      covered: 5,
      goal: 10,
    },
    breadth: {
      top5Share: 0.231,
      effectiveCompanies: 24.6,
      distinctCompanies: 71,
      topCompanies: [
        { name: 'Ledgerlark', count: 14, share: 0.082 },
        { name: 'Clearbrook Payments', count: 9, share: 0.053 },
        { name: 'Woodgrove Bank', count: 6, share: 0.035 },
        { name: 'Paysprig', count: 6, share: 0.035 },
        { name: 'Quidwell Business and Enterprise Payments Ltd', count: 4, share: 0.023 },
        { name: HOSTILE_COMPANY, count: 3, share: 0.018 },
        { name: 'Fernwallet', count: 3, share: 0.018 },
        { name: 'Coinwright', count: 3, share: 0.018 },
        { name: 'Kronwald Bank', count: 2, share: 0.012 },
        { name: 'Vaultwick', count: 2, share: 0.012 },
      ],
    },
    growth: { goalBy: '2027-06-30', months: months('2025-03', added, 60), recentPerMonth: 6.8, neededPerMonth: 13, monthsToGoal: 17 },
    jobChanges: [
      { contactId: 'c9', name: 'Amara Okafor', from: { company: 'Paysprig', title: 'Senior Product Manager' }, to: { company: 'Ledgerlark', title: 'Principal Product Manager' }, observedAt: '2025-03-02', intoTarget: true },
      { contactId: 'c3', name: HOSTILE_NAME, from: { company: 'Fernwallet', title: 'Product Lead' }, to: { company: HOSTILE_COMPANY, title: 'Head of Product' }, observedAt: '2025-02-11', intoTarget: true },
      { contactId: 'c7', name: 'Jonas Weber', from: { company: 'Woodgrove Bank', title: 'Analyst' }, to: { company: 'Acme Consulting', title: '' }, observedAt: '2024-12-20', intoTarget: false },
    ],
    jobChangesTotal: 3,
  };
}

/** A brand-new workspace: nothing imported, no target companies, no events. */
export function emptyReport(): MarketReport {
  return {
    market: { name: 'My market', threshold: 50 },
    asOf: '2025-03-14',
    quantity: { totalConnections: 0, inMarket: 0, inMarketShare: 0, goal: 300, goalProgress: 0, inMarketProspects: 0 },
    quality: {
      bands: BANDS.map((band) => ({ ...band, count: 0 })),
      histogram: new Array<number>(10).fill(0),
      medianStrength: 0,
      meanStrength: 0,
      quadrant: 'few-weak',
      advice: 'Grow first: add in-market connections. Quantity inside your market is what gets the word out.',
      thresholds: { warmMedian: 0.2, largeShare: 1 },
    },
    coverage: { companies: [], whiteSpace: [], coverageRate1: 0, coverageRate3: 0, covered: 0, goal: 10 },
    breadth: { top5Share: 0, effectiveCompanies: 0, distinctCompanies: 0, topCompanies: [] },
    growth: { goalBy: '', months: months('2025-03', new Array<number>(24).fill(0), 0), recentPerMonth: 0, neededPerMonth: 25, monthsToGoal: null },
    jobChanges: [],
    jobChangesTotal: 0,
  };
}
