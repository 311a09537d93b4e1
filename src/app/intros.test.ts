// Introductions end to end on both stores: suggestions with reasons and rotation, the double opt-in with asks,
// drafts and the ledger, refusals that change nothing, expiry by the clock.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fixedClock, TEST_STORES } from '../../test/support/test-stores.ts';
import type { AppContext } from './app-context.ts';
import { rateContact } from './contacts.ts';
import MiniSearch from 'minisearch';
import { needTerms, processOfferTerm, tokenizeForMatch } from '../core/referrals/match-terms.ts';
import { advanceIntroduction, createOfferSearch, listIntroductions, OFFER_FIELD_BOOST, proposeIntroduction, showIntroduction, suggestIntroductions } from './intros.ts';
import { addNeed, listNeeds } from './needs.ts';
import { addOffer } from './offers.ts';
import { rejects } from '../../test/support/assertions.ts';
import { openTestWorkspace, closeTestWorkspace, importCsvText } from '../../test/support/test-workspace.ts';

const CONNECTIONS = `First Name,Last Name,URL,Email Address,Company,Position,Connected On
Dana,Reyes,https://www.linkedin.com/in/dana-reyes,,Fabrikam,Chief Technology Officer,12 Mar 2019
Sam,Lee,https://www.linkedin.com/in/sam-lee,,Contoso,Head of Compliance,01 Jun 2020
Priya,Nair,https://www.linkedin.com/in/priya-nair,,Woodgrove Bank,Internal Audit Manager,05 Jan 2021
Tom,Berg,https://www.linkedin.com/in/tom-berg,,Litware,Software Engineer,20 Feb 2022
Ines,Castro,https://www.linkedin.com/in/ines-castro,,Tailspin Toys,VP Engineering,20 Feb 2022
Omar,Haddad,https://www.linkedin.com/in/omar-haddad,,Adatum,Data Engineering Lead,20 Feb 2023
`;

describe('createOfferSearch', () => {
  it('scores a need exactly as MiniSearch scores the whole query, from cached per-term searches', () => {
    const empty = { stated: '', skills: '', endorsements: '', tags: '', position: '', 'past-position': '' };
    const docs = [
      { id: 'a', text: { ...empty, stated: 'SOC 2 audits and ISO 27001', position: 'Head of Compliance at Contoso' } },
      { id: 'b', text: { ...empty, position: 'Internal Auditor at Woodgrove Bank', tags: 'audit' } },
      { id: 'c', text: { ...empty, position: 'Software Engineer at Litware' } },
      { id: 'd', text: { ...empty, skills: 'SOC 2, penetration testing', 'past-position': 'formerly Security Engineer at Fabrikam' } },
    ];
    const search = createOfferSearch(docs);
    const reference = new MiniSearch<(typeof docs)[number]>({
      fields: Object.keys(OFFER_FIELD_BOOST),
      extractField: (doc, field) => (field === 'id' ? doc.id : doc.text[field as keyof typeof empty]),
      tokenize: tokenizeForMatch,
      processTerm: processOfferTerm,
      searchOptions: { boost: OFFER_FIELD_BOOST, prefix: (term) => term.length >= 5, tokenize: (text) => text.split(' '), processTerm: (term) => term },
    });
    reference.addAll(docs);
    for (const text of ['their team is struggling with a SOC 2 audit', 'security engineering help', 'auditor for ISO 27001']) {
      const terms = needTerms(text);
      const ours = search({ id: 'n', contactId: 'x', text, topic: '', deadline: '', terms });
      const theirs = reference.search(terms.join(' '));
      assert.deepEqual(ours.map((m) => m.helperId), theirs.map((r) => r.id), text);
      ours.forEach((m, i) => assert.ok(Math.abs(m.score - theirs[i].score) < 1e-9, `${text}: ${m.helperId}`));
      ours.forEach((m, i) => assert.deepEqual([...m.queryTerms].sort(), [...theirs[i].queryTerms].sort()));
    }
  });
});

