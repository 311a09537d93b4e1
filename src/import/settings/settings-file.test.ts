import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'yaml';
import { DEFAULT_SETTINGS, resolveSettings } from '../../core/settings/settings.ts';
import { exampleSettingsYaml } from './settings-example.ts';
import { parseSettingsFile } from './settings-file.ts';

test('the example file parses back to exactly the defaults', () => {
  const { overrides, issues } = parseSettingsFile('example.yaml', exampleSettingsYaml());
  assert.deepEqual(issues, []);
  assert.deepEqual(resolveSettings(overrides ?? {}), DEFAULT_SETTINGS);
  assert.deepEqual(parse(exampleSettingsYaml()), DEFAULT_SETTINGS);
});

test('each problem names its line and field, and nothing is returned to apply', () => {
  const source = ['planner:', '  weeklyMinutes: -5', '  costs:', '    coffe-chat: 30', 'introductions:', '  coolDownDays: 2.5', 'content:', '  goals:', '    focusShare: 3', ''].join('\n');
  const { overrides, issues } = parseSettingsFile('mine.yaml', source);
  assert.equal(overrides, null);
  const byField = Object.fromEntries(issues.map((issue) => [issue.field, issue]));
  assert.equal(byField['planner.weeklyMinutes']?.line, 2);
  assert.match(byField['planner.weeklyMinutes']?.reason ?? '', /at least 1 minute/);
  assert.equal(byField['planner.costs.coffe-chat']?.line, 4);
  assert.match(byField['planner.costs.coffe-chat']?.reason ?? '', /unknown key "coffe-chat"; did you mean "coffee-chat"/);
  assert.equal(byField['introductions.coolDownDays']?.line, 6);
  assert.equal(byField['content.goals.focusShare']?.line, 9);
  assert.ok(issues.every((issue) => issue.file === 'mine.yaml'));
});

test('a cadence tier whose maximum is below its ideal is refused', () => {
  const { overrides, issues } = parseSettingsFile('t.yaml', 'planner:\n  cadence:\n    tiers:\n      - { name: a, idealDays: 30, maxDays: 10 }\n');
  assert.equal(overrides, null);
  assert.match(issues[0].reason, /maxDays must be at least idealDays/);
  assert.equal(issues[0].field, 'planner.cadence.tiers[0].maxDays');
});

test('the phone region is a two-letter ISO 3166 code the phone metadata knows, in any case, or empty', () => {
  assert.deepEqual(resolveSettings(parseSettingsFile('r.yaml', 'contacts:\n  defaultRegion: de\n').overrides ?? {}).contacts, { defaultRegion: 'DE' });
  assert.deepEqual(parseSettingsFile('r.yaml', 'contacts:\n  defaultRegion: ""\n').issues, []);
  for (const bad of ['UK', 'Germany', 'D', '49']) {
    const { overrides, issues } = parseSettingsFile('r.yaml', `contacts:\n  defaultRegion: "${bad}"\n`);
    assert.equal(overrides, null, bad);
    assert.equal(issues[0].field, 'contacts.defaultRegion');
    assert.equal(issues[0].line, 2);
    assert.match(issues[0].reason, /two-letter ISO 3166 country code/);
  }
});

test('broken YAML and a non-mapping say what the file should hold', () => {
  assert.match(parseSettingsFile('x.yaml', 'planner: [').issues[0].reason, /not valid YAML/);
  assert.match(parseSettingsFile('x.yaml', '- a\n- b\n').issues[0].reason, /referable config init/);
  assert.deepEqual(parseSettingsFile('x.yaml', '').overrides, {});
});
