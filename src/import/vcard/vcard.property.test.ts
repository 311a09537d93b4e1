// Properties of vCard folding: a value folded anywhere (every 75 octets as RFC 6350 says, inside multi-byte characters
// too, with space or tab, CRLF or LF) unfolds to exactly what was written.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { rejoinSplitCharacters } from './split-characters.ts';
import { parseVCard } from './vcard.ts';

const RUNS = { seed: 20261125, numRuns: 200 };
// No characters vCard escapes (, ; \ and line breaks): the property is about folding, not escaping.
const text = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ':', '=', 'é', 'Å', 'ß', '東', '京', '🚀', 'ñ', '—'), minLength: 1, maxLength: 120 });

/** Inserts a fold (line break + one space or tab) into the bytes at each cut, possibly inside a character. */
function foldBytes(bytes: Uint8Array, cuts: number[], lineBreak: string, blank: string): Buffer {
  const points = [...new Set(cuts.map((cut) => 1 + (cut % Math.max(1, bytes.length - 1))))].filter((point) => point < bytes.length).sort((a, b) => a - b);
  const parts: Buffer[] = [];
  let from = 0;
  for (const point of points) {
    parts.push(Buffer.from(bytes.subarray(from, point)), Buffer.from(lineBreak + blank));
    from = point;
  }
  parts.push(Buffer.from(bytes.subarray(from)));
  return Buffer.concat(parts);
}

function every75(length: number): number[] {
  const cuts: number[] = [];
  for (let at = 75; at < length; at += 75) cuts.push(at - 1);
  return cuts;
}

describe('vCard folding properties', () => {
  it('rejoining characters split by folds gives valid UTF-8 that unfolds to the original', () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 10 }), fc.constantFrom('\r\n', '\n'), fc.constantFrom(' ', '\t'), (value, cuts, lineBreak, blank) => {
        const folded = foldBytes(Buffer.from(value, 'utf8'), cuts, lineBreak, blank);
        const decoded = new TextDecoder('utf-8', { fatal: true }).decode(rejoinSplitCharacters(folded));
        assert.equal(decoded.replace(/\r?\n[ \t]/g, ''), value);
        // Nothing but the cut characters moves: the line count stays, so issues keep their line numbers.
        assert.equal(decoded.split('\n').length, folded.toString('latin1').split('\n').length);
      }),
      RUNS,
    );
  });

  it('a card whose NOTE and FN are folded every 75 octets reads back the same name and note', () => {
    fc.assert(
      fc.property(text, text, fc.constantFrom('\r\n', '\n'), (note, name, lineBreak) => {
        fc.pre(note.trim() === note && name.trim() === name && /\p{L}/u.test(name));
        const fold = (line: string) => {
          const bytes = Buffer.from(line, 'utf8');
          return foldBytes(bytes, every75(bytes.length), lineBreak, ' ');
        };
        const end = Buffer.from(lineBreak);
        const bytes = Buffer.concat([Buffer.from(`BEGIN:VCARD${lineBreak}VERSION:3.0${lineBreak}`), fold(`FN:${name}`), end, fold(`NOTE:${note}`), end, Buffer.from(`END:VCARD${lineBreak}`)]);
        const result = parseVCard({ name: 'p.vcf', bytes: new Uint8Array(bytes) });
        assert.deepEqual(result.issues, []);
        assert.equal(result.rows.length, 1);
        assert.equal(result.rows[0].notes, note);
        assert.equal([result.rows[0].firstName, result.rows[0].lastName].filter(Boolean).join(' '), name.replace(/\s+/g, ' '));
      }),
      RUNS,
    );
  });
});
