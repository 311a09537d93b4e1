// Candidates: who is worth time this week and why, from plain inputs.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS } from '../settings/settings.ts';
import { buildCandidates, type CandidateSources, type ContactInput } from './candidates.ts';

const person = (id: string, fit: number, inMarket: boolean, lastTouch = '', tags: string[] = []): ContactInput => ({
  id, name: `Person ${id}`, company: `Company ${id}`, companyKey: `company ${id}`, fit, inMarket, fitReasons: inMarket ? ['company Ledgerlark (tier 1) +40'] : [], tags, lastTouch,
});

const sources = (over: Partial<CandidateSources>): CandidateSources => ({
  prospects: [], contacts: [], intros: [], thankYous: [], shares: [], tiers: DEFAULT_SETTINGS.planner.cadence.tiers, today: '2026-11-25', ...over,
});

describe('buildCandidates', () => {
  it('asks for connection requests to in-market prospects only, better fit worth more', () => {
    const list = buildCandidates(sources({ prospects: [person('a', 90, true), person('b', 55, true), person('c', 20, false)] }));
    assert.deepEqual(list.map((c) => c.key), ['connection-request:a', 'connection-request:b']);
    assert.ok(list[0].value > list[1].value);
    assert.match(list[0].why, /in-market prospect.*fit 90: company Ledgerlark/);
  });

  it('follows up with in-market contacts losing touch, and with contacts you tagged close', () => {
    const list = buildCandidates(sources({
      contacts: [
        person('lost', 80, true, '2025-01-10'),
        person('due', 80, true, '2026-10-01'),
        person('fresh', 80, true, '2026-11-20'),
        person('outsider', 0, false, '2020-01-01'),
        person('friend', 0, false, '2026-09-01', ['close']),
      ],
    }));
    assert.deepEqual(list.map((c) => c.contactId), ['lost', 'due', 'friend']);
    assert.ok(list[0].value > list[1].value, 'losing touch beats due');
    assert.match(list[0].why, /losing touch: last touch 1 year ago \(2025-01-10\) \(tier in-market: every 30–90 days\)/);
    assert.match(list[2].why, /tier close/);
  });

  it('says when a contact was never in touch since connecting, in years, and ranks by fit not by age', () => {
    const never = (id: string, fit: number, connected: string): ContactInput => ({ ...person(id, fit, true, connected), neverInTouch: true });
    const list = buildCandidates(sources({ contacts: [never('old-low', 55, '2017-03-01'), never('new-high', 95, '2024-06-01'), person('lapsed', 70, true, '2023-05-02T10:00:00Z')] }));
    const why = (id: string) => list.find((c) => c.contactId === id)!.why;
    assert.match(why('old-low'), /^not in touch yet: no contact since connecting in 2017 \(9 years ago\)/);
    assert.match(why('lapsed'), /^losing touch: last touch 3 years ago \(2023-05-02\)/);
    assert.ok(list.every((c) => !/\d{4,} days/.test(c.why)), 'no thousands of days');
    const value = (id: string) => list.find((c) => c.contactId === id)!.value;
    assert.ok(value('new-high') > value('old-low'), 'a better fit is worth more than a longer silence');
  });

  it('values intros by their match score, thank-yous owed, and shares on focus topics', () => {
    const list = buildCandidates(sources({
      intros: [
        { needId: 'n1', needText: 'SOC 2 audit', seekerId: 's', seekerName: 'Sam', helperId: 'h', helperName: 'Hana', helperCompany: 'Acme', helperCompanyKey: 'acme', helperTitle: 'CISO', score: 8, reasons: ['expertise: SOC 2'] },
        { needId: 'n2', needText: 'hiring', seekerId: 's2', seekerName: 'Sol', helperId: 'h2', helperName: 'Hugo', helperCompany: '', helperCompanyKey: '', helperTitle: '', score: 2, reasons: [] },
      ],
      thankYous: [{ contactId: 't', name: 'Tara', company: 'Ledgerlark', companyKey: 'ledgerlark', kind: 'referral', occurredOn: '2026-11-20' }],
      shares: [{ topic: 'Payments', url: '', reason: 'focus topic' }, { topic: 'Risk', url: '', reason: 'focus topic' }],
    }));
    const intro = list.find((c) => c.key === 'introduction:n1:h')!;
    assert.equal(intro.contactId, 's');
    assert.equal(intro.otherContactId, 'h');
    assert.equal(intro.company, 'acme');
    assert.match(intro.why, /introduce Sam \(needs: SOC 2 audit\) to Hana \(CISO, Acme\)/);
    assert.ok(intro.value > list.find((c) => c.key === 'introduction:n2:h2')!.value);
    assert.match(list.find((c) => c.kind === 'thank-you')!.why, /Tara gave you a referral \(Ledgerlark\) on 2026-11-20/);
    const shares = list.filter((c) => c.kind === 'share');
    assert.ok(shares[0].value > shares[1].value, 'the second share is worth less');
  });
});
