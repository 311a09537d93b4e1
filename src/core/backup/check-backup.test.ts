import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkBackup } from './check-backup.ts';
import { isIsoDay, isIsoInstant } from './column-rules.ts';

const SCHEMAS = ['001-foundation', '002-target-markets', '003-referability'];
const AT = '2026-11-25T12:00:00.000Z';

const member = { member_id: 'm1', name: 'me', is_me: 1, linkedin_slug: '', contact_id: null, profile: '{"positions":[]}', created_at: AT };
const contact = (id: string, extra: Record<string, unknown> = {}) => ({
  contact_id: id, first_name: 'Ada', last_name: id, name_key: `ada ${id}`, linkedin_url: '', linkedin_slug: '', emails: '[]', phones: '[]',
  company: '', company_key: '', title: '', location: '', industry: '', connected_on: '2020-01-31', notes: '', tags: '["mentor"]', rating: 4,
  locked_fields: '["title"]', source: 'csv', first_seen: AT, updated_at: AT, ...extra,
});
const tie = (contactId: string, extra: Record<string, unknown> = {}) => ({
  from_type: 'member', from_id: 'm1', contact_id: contactId, kind: 'connected', connected_on: '', signals: '{"messageCount":2,"lastMessageAt":"2026-09-22T07:13:35Z"}', source: 'csv', updated_at: AT, ...extra,
});
const intro = (extra: Record<string, unknown> = {}) => ({
  intro_id: 'i1', need_id: '', seeker_id: 'c1', helper_id: 'c2', state: 'asked-seeker', history: JSON.stringify([{ state: 'suggested', at: AT, note: '' }, { state: 'asked-seeker', at: AT }]),
  outcome: '', created_at: AT, updated_at: AT, ...extra,
});

/** A small but complete backup at the newest schema; `change` tampers with a copy. */
function backup(change: (tables: Record<string, Record<string, unknown>[]>) => void = () => {}) {
  const tables: Record<string, Record<string, unknown>[]> = {
    members: [{ ...member }], contacts: [contact('c1'), contact('c2')], ties: [tie('c1'), tie('c2')], contact_events: [], content_items: [], imports: [],
    target_markets: [], needs: [], offers: [], introductions: [intro()], referral_events: [], asks: [], interactions: [], plans: [], plan_items: [], settings: [], snapshots: [],
  };
  change(tables);
  return { format: 'referable-backup', schema: '003-referability', tables };
}

function firstProblem(value: unknown): string {
  const result = checkBackup(value, { schemas: SCHEMAS });
  assert.equal(result.ok, false, 'the backup was accepted');
  return result.ok ? '' : result.problems[0];
}

