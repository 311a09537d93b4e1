// Needs and stated offers: what a user types is checked and tidied, duplicates are found whatever the spelling.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { daysUntil, findDuplicateNeed, validateNeedInput, type Need } from './need.ts';
import { findDuplicateOffer, validateOfferText } from './offer.ts';

const TODAY = '2026-11-25';

describe('needs', () => {
  it('tidies the text and keeps topic and deadline', () => {
    assert.deepEqual(validateNeedInput({ text: '  their team is   struggling with a SOC 2 audit ', topic: ' compliance ', deadline: '2026-12-31' }, TODAY), {
      text: 'their team is struggling with a SOC 2 audit',
      topic: 'compliance',
      deadline: '2026-12-31',
    });
  });

  it('refuses an empty text, a malformed or impossible deadline, and a deadline in the past', () => {
    assert.throws(() => validateNeedInput({ text: '   ' }, TODAY), /a need needs a text/);
    assert.throws(() => validateNeedInput({ text: '?!' }, TODAY), /a need needs a text/);
    assert.throws(() => validateNeedInput({ text: 'x', deadline: '31/12/2026' }, TODAY), /--deadline must be a date as YYYY-MM-DD/);
    assert.throws(() => validateNeedInput({ text: 'x', deadline: '2026-02-30' }, TODAY), /--deadline must be a date/);
    assert.throws(() => validateNeedInput({ text: 'x', deadline: '2026-11-24' }, TODAY), /in the past/);
  });

  it('finds an open duplicate regardless of case and punctuation, not a closed one or another contact', () => {
    const need: Need = { id: 'n1', contactId: 'a', text: 'SOC 2 audit help', topic: '', deadline: '', status: 'open', closeNote: '', createdAt: '', closedAt: '' };
    assert.equal(findDuplicateNeed([need], 'a', 'soc 2 audit, help!')?.id, 'n1');
    assert.equal(findDuplicateNeed([need], 'b', 'SOC 2 audit help'), undefined);
    assert.equal(findDuplicateNeed([{ ...need, status: 'closed' }], 'a', 'SOC 2 audit help'), undefined);
  });

  it('counts days to a deadline', () => {
    assert.equal(daysUntil('2026-11-30', Date.parse('2026-11-25T18:00:00Z')), 5);
    assert.equal(daysUntil('', 0), null);
  });
});

describe('stated offers', () => {
  it('needs a text and refuses an open duplicate', () => {
    assert.throws(() => validateOfferText(''), /an offer needs a text/);
    assert.equal(validateOfferText(' SOC 2,  ISO 27001 '), 'SOC 2, ISO 27001');
    const offer = { id: 'o1', contactId: 'a', text: 'SOC 2, ISO 27001', status: 'open' as const, createdAt: '', closedAt: '' };
    assert.equal(findDuplicateOffer([offer], 'a', 'soc 2 iso 27001')?.id, 'o1');
  });
});
