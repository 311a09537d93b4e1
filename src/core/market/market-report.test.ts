// The report's numbers on a small network whose answers can be checked by hand.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { breadthOf } from './breadth.ts';
import { growthOf } from './growth.ts';
import { buildMarketReport, type ScoredContact } from './market-report.ts';
import { market } from './market.fixture.ts';

const ledgerlark = { name: 'Ledgerlark', tier: 1 as const, aliases: [], industry: '' };
function contact(id: string, overrides: Partial<ScoredContact> = {}): ScoredContact {
  return { id, name: `Person ${id}`, company: 'Ledgerlark', companyKey: 'ledgerlark', title: 'PM', seniority: 'Manager', function: 'Product Management', connectedOn: '2026-10-01', fit: 80, inMarket: true, targetCompany: ledgerlark, strength: 0.1, ...overrides };
}

describe('market report', () => {
  const contacts = [
    contact('a', { strength: 0.6, seniority: 'Director' }),
    contact('b', { strength: 0.1 }),
    contact('c', { strength: 0.3 }),
    contact('d', { company: 'Elsewhere', companyKey: 'elsewhere', fit: 10, inMarket: false, targetCompany: null }),
    contact('e', { strength: null }), // a prospect at Ledgerlark
  ];
  const report = buildMarketReport({ market: market({ goals: { ...market().goals, inMarketConnections: 6, coveredCompanies: 2 } }), contacts, events: [], asOf: '2026-11-25' });

  it('counts quantity: connections, in-market connections, share, goal progress, prospects', () => {
    assert.deepEqual(report.quantity, { totalConnections: 4, inMarket: 3, inMarketShare: 0.75, goal: 6, goalProgress: 0.5, inMarketProspects: 1 });
  });

  it('places the network in the quantity x quality quadrant', () => {
    assert.equal(report.quality.medianStrength, 0.3);
    assert.deepEqual(report.quality.bands.map((band) => band.count), [1, 1, 1]);
    assert.equal(report.quality.quadrant, 'few-strong');
  });

  it('covers target companies by seniority with the best door in, and lists white space', () => {
    const row = report.coverage.companies.find((company) => company.name === 'Ledgerlark')!;
    assert.deepEqual([row.contacts, row.prospects, row.bySeniority], [3, 1, { Director: 1, Manager: 2 }]);
    assert.equal(row.strongest?.name, 'Person a');
    assert.deepEqual(report.coverage.whiteSpace, ['Clearbrook Payments', 'Woodgrove Bank']);
    assert.equal(report.coverage.coverageRate1, 0.333);
    assert.equal(report.coverage.coverageRate3, 0.333);
  });
});

describe('breadth', () => {
  it('computes the top-5 share and the effective number of companies (1/HHI)', () => {
    const people = [...Array(6).fill('A'), ...Array(2).fill('B'), 'C', 'D', 'E', 'F'].map((name) => ({ company: name, companyKey: name.toLowerCase() }));
    const breadth = breadthOf(people);
    assert.equal(breadth.top5Share, 0.917); // (6+2+1+1+1)/12
    assert.equal(breadth.effectiveCompanies, 3.3); // 1 / ((36+4+4)/144)
    assert.equal(breadth.distinctCompanies, 6);
  });

  it('does not count self-employed, freelance or stealth contacts as one shared company', () => {
    const people = ['Self-employed', 'Self-employed', 'Freelance', 'Stealth Startup', 'Acme'].map((company) => ({ company, companyKey: company.toLowerCase() }));
    assert.deepEqual(breadthOf(people).topCompanies.map((company) => company.name), ['Acme']);
  });

  it('counts a real company whose name merely mentions stealth', () => {
    const people = ['Analytical Engines (stealth)', 'Analytical Engines (stealth)', 'Stealth', 'Acme'].map((company) => ({ company, companyKey: company.toLowerCase() }));
    assert.deepEqual(breadthOf(people).topCompanies.map((company) => [company.name, company.count]), [['Analytical Engines (stealth)', 2], ['Acme', 1]]);
  });

  it('never drops a company on the target list, even one named like self-employment', () => {
    const independent = { name: 'Independent', tier: 1 as const, aliases: [], industry: '' };
    const people = [
      contact('i1', { company: 'Independent', companyKey: 'independent', targetCompany: independent }),
      contact('i2', { company: 'Independent', companyKey: 'independent', targetCompany: independent }),
      contact('l1'),
    ];
    const targeted = market({ companies: [...market().companies, independent] });
    const report = buildMarketReport({ market: targeted, contacts: people, events: [], asOf: '2026-11-25' });
    assert.deepEqual(report.breadth.topCompanies.map((company) => [company.name, company.count]), [['Independent', 2], ['Ledgerlark', 1]]);
    const untargeted = buildMarketReport({ market: market(), contacts: people, events: [], asOf: '2026-11-25' });
    assert.deepEqual(untargeted.breadth.topCompanies.map((company) => company.name), ['Ledgerlark']);
  });

  it('calls four equal companies four wells', () => {
    assert.equal(breadthOf(['a', 'b', 'c', 'd'].map((key) => ({ company: key, companyKey: key }))).effectiveCompanies, 4);
  });
});

describe('growth', () => {
  it('counts per month, cumulates, and computes the pace needed by the goal date', () => {
    const dates = ['2020-01-05', '2026-05-02', '2026-06-10', '2026-06-11', '2026-10-30', '2026-11-20'];
    const growth = growthOf(dates, { asOf: '2026-11-25', goal: 12, by: '2027-05-31' });
    assert.equal(growth.months.length, 24);
    assert.deepEqual(growth.months.at(-1), { month: '2026-11', added: 1, cumulative: 6 });
    assert.equal(growth.months[0].cumulative, 1, 'connections before the window start the cumulative count');
    assert.equal(growth.recentPerMonth, 0.7); // May..Oct: 1 + 2 + 0 + 0 + 0 + 1 = 4 / 6
    assert.equal(growth.neededPerMonth, 1); // 6 more over 6 months
    assert.equal(growth.monthsToGoal, 9);
  });
});
