import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_SETTINGS, fillTemplate, resolveSettings } from './settings.ts';

test('overrides apply on top of the defaults, key by key', () => {
  const settings = resolveSettings({ planner: { weeklyMinutes: 90, costs: { 'coffee-chat': 45 } }, introductions: { templates: { thankYou: 'Thanks {{contact.firstName}}!' } } });
  assert.equal(settings.planner.weeklyMinutes, 90);
  assert.equal(settings.planner.costs['coffee-chat'], 45);
  assert.equal(settings.planner.costs['connection-request'], DEFAULT_SETTINGS.planner.costs['connection-request']);
  assert.equal(settings.introductions.templates.thankYou, 'Thanks {{contact.firstName}}!');
  assert.equal(settings.introductions.templates.askSeeker, DEFAULT_SETTINGS.introductions.templates.askSeeker);
  assert.equal(settings.introductions.coolDownDays, 28);
});

test('cadence tiers given by the user replace the default list instead of merging into it', () => {
  const settings = resolveSettings({ planner: { cadence: { tiers: [{ name: 'all', idealDays: 30, maxDays: 60 }] } } });
  assert.deepEqual(settings.planner.cadence.tiers.map((tier) => tier.name), ['all']);
});

test('templates fill nested placeholders and leave unknown ones visible', () => {
  const text = fillTemplate('Hi {{ seeker.firstName }}, meet {{helper.name}} about {{need.text}} {{nope.x}}', {
    seeker: { firstName: 'Ada' },
    helper: { name: 'Grace Hopper' },
    need: { text: 'a SOC 2 audit' },
  });
  assert.equal(text, 'Hi Ada, meet Grace Hopper about a SOC 2 audit {{nope.x}}');
});
