import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countNoun } from './count-noun.ts';

describe('countNoun', () => {
  it('says one in the singular and every other count in the plural, with thousands grouped', () => {
    assert.equal(countNoun(1, 'introduction'), '1 introduction');
    assert.equal(countNoun(0, 'introduction'), '0 introductions');
    assert.equal(countNoun(2974, 'contact'), '2,974 contacts');
    assert.equal(countNoun(1, 'person', 'people'), '1 person');
    assert.equal(countNoun(3, 'person', 'people'), '3 people');
    assert.equal(countNoun(1.5, 'minute'), '1.5 minutes');
  });
});
