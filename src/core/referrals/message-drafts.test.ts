// Message drafts: each step's template filled from the people and the need; unknown placeholders are reported.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS } from '../settings/settings.ts';
import { renderDraft, type DraftParties } from './message-drafts.ts';

const parties: DraftParties = {
  seeker: { name: 'Dana Reyes', firstName: 'Dana', lastName: 'Reyes', title: 'CTO', company: 'Fabrikam' },
  helper: { name: 'Sam Lee', firstName: 'Sam', lastName: 'Lee', title: 'Head of Compliance', company: 'Contoso' },
  needText: 'a SOC 2 audit',
  needTopic: 'compliance',
  me: { name: 'Alex Kim', firstName: 'Alex' },
};
const templates = DEFAULT_SETTINGS.introductions.templates;

describe('renderDraft', () => {
  it('drafts the ask to A, then the ask to B, then the introduction, then the thank-you', () => {
    const ask = renderDraft(templates, 'suggested', parties)!;
    assert.equal(ask.step.to, 'seeker');
    assert.match(ask.text, /^Hi Dana, .*a SOC 2 audit.*Sam Lee \(Head of Compliance at Contoso\)/);
    assert.deepEqual(ask.unfilled, []);
    const askHelper = renderDraft(templates, 'asked-seeker', parties)!;
    assert.match(askHelper.text, /^Hi Sam, Dana Reyes \(CTO at Fabrikam\) told me: "a SOC 2 audit"/);
    assert.match(renderDraft(templates, 'asked-helper', parties)!.text, /Hi Dana and Sam/);
    assert.match(renderDraft(templates, 'made', parties)!.text, /^Hi Sam, thank you for making time for Dana./, 'the helper is thanked for the introduction, not for a referral');
    for (const state of ['closed', 'declined', 'expired'] as const) assert.equal(renderDraft(templates, state, parties), null);
  });

  it('uses the user\'s own template and names placeholders it cannot fill', () => {
    const draft = renderDraft({ ...templates, askSeeker: 'Yo {{seeker.firstName}}, meet {{helper.nmae}}? — {{me.firstName}}' }, 'suggested', parties)!;
    assert.equal(draft.text, 'Yo Dana, meet {{helper.nmae}}? — Alex');
    assert.deepEqual(draft.unfilled, ['helper.nmae']);
  });
});
