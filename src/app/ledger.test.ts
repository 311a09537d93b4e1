// The referral ledger as a user meets it, on SQLite and PostgreSQL: add, refuse bad input and duplicates with the
// ledger unchanged, report outcomes as new events, balance, and thank-yous owed until one is recorded.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { isReferableError, type ErrorCode } from '../core/errors.ts';
import { fixedClock, FIXTURES, TEST_STORES } from '../../test/support/test-stores.ts';
import type { AppContext } from './app-context.ts';
import { importContacts } from './import-contacts.ts';
import { myTiesByContact } from './market-scoring.ts';
import { addReferral, ledgerBalance, listLedger, recordOutcome, recordThankYou, thankYousOwed } from './ledger.ts';
import { openTestWorkspace, closeTestWorkspace } from '../../test/support/test-workspace.ts';
import { rejects } from '../../test/support/assertions.ts';

const EDGE_CASES = fileURLToPath(new URL('Connections.edge-cases.csv', FIXTURES));

const fails = (code: ErrorCode, pattern: RegExp) => (error: unknown) => isReferableError(error) && error.code === code && pattern.test(error.message);

for (const kind of TEST_STORES) {
  describe(`referral ledger: ${kind.name}`, { skip: kind.skip || undefined }, () => {
    let context: AppContext;
    before(async () => {
      const clock = fixedClock('2026-11-25T12:00:00.000Z');
      context = await openTestWorkspace(kind, clock, 'l');
      await importContacts(context, { path: EDGE_CASES });
    });
    after(async () => {
      await closeTestWorkspace(context);
    });

    it('adds given and received referrals by name, LinkedIn URL or id', async () => {
      const intro = await addReferral(context, { direction: 'given', kind: 'intro', contact: 'Avery Quill', other: 'https://www.linkedin.com/in/example-omar', company: 'Proseware', on: '2026-09-01' });
      assert.deepEqual([intro.contactName, intro.otherName, intro.company, intro.occurredOn], ['Avery Quill', 'Omar Farouk', 'Proseware', '2026-09-01']);
      const job = await addReferral(context, { direction: 'received', kind: 'job', contact: 'Hiro Tanaka', company: 'Woodgrove Bank', on: '2026-10-02', note: 'Group PM role' });
      assert.equal(job.direction, 'received');
      const today = await addReferral(context, { direction: 'given', kind: 'advice', contact: 'Kemi Adeyemi' });
      assert.equal(today.occurredOn, '2026-11-25', 'the date defaults to today');
      assert.equal((await listLedger(context)).length, 3);
    });

    it('refuses bad input and duplicates with a clear error, and leaves the ledger unchanged', async () => {
      const before = await listLedger(context);
      await assert.rejects(addReferral(context, { direction: 'given', kind: 'intro', contact: 'Nobody Known' }), fails('NOT_FOUND', /no contact matches "Nobody Known"/));
      await assert.rejects(addReferral(context, { direction: 'given', kind: 'intro', contact: 'Avery Quill', other: 'Zed Unknown' }), fails('NOT_FOUND', /Zed Unknown/));
      await assert.rejects(addReferral(context, { direction: 'given', kind: 'favour', contact: 'Avery Quill' }), fails('INVALID_INPUT', /--kind must be one of intro, job, client, advice, other; got "favour"/));
      await assert.rejects(addReferral(context, { direction: 'given', kind: 'job', outcome: 'promotion', contact: 'Avery Quill' }), fails('INVALID_INPUT', /--outcome must be one of meeting, interview, offer, hire, deal/));
      await assert.rejects(addReferral(context, { direction: 'lent', kind: 'job', contact: 'Avery Quill' }), fails('INVALID_INPUT', /direction must be one of given, received/));
      await assert.rejects(addReferral(context, { direction: 'given', kind: 'job', contact: 'Avery Quill', on: '2026-02-30' }), fails('INVALID_INPUT', /YYYY-MM-DD.*2026-02-30/));
      await assert.rejects(addReferral(context, { direction: 'given', kind: 'job', contact: 'Avery Quill', on: '2027-01-01' }), fails('INVALID_INPUT', /in the future/));
      await assert.rejects(addReferral(context, { direction: 'given', kind: 'intro', contact: 'Avery Quill', other: 'Avery Quill' }), fails('INVALID_INPUT', /different person/));
      await assert.rejects(addReferral(context, { direction: 'given', kind: 'intro', contact: 'a' }), fails('AMBIGUOUS', /matches/));
      // Same facts (the company in another case) as the first referral: a duplicate.
      await assert.rejects(
        addReferral(context, { direction: 'given', kind: 'intro', contact: 'Avery Quill', other: 'Omar Farouk', company: 'PROSEWARE', on: '2026-09-01', note: 'again' }),
        fails('CONFLICT', /already holds this event: given intro referral with Avery Quill \(l\d+\).*is event l\d+/),
      );
      assert.deepEqual(await listLedger(context), before);
    });

    it('records an outcome as a new event following the referral; the referral itself is untouched', async () => {
      const [intro] = await listLedger(context, { contact: 'Avery Quill' });
      const update = await recordOutcome(context, intro.id, { outcome: 'meeting', on: '2026-09-10' });
      assert.equal(update.follows, intro.id);
      const [again] = await listLedger(context, { contact: 'Avery Quill' });
      assert.deepEqual([again.outcome, again.latestOutcome], ['', 'meeting']);
      await assert.rejects(recordOutcome(context, intro.id, { outcome: 'meeting', on: '2026-09-10' }), fails('CONFLICT', /already holds/));
      await assert.rejects(recordOutcome(context, 'no-such-event', { outcome: 'meeting' }), rejects('NOT_FOUND', /no ledger event has the id "no-such-event"/, { command: 'referable ledger list', link: '/intros#ledger' }));
      await assert.rejects(recordOutcome(context, intro.id, { outcome: 'meeting', on: '2026-08-01' }), fails('INVALID_INPUT', /before the referral/));
    });

    it('balances per contact and overall; outcomes do not count twice; months run oldest first', async () => {
      const balance = await ledgerBalance(context);
      assert.deepEqual(balance.overall, { given: 2, received: 1, balance: 1 });
      assert.equal(balance.months.length, 12);
      assert.deepEqual(balance.months.slice(-3).map((m) => [m.month, m.given, m.received, m.cumulativeBalance]), [['2026-09', 1, 0, 1], ['2026-10', 0, 1, 0], ['2026-11', 1, 0, 1]]);
      const hiro = await ledgerBalance(context, { contact: 'Hiro Tanaka' });
      assert.deepEqual([hiro.contact?.name, hiro.overall.balance, hiro.thankYousOwed], ['Hiro Tanaka', -1, 1]);
    });

    it('owes a thank-you for a referral received until one is recorded, without touching the ledger', async () => {
      const owed = await thankYousOwed(context);
      assert.deepEqual(owed.map((row) => [row.name, row.occurredOn, row.kind, row.company]), [['Hiro Tanaka', '2026-10-02', 'job', 'Woodgrove Bank']]);
      const ledgerBefore = await listLedger(context);
      await assert.rejects(recordThankYou(context, 'Hiro Tanaka', { on: 'yesterday' }), fails('INVALID_INPUT', /YYYY-MM-DD/));
      const thanked = await recordThankYou(context, 'Hiro Tanaka', { on: '2026-10-03' });
      assert.deepEqual(thanked.settled.map((row) => row.eventId), [owed[0].eventId]);
      assert.deepEqual(await thankYousOwed(context), []);
      // Like a thank-you ticked off in the plan, it strengthens the tie at once.
      const me = (await context.store.workspace.members.list()).find((member) => member.isMe)!;
      const tie = myTiesByContact(await context.store.workspace.ties.list({ fromType: 'member', fromId: me.id, contactId: thanked.contactId }), me.id).get(thanked.contactId)!;
      assert.equal(tie.signals.interactionCount, 1);
      assert.match(tie.signals.lastInteractionAt ?? '', /^2026-10-0[23]/);
      assert.deepEqual(await listLedger(context), ledgerBefore, 'append-only: a thank-you is not an edit');
      await assert.rejects(recordThankYou(context, 'Hiro Tanaka', { on: '2026-10-03' }), fails('CONFLICT', /already recorded/));
      // Good news received later (an interview) is worth another thank-you.
      const [job] = await listLedger(context, { contact: 'Hiro Tanaka' });
      await recordOutcome(context, job.id, { outcome: 'interview', on: '2026-10-20' });
      assert.deepEqual((await thankYousOwed(context)).map((row) => row.outcome), ['interview']);
    });

    it("dates referrals and thank-yous by the user's day: east of UTC, their today is not the future", async () => {
      const sydney: AppContext = { ...context, now: () => new Date('2026-11-25T22:00:00.000Z'), today: () => '2026-11-26' };
      assert.equal((await addReferral(sydney, { direction: 'given', kind: 'advice', contact: 'Hiro Tanaka', on: '2026-11-26' })).occurredOn, '2026-11-26');
      assert.equal((await addReferral(sydney, { direction: 'received', kind: 'advice', contact: 'Kemi Adeyemi' })).occurredOn, '2026-11-26', 'today by default');
      await assert.rejects(addReferral(sydney, { direction: 'given', kind: 'job', contact: 'Hiro Tanaka', on: '2026-11-27' }), fails('INVALID_INPUT', /in the future \(today is 2026-11-26\)/));
      assert.equal((await recordThankYou(sydney, 'Kemi Adeyemi')).on, '2026-11-26');
    });
  });
}
