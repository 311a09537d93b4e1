// leadingName against the regexes it replaced, on names, groups and every character that can end or break one.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { leadingName } from './leading-name.ts';

const RUNS = { seed: 20261207, numRuns: 2000 };
/** The regexes propertyName and parseProperty used: a name followed by ";" or ":", and a head that is all name. */
const beforeSeparator = (text: string) => /^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)[;:]/.exec(text)?.[1].toUpperCase() ?? '';
const wholeHead = (text: string) => /^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)$/.exec(/^([^;:]*)/.exec(text)![1])?.[1].toUpperCase() ?? '';
// Name characters, the separators, a dot, a space, a non-ASCII letter and a line break: short strings of them cover
// "item1.TEL;", "item1.;", "a.b.c:", "X-GOOGLE TALK:", ".TEL:", "TEL" alone and the empty line.
const line = fc.string({ unit: fc.constantFrom('T', 'e', 'L', '1', '-', '.', ';', ':', ' ', 'é', '\n', '='), maxLength: 14 });

describe('leadingName', () => {
  it('reads real lines as vCard names', () => {
    assert.equal(leadingName('item1.TEL;type=CELL:+1 555'), 'TEL');
    assert.equal(leadingName('photo;ENCODING=b:AAAA'), 'PHOTO');
    assert.equal(leadingName('X-GOOGLE TALK:someone'), '');
    assert.equal(leadingName(' continued base64'), '');
    assert.equal(leadingName('N'), '');
    assert.equal(leadingName('N', true), 'N');
    assert.equal(leadingName('item1.X-ABLabel', true), 'X-ABLABEL');
  });

  it('gives what the regex gave before a separator (property)', () => {
    fc.assert(fc.property(line, (text) => leadingName(text) === beforeSeparator(text)), RUNS);
  });

  it('gives what the regexes gave for a whole head (property)', () => {
    fc.assert(fc.property(line, (text) => leadingName(text, true) === wholeHead(text)), RUNS);
  });
});
