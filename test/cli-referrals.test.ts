// `referable needs|offers|intros` as a user runs them: the JSON other tools rely on, exit codes, warnings, drafts.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { temporaryFolder } from './support/test-stores.ts';
import { referable } from './support/run-cli.ts';

const CONNECTIONS = `First Name,Last Name,URL,Email Address,Company,Position,Connected On
Dana,Reyes,https://www.linkedin.com/in/dana-reyes,,Fabrikam,Chief Technology Officer,12 Mar 2019
Sam,Lee,https://www.linkedin.com/in/sam-lee,,Contoso,Head of Compliance,01 Jun 2020
Priya,Nair,https://www.linkedin.com/in/priya-nair,,Woodgrove Bank,Internal Audit Manager,05 Jan 2021
Tom,Berg,https://www.linkedin.com/in/tom-berg,,Litware,Software Engineer,20 Feb 2022
`;

describe('referable needs, offers and intros', () => {
  const folder = temporaryFolder();
  const db = join(folder, 'referrals.db');
  const run = (args: string[], now?: string) => referable([...args, '--db', db], folder, now ? { REFERABLE_NOW: now } : {});
  let needId = '';
  let introId = '';

  it('records a need and an offer, and lists them as JSON', () => {
    const csv = join(folder, 'Connections.csv');
    writeFileSync(csv, CONNECTIONS);
    assert.equal(run(['import', csv]).code, 0);
    const added = run(['needs', 'add', 'Dana Reyes', 'their team is struggling with a SOC 2 audit', '--topic', 'compliance', '--deadline', '2026-12-31', '--json']);
    assert.equal(added.code, 0, added.stderr);
    needId = JSON.parse(added.stdout).id;
    assert.equal(run(['offers', 'add', 'https://www.linkedin.com/in/sam-lee', 'SOC 2, ISO 27001 compliance']).code, 0);
    const needs = JSON.parse(run(['needs', 'list', '--json']).stdout);
    assert.deepEqual(needs.map((n: { id: string; contact: { name: string }; deadline: string }) => [n.id, n.contact.name, n.deadline]), [[needId, 'Dana Reyes', '2026-12-31']]);
    const offers = JSON.parse(run(['offers', 'list', '--json']).stdout);
    assert.deepEqual(offers.slice(0, 2).map((o: { source: string; text: string }) => [o.source, o.text]), [['stated', 'SOC 2, ISO 27001 compliance'], ['position', 'Chief Technology Officer at Fabrikam']]);
    assert.match(run(['offers', 'list']).stdout, /\(derived\).*Internal Audit Manager at Woodgrove Bank/s);
  });

  it('suggests introductions as a JSON array in the shape the planner and the API rely on', () => {
    const result = run(['intros', 'suggest', '--json']);
    assert.equal(result.code, 0, result.stderr);
    const suggestions = JSON.parse(result.stdout);
    assert.ok(Array.isArray(suggestions) && suggestions.length === 1);
    const [first] = suggestions;
    assert.deepEqual(Object.keys(first.need.contact).sort(), ['id', 'name']);
    assert.equal(first.need.id, needId);
    assert.equal(typeof first.need.text, 'string');
    assert.deepEqual(Object.keys(first.helper).sort(), ['company', 'id', 'name', 'title']);
    assert.equal(first.helper.name, 'Sam Lee');
    // The score a user reads is its parts (relevance, ties, fit) times urgency and rotation, as `--json` lists them.
    const { parts } = first;
    const recomputed = (parts.relevance + parts.helperTie + parts.seekerTie + parts.fit) * parts.urgency * parts.rotation;
    assert.ok(first.score > 0 && Math.abs(first.score - recomputed) <= 0.3, `score ${first.score} is its parts (each rounded to 0.1), ${recomputed}`);
    assert.ok(parts.relevance > 0 && parts.relevance <= 50, `relevance weighs at most 50 points: ${parts.relevance}`);
    assert.ok(first.reasons.length > 0 && first.reasons.every((reason: unknown) => typeof reason === 'string'));
    assert.match(run(['intros', 'suggest']).stdout, /Dana Reyes -> Sam Lee .*\n.*\n\s+- matches "soc"/);
  });

  it('walks an introduction through the double opt-in with drafts, and refuses impossible moves with exit 6', () => {
    const proposed = run(['intros', 'propose', needId, '--helper', 'Sam Lee', '--json']);
    assert.equal(proposed.code, 0, proposed.stderr);
    introId = JSON.parse(proposed.stdout).id;
    const shown = run(['intros', 'show', introId]);
    assert.match(shown.stdout, /Draft to Dana Reyes .*\n\nHi Dana, you mentioned: "their team is struggling with a SOC 2 audit/);
    const refused = run(['intros', 'advance', introId, '--to', 'made']);
    assert.equal(refused.code, 6);
    assert.match(refused.stderr, /cannot move to made; allowed next: asked-seeker, declined, expired/);
    for (const to of ['asked-seeker', 'asked-helper']) assert.equal(run(['intros', 'advance', introId, '--to', to]).code, 0);
    const made = run(['intros', 'advance', introId, '--to', 'made']);
    assert.match(made.stdout, /Recorded in the ledger: given, introduced Dana Reyes to Sam Lee/);
    const closed = JSON.parse(run(['intros', 'advance', introId, '--to', 'closed', '--outcome', 'meeting', '--json']).stdout);
    assert.deepEqual(closed.history.map((h: { state: string }) => h.state), ['suggested', 'asked-seeker', 'asked-helper', 'made', 'closed']);
    assert.equal(closed.outcome, 'meeting');
    const listed = JSON.parse(run(['intros', 'list', '--state', 'closed', '--json']).stdout);
    assert.deepEqual(listed.map((i: { id: string }) => i.id), [introId]);
    const needs = JSON.parse(run(['needs', 'list', '--status', 'closed', '--json']).stdout);
    assert.deepEqual(needs.map((n: { id: string }) => n.id), [needId], 'the need the introduction met is closed');
  });

  it('warns before tapping a contact inside the cool-down, and exits with meaningful codes on bad input', () => {
    const again = run(['intros', 'propose', '--seeker', 'Tom Berg', '--helper', 'Sam Lee'], '2026-12-01T12:00:00Z');
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stderr, /warning you asked Sam Lee 6 days ago; the cool-down is 28 days \(22 left\)/);
    assert.equal(run(['needs', 'add', 'Nobody Known', 'x']).code, 3);
    const empty = run(['needs', 'add', 'Tom Berg', '  ']);
    assert.equal(empty.code, 2);
    assert.match(empty.stderr, /a need needs a text/);
    assert.equal(run(['needs', 'add', 'Tom Berg', 'wants to move into engineering management']).code, 0);
    assert.equal(run(['needs', 'add', 'Tom Berg', 'Wants to move into engineering management!']).code, 6, 'the same open need twice');
    assert.equal(run(['intros', 'advance', 'nope', '--to', 'made']).code, 3);
    assert.equal(run(['intros', 'advance', introId, '--to', 'sideways']).code, 2);
    assert.equal(run(['intros', 'suggest', '--limit', '0']).code, 2);
    assert.equal(run(['intros', '--help']).code, 0);
  });
});