for (const kind of TEST_STORES) {
  describe(`introductions: ${kind.name}`, { skip: kind.skip || undefined }, () => {
    let context: AppContext;
    const clock = fixedClock('2026-11-02T09:00:00.000Z');
    const dump = () => context.store.workspace.rows.dump().then((rows) => JSON.stringify(rows));
    let socNeed = '';
    before(async () => {
      context = await openTestWorkspace(kind, clock, 'i');
      await importCsvText(context, CONNECTIONS);
      await rateContact(context, 'Dana Reyes', 4);
      await addOffer(context, { contact: 'Sam Lee', text: 'SOC 2, ISO 27001 compliance' });
      // The seeker's own offer must never come back as help for her own need.
      await addOffer(context, { contact: 'Dana Reyes', text: 'SOC 2 audits survived: three' });
      socNeed = (await addNeed(context, { contact: 'Dana Reyes', text: 'their team is struggling with a SOC 2 audit', deadline: '2026-11-20' })).id;
      await addNeed(context, { contact: 'Ines Castro', text: 'hiring a data engineering lead' });
    });
    after(async () => {
      await closeTestWorkspace(context);
    });

    it('suggests the best helper for each need with reasons, never the seeker, in the documented shape', async () => {
      const suggestions = await suggestIntroductions(context, { limit: 10, perNeed: 3 });
      const soc = suggestions.filter((s) => s.need.id === socNeed);
      assert.deepEqual(soc.map((s) => s.helper.name), ['Sam Lee', 'Priya Nair']);
      assert.ok(suggestions.every((s) => s.helper.id !== s.need.contact.id));
      const first = soc[0];
      assert.deepEqual(Object.keys(first.need).sort(), ['contact', 'deadline', 'id', 'text', 'topic']);
      assert.deepEqual(first.helper, { id: first.helper.id, name: 'Sam Lee', company: 'Contoso', title: 'Head of Compliance' });
      // The score is its parts as shown (relevance, ties, fit) times urgency and rotation; relevance 0.80 weighs 50%.
      const { parts } = first;
      assert.equal(parts.relevance, 40);
      const recomputed = (parts.relevance + parts.helperTie + parts.seekerTie + parts.fit) * parts.urgency * parts.rotation;
      assert.ok(Math.abs(first.score - recomputed) <= 0.3, `score ${first.score} is its parts (each rounded to 0.1), ${recomputed}`);
      assert.ok(first.score > soc[1].score && soc[1].score > 0, `best first: ${first.score} > ${soc[1].score} > 0`);
      const why = first.reasons.join('\n');
      assert.match(why, /matches "soc" \(1 of 2 need terms\) in offer "SOC 2, ISO 27001 compliance"; relevance 0\.80/);
      assert.match(soc[1].reasons[0], /matches "audit" \(1 of 2 need terms\) in position "Internal Audit Manager at Woodgrove Bank"/);
      assert.match(why, /your tie to Dana Reyes \(the seeker\): 0\.\d\d, strong/);
      assert.match(why, /deadline 2026-11-20 \(in 18 days\)|no active target market/);
      const data = suggestions.find((s) => s.need.contact.name === 'Ines Castro');
      assert.equal(data?.helper.name, 'Omar Haddad');
    });

    it('walks an introduction through the double opt-in: asks recorded, drafts per step, ledger event when made', async () => {
      const { intro, warnings } = await proposeIntroduction(context, { need: socNeed, helper: 'Sam Lee' });
      assert.equal(intro.state, 'suggested');
      assert.deepEqual(warnings, []);
      assert.deepEqual(intro.next, ['asked-seeker', 'declined', 'expired']);
      const shown = await showIntroduction(context, intro.id);
      assert.equal(shown.draft?.step.to, 'seeker');
      assert.match(shown.draft?.text ?? '', /^Hi Dana, you mentioned: "their team is struggling with a SOC 2 audit"\. I know Sam Lee \(Head of Compliance at Contoso\)/);
      assert.ok(!(await suggestIntroductions(context, { limit: 10 })).some((s) => s.need.id === socNeed), 'a need with an intro under way is not suggested again');

      clock.set('2026-11-03T09:00:00.000Z');
      await advanceIntroduction(context, intro.id, { to: 'asked-seeker' });
      assert.match((await showIntroduction(context, intro.id)).draft?.text ?? '', /^Hi Sam, Dana Reyes \(Chief Technology Officer at Fabrikam\) told me: "/);
      clock.set('2026-11-04T09:00:00.000Z');
      const askedHelper = await advanceIntroduction(context, intro.id, { to: 'asked-helper', note: 'Dana said yes' });
      assert.match((await showIntroduction(context, intro.id)).draft?.text ?? '', /^Hi Dana and Sam, as promised/);
      assert.deepEqual(askedHelper.ledgerEvents, []);
      const asks = await context.store.workspace.asks.list();
      assert.deepEqual(asks.map((a) => [a.purpose, a.askedAt.slice(0, 10)]), [['intro-seeker', '2026-11-03'], ['intro-helper', '2026-11-04']]);

      clock.set('2026-11-05T09:00:00.000Z');
      const made = await advanceIntroduction(context, intro.id, { to: 'made' });
      assert.equal(made.ledgerEvents.length, 1);
      const events = await context.store.workspace.referralEvents.list({ introId: intro.id });
      assert.deepEqual(events.map((e) => [e.direction, e.kind, e.note, e.occurred_on]), [['given', 'intro', 'introduced Dana Reyes to Sam Lee', '2026-11-05']]);

      clock.set('2026-11-20T09:00:00.000Z');
      const closed = await advanceIntroduction(context, intro.id, { to: 'closed', outcome: 'meeting', note: 'they met' });
      assert.equal(closed.intro.outcome, 'meeting');
      assert.deepEqual(closed.intro.history.map((h) => [h.state, h.at.slice(0, 10)]), [
        ['suggested', '2026-11-02'],
        ['asked-seeker', '2026-11-03'],
        ['asked-helper', '2026-11-04'],
        ['made', '2026-11-05'],
        ['closed', '2026-11-20'],
      ]);
      const after = await context.store.workspace.referralEvents.list({ introId: intro.id });
      assert.deepEqual(after.map((e) => e.outcome), ['', 'meeting']);
      assert.equal((await showIntroduction(context, intro.id)).draft, null);
      // The need was met, so it is closed: nobody goes on proposing helpers for it.
      assert.match(closed.notes.join('\n'), /closed need .*their team is struggling with a SOC 2 audit/);
      const need = (await listNeeds(context, { status: 'all' })).find((n) => n.id === socNeed);
      assert.equal(need?.status, 'closed');
      assert.match(need?.closeNote ?? '', /met through introduction .* to Sam Lee \(meeting\)/);
    });

    it('refuses impossible transitions, unknown people and duplicates with clear errors, changing nothing', async () => {
      const { intro } = await proposeIntroduction(context, { seeker: 'Tom Berg', helper: 'Ines Castro', note: 'Tom wants to move into engineering management' });
      const before = await dump();
      await assert.rejects(advanceIntroduction(context, intro.id, { to: 'made' }), rejects('CONFLICT', /is suggested and cannot move to made; allowed next: asked-seeker, declined, expired/));
      await assert.rejects(advanceIntroduction(context, intro.id, { to: 'married' }), rejects('INVALID_INPUT', /--to must be one of suggested, asked-seeker/));
      await assert.rejects(advanceIntroduction(context, 'nope', { to: 'made' }), rejects('NOT_FOUND', /no introduction has the id "nope"/, { command: 'referable intros list', link: '/intros#pipeline' }));
      await assert.rejects(proposeIntroduction(context, { seeker: 'Tom Berg', helper: 'Ines Castro' }), rejects('CONFLICT', /already under way/));
      await assert.rejects(proposeIntroduction(context, { seeker: 'Tom Berg', helper: 'Tom Berg' }), rejects('INVALID_INPUT', /two different people/));
      await assert.rejects(proposeIntroduction(context, { seeker: 'Nobody', helper: 'Ines Castro' }), rejects('NOT_FOUND', /no contact matches "Nobody"/));
      await assert.rejects(proposeIntroduction(context, { helper: 'Ines Castro' }), rejects('INVALID_INPUT', /name a need/));
      await assert.rejects(proposeIntroduction(context, { need: 'missing', helper: 'Ines Castro' }), rejects('NOT_FOUND', /no need has the id "missing"/));
      assert.equal(await dump(), before);
      const draft = (await showIntroduction(context, intro.id)).draft;
      assert.match(draft?.text ?? '', /you mentioned: "Tom wants to move into engineering management/);
    });

    it('warns before asking a contact inside the cool-down, and down-weights them in suggestions', async () => {
      clock.set('2026-11-21T09:00:00.000Z');
      const { intro, warnings } = await proposeIntroduction(context, { seeker: 'Omar Haddad', helper: 'Sam Lee' });
      assert.match(warnings.join('\n'), /you asked Sam Lee 17 days ago; the cool-down is 28 days \(11 left\)/);
      await advanceIntroduction(context, intro.id, { to: 'asked-seeker' });
      const asked = await advanceIntroduction(context, intro.id, { to: 'asked-helper' });
      assert.match(asked.warnings.join('\n'), /you asked Sam Lee 17 days ago/);
      await addNeed(context, { contact: 'Tom Berg', text: 'preparing for an ISO 27001 certification' });
      const suggestion = (await suggestIntroductions(context, { limit: 10 })).find((s) => s.need.contact.name === 'Tom Berg');
      assert.equal(suggestion?.helper.name, 'Sam Lee');
      assert.match(suggestion?.reasons.join('\n') ?? '', /Sam Lee was asked today, inside the 28-day cool-down ×0\.50/);
    });

    it('counts a waiting introduction as expired after expireAfterDays, in lists and when advancing', async () => {
      clock.set('2026-11-21T09:00:00.000Z');
      const { intro } = await proposeIntroduction(context, { seeker: 'Priya Nair', helper: 'Omar Haddad' });
      clock.set('2026-12-06T09:00:00.000Z');
      const expired = await listIntroductions(context, { state: 'expired' });
      assert.ok(expired.some((view) => view.id === intro.id && view.recordedState === 'suggested'));
      const before = await dump();
      await assert.rejects(advanceIntroduction(context, intro.id, { to: 'asked-seeker' }), rejects('CONFLICT', /is expired \(it was suggested with no answer for 14 days since 2026-11-21\) and cannot move to asked-seeker; allowed next: declined, expired/));
      assert.equal(await dump(), before);
      assert.equal((await advanceIntroduction(context, intro.id, { to: 'expired' })).intro.state, 'expired');
    });
  });
}