describe('checkBackup', () => {
  it('accepts a sound backup and gives back every row complete, a left-out defaulted column filled in', () => {
    const result = checkBackup(
      backup((t) => (t.content_items = [{ member_id: 'm1', url: 'https://example.com/a', kind: 'created', title: 'A', published_on: '', body: '', shared_url: '', source: 'manual', created_at: AT }])),
      { schemas: SCHEMAS },
    );
    assert.ok(result.ok);
    assert.equal(result.backup.tables.content_items[0].topics, '[]');
    assert.equal(result.backup.tables.contacts.length, 2);
    assert.deepEqual(result.backup.tables.needs, []);
  });

  it('accepts a backup written before later tables existed, and gives them no rows', () => {
    const old = backup();
    for (const name of ['needs', 'offers', 'introductions', 'referral_events', 'asks', 'interactions', 'plans', 'plan_items', 'settings', 'snapshots']) delete old.tables[name];
    const result = checkBackup({ ...old, schema: '002-target-markets' }, { schemas: SCHEMAS });
    assert.ok(result.ok, JSON.stringify(result));
    assert.deepEqual(result.backup.tables.introductions, []);
    assert.match(firstProblem({ ...old, schema: '003-referability' }), /^tables\.needs is missing: a backup of schema 003-referability holds it/);
  });

  it('refuses what is not a backup, or a version it does not know', () => {
    assert.match(firstProblem(null), /not a Referable backup/);
    assert.match(firstProblem([]), /not a Referable backup/);
    assert.match(firstProblem({ ...backup(), schema: '004-from-the-future' }), /written by a newer Referable \(schema 004-from-the-future\)/);
    assert.match(firstProblem({ ...backup(), schema: 7 }), /"schema" is 7, not a version of the backup format/);
    assert.match(firstProblem({ ...backup(), tables: [] }), /"tables" must be an object of tables .* got a list/);
    assert.match(firstProblem({ ...backup(), tables: null }), /got null/);
    assert.match(firstProblem({ ...backup(), note: 'hi' }), /"note" is not part of a backup/);
    assert.match(firstProblem(backup((t) => (t.contacts = {} as never))), /tables\.contacts must be a list of rows; got an object/);
  });

  it('names the row (index and id) and the column of a value out of its domain', () => {
    assert.equal(firstProblem(backup((t) => (t.contacts[1].rating = 99))), 'tables.contacts[1] (contact_id "c2") rating: 99 is not a rating: a whole number from 1 to 5, or null');
    assert.match(firstProblem(backup((t) => (t.contacts[0].rating = '5'))), /rating: "5" is not a rating/);
    assert.match(firstProblem(backup((t) => (t.contacts[0].connected_on = '31/01/2020'))), /connected_on: "31\/01\/2020" is not a day \(YYYY-MM-DD\) or empty/);
    assert.match(firstProblem(backup((t) => (t.contacts[0].first_seen = 'yesterday'))), /first_seen: "yesterday" is not an ISO timestamp/);
    assert.match(firstProblem(backup((t) => (t.contacts[0].locked_fields = '["password"]'))), /locked_fields: \[0\] "password" is not one of "firstName"/);
    assert.match(firstProblem(backup((t) => (t.contacts[0].tags = '{"a":1}'))), /tags: \{"a":1\} is not a list/);
    assert.match(firstProblem(backup((t) => (t.ties[0].signals = '{"messageCount":-3}'))), /tables\.ties\[0\] \(from_type "member", from_id "m1", contact_id "c1", kind "connected"\) signals: messageCount -3 is not a count/);
    assert.match(firstProblem(backup((t) => (t.introductions[0].history = JSON.stringify([{ state: 'maybe', at: AT }])))), /history: \[0\]\.state "maybe" is not one of "suggested"/);
    assert.match(firstProblem(backup((t) => (t.introductions[0].outcome = 'promotion'))), /outcome: "promotion" is not one of "meeting", .* or empty/);
    assert.match(firstProblem(backup((t) => (t.members[0].is_me = true))), /is_me: true is not 0 or 1/);
    assert.match(firstProblem(backup((t) => (t.contacts[0] = 'Ada' as never))), /^tables\.contacts\[0\] is not a row/);
    assert.match(firstProblem(backup((t) => (t.contacts[0].nickname = 'Ada'))), /^tables\.contacts\[0\] has a column "nickname" that contacts does not have/);
    assert.match(firstProblem(backup((t) => (t.contacts[0].workspace_id = 'someone-else'))), /has a column "workspace_id": a backup restores into the workspace being written/);
    assert.match(firstProblem(backup((t) => delete t.contacts[0].updated_at)), /^tables\.contacts\[0\] \(contact_id "c1"\) has no column "updated_at"/);
    assert.match(firstProblem(backup((t) => (t.contacts[0].contact_id = ''))), /^tables\.contacts\[0\] contact_id: "" is not an id/);
  });

  it('refuses references to rows the backup does not hold, repeated keys, and two of what there is one of', () => {
    assert.equal(firstProblem(backup((t) => (t.ties[1].contact_id = 'c9'))), 'tables.ties[1] (from_type "member", from_id "m1", contact_id "c9", kind "connected") contact_id "c9" names no row of tables.contacts');
    assert.match(firstProblem(backup((t) => (t.ties[1].from_id = 'm9'))), /from_id "m9" names no row of tables\.members/);
    // A contact's "knows" link points at a contact, not a member.
    assert.ok(checkBackup(backup((t) => t.ties.push(tie('c2', { from_type: 'contact', from_id: 'c1', kind: 'manual' }))), { schemas: SCHEMAS }).ok);
    assert.match(firstProblem(backup((t) => t.ties.push(tie('c2', { from_type: 'contact', from_id: 'm1', kind: 'manual' })))), /from_id "m1" names no row of tables\.contacts/);
    assert.match(firstProblem(backup((t) => (t.introductions[0].need_id = 'n1'))), /tables\.introductions\[0\] \(intro_id "i1"\) need_id "n1" names no row of tables\.needs/);
    assert.match(firstProblem(backup((t) => t.contacts.push(contact('c1')))), /^tables\.contacts\[2\] \(contact_id "c1"\) repeats the key of tables\.contacts\[0\]/);
    assert.match(firstProblem(backup((t) => t.members.push({ ...member, member_id: 'm2', is_me: 0 }))), /tables\.members\[1\] \(member_id "m2"\) name "me" is already used by tables\.members\[0\]/);
    assert.match(firstProblem(backup((t) => t.members.push({ ...member, member_id: 'm2', name: 'twin' }))), /^tables\.members has 2 owners/);
    assert.match(firstProblem(backup((t) => (t.members[0].is_me = 0))), /^tables\.members has no owner/);
    const market = (id: string, name: string) => ({ market_id: id, name, definition: 'name: x\n', active: 1, created_at: AT, updated_at: AT });
    assert.match(firstProblem(backup((t) => (t.target_markets = [market('k1', 'A'), market('k2', 'B')]))), /tables\.target_markets\[1\] is the active market as well as tables\.target_markets\[0\]/);
  });

  it('refuses a backup with no rows at all, but not one holding only a market (set before any import)', () => {
    const empty = backup((t) => {
      for (const name of Object.keys(t)) t[name] = [];
    });
    assert.match(firstProblem(empty), /holds no rows at all: restoring it would only empty the workspace/);
    empty.tables.target_markets = [{ market_id: 'k1', name: 'A', definition: 'name: A\n', active: 1, created_at: AT, updated_at: AT }];
    assert.ok(checkBackup(empty, { schemas: SCHEMAS }).ok);
  });

  it('reads days and timestamps as ISO 8601 on real calendar days', () => {
    assert.deepEqual(['2024-02-29', '2023-02-29', '2026-13-01', '2026-1-01', ''].map(isIsoDay), [true, false, false, false, false]);
    assert.deepEqual(
      ['2026-11-25T12:00:00.000Z', '2026-11-25T12:00:00Z', '2026-11-25T13:00:00+01:00', '2026-11-25 12:00:00', '2026-11-25T24:00:00Z', '2026-02-30T00:00:00Z'].map(isIsoInstant),
      [true, true, true, false, false, false],
    );
  });
});
