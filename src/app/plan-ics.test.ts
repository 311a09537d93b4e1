// The calendar file: valid RFC 5545 (parsed back with ical.js), CRLF and folded lines, blocks where the plan says.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import ICAL from 'ical.js';
import { isReferableError } from '../core/errors.ts';
import { temporaryFolder } from '../../test/support/test-stores.ts';
import { checkWritable, planCalendar } from './plan-ics.ts';
import type { PlanItemView, PlanView } from './plan.ts';

const person = (name: string) => ({ id: name.toLowerCase(), name, company: 'Ledgerlark', title: 'Director of Product' });
const item = (id: number, kind: PlanItemView['kind'], minutes: number, why: string, status: PlanItemView['status'] = 'planned'): PlanItemView => ({
  id: String(id), kind, minutes, why, status, value: 1, contact: kind === 'share' ? null : person(`Person ${id}`), other: null, needId: '', contentUrl: '', doneAt: '',
});

const PLAN: PlanView = {
  planId: 'plan42',
  weekStart: '2026-11-23',
  isoWeek: '2026-W48',
  when: 'current',
  budgetMinutes: 180,
  totalMinutes: 0,
  planned: true,
  notes: [],
  skipped: [],
  items: [
    item(1, 'introduction', 15, 'introduce Sam (needs: a SOC 2 audit, which is urgent because the auditors arrive next month and nobody on the team has done one) to Hana'),
    ...Array.from({ length: 25 }, (_, i) => item(i + 2, 'connection-request', 3, `in-market prospect, fit 9${i % 10}: company Ledgerlark (tier 1) +40, function Product +25 — ünïcödé`)),
    item(27, 'follow-up', 10, 'losing touch', 'done'),
    item(28, 'share', 10, 'share on "payments": focus topic'),
  ],
};

describe('plan calendar', () => {
  it('writes RFC 5545 that ical.js reads back: events, times, ids, stamp', () => {
    // Noon on Wednesday: today's blocks start at noon, never at 09:00 that morning.
    const { text } = planCalendar(PLAN, { today: '2026-11-25', dayStartHour: 9, now: new Date('2026-11-25T12:00:00Z'), nowMinute: 12 * 60 });
    assert.ok(text.startsWith('BEGIN:VCALENDAR\r\n'));
    const lines = text.split('\r\n');
    assert.ok(!lines.some((line) => line.includes('\n')), 'every line ends with CRLF');
    assert.ok(lines.every((line) => Buffer.byteLength(line, 'utf8') <= 75), 'long lines are folded at 75 octets');
    assert.ok(lines.some((line) => line.startsWith(' ')), 'the long descriptions needed folding');

    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    // Intro 15 min; 25 requests x 3 min = 75 min in two blocks (60 + 15); share 10 min. The done follow-up is left out.
    assert.deepEqual(events.map((event) => event.summary), ['Referable: 1 introduction', 'Referable: 20 connection requests', 'Referable: 5 connection requests', 'Referable: 1 share']);
    assert.deepEqual(events.map((event) => event.startDate.toString()), ['2026-11-25T12:00:00', '2026-11-26T09:00:00', '2026-11-27T09:00:00', '2026-11-25T12:30:00']);
    assert.equal(events[1].endDate.toString(), '2026-11-26T10:00:00');
    assert.ok(events.every((event) => event.startDate.zone?.tzid === 'floating'), 'floating local times');
    assert.deepEqual(events.map((event) => event.uid), ['plan42-1@referable', 'plan42-2@referable', 'plan42-3@referable', 'plan42-4@referable']);
    const stamp = calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('dtstamp') as ICAL.Time;
    assert.equal(stamp.toString(), '2026-11-25T12:00:00Z');
    assert.match(events[0].description, /#1 Person 1 \(Ledgerlark\): introduce Sam .* nobody on the team has done one\) to Hana \[15 min\]/);
    assert.match(events[1].description, /ünïcödé/);
    assert.match(events[1].description, /Tick off: referable plan done 2 \/ 3/);
  });

  it("lays next week's plan over all its working days, and this evening's over the days after today", () => {
    const nextWeek = planCalendar({ ...PLAN, weekStart: '2026-11-30', when: 'future' }, { today: '2026-11-25', dayStartHour: 9, now: new Date('2026-11-25T19:00:00Z'), nowMinute: 19 * 60 });
    assert.deepEqual(nextWeek.blocks.map((block) => `${block.day} ${block.startMinute}`), ['2026-11-30 540', '2026-12-01 540', '2026-12-02 540', '2026-12-03 540']);
    const evening = planCalendar(PLAN, { today: '2026-11-25', dayStartHour: 9, now: new Date('2026-11-25T19:00:00Z'), nowMinute: 19 * 60 });
    assert.ok(evening.blocks.every((block) => block.day > '2026-11-25'), evening.blocks.map((block) => block.day).join(', '));
  });

  it('refuses a path it cannot write, naming it', () => {
    const folder = temporaryFolder();
    for (const path of [join(folder, 'missing', 'plan.ics'), folder]) {
      assert.throws(() => checkWritable(path), (error) => isReferableError(error) && error.code === 'IO_ERROR' && error.message.includes(path));
    }
    checkWritable(join(folder, 'plan.ics'));
  });
});
