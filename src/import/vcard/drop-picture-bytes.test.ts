// Pictures cut from the bytes before decoding: the cards read from the cut bytes are the cards read from the whole
// file, line numbers included, and the cut bytes are a fraction of a phone's export.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { splitCards, unfoldCard } from './content-lines.ts';
import { dropPictureBytes } from './drop-picture-bytes.ts';
import { parseVCard } from './vcard.ts';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** Every card's content lines with the file line each starts on, as the importer reads them from `text`. */
function contentLines(text: string) {
  return splitCards('p.vcf', text, []).map((card) => ({ line: card.line, content: unfoldCard(card) }));
}

describe('dropping pictures from vCard bytes', () => {
  it('cuts a folded photo down to its first line and one space per fold, keeping every line break', () => {
    const photo = ['PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQ', ` ${BASE64}`, ` ${BASE64}`, ` ${BASE64.slice(0, 10)}==`];
    const text = ['BEGIN:VCARD', 'VERSION:3.0', 'N:Lovelace;Ada;;;', ...photo, 'EMAIL:ada@example.com', 'END:VCARD', ''].join('\r\n');
    const cut = decode(dropPictureBytes(encode(text)));
    assert.equal(cut, ['BEGIN:VCARD', 'VERSION:3.0', 'N:Lovelace;Ada;;;', photo[0], ' ', ' ', ' =', 'EMAIL:ada@example.com', 'END:VCARD', ''].join('\r\n'));
    assert.deepEqual(contentLines(cut), contentLines(text));
  });

  it('returns the very bytes when there is no picture to cut', () => {
    const bytes = encode('BEGIN:VCARD\r\nN:Roe;Rick\r\nNOTE:a folded\r\n  note\r\nEND:VCARD\r\n');
    assert.equal(dropPictureBytes(bytes), bytes);
  });

  it('leaves a quoted-printable picture, and a picture line that may continue a quoted-printable value, as they are', () => {
    const qp = encode('BEGIN:VCARD\r\nPHOTO;ENCODING=QUOTED-PRINTABLE:AB=\r\n CD\r\nEND:VCARD\r\n');
    assert.equal(dropPictureBytes(qp), qp);
    const afterSoftBreak = encode('BEGIN:VCARD\r\nNOTE;QUOTED-PRINTABLE:line=\r\nPHOTO:not a picture\r\n but the note\r\nEND:VCARD\r\n');
    assert.equal(dropPictureBytes(afterSoftBreak), afterSoftBreak);
  });

  it('reads the same cards from the cut bytes as from the whole file: folds, tabs, soft breaks, blank lines, any line break', () => {
    const value = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ':', ';', '=', ',', 'é', '東', '\\', '\u0001'), maxLength: 60 });
    const property = fc.record({
      group: fc.constantFrom('', 'item1.'),
      name: fc.constantFrom('FN', 'N', 'NOTE', 'TEL', 'EMAIL', 'PHOTO', 'LOGO', 'KEY', 'BEGIN', 'END'),
      params: fc.constantFrom('', ';TYPE=WORK', ';ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8', ';QUOTED-PRINTABLE', ';ENCODING=b', ';QUOTED-\u0001PRINTABLE'),
      value,
      folds: fc.array(fc.record({ at: fc.nat(), kind: fc.constantFrom(' ', '\t', '=', 'base64', 'blank') }), { maxLength: 4 }),
    });
    const card = fc.array(property, { minLength: 1, maxLength: 6 }).map((properties) => {
      const raw: string[] = ['BEGIN:VCARD'];
      for (const p of properties) {
        const text = `${p.group}${p.name}${p.params}:${p.value}`;
        let from = 0;
        const cuts = [...new Set(p.folds.map((fold) => 1 + (fold.at % Math.max(1, text.length))))].sort((a, b) => a - b);
        let pending = '';
        cuts.forEach((cut, index) => {
          const kind = p.folds[index].kind;
          raw.push(pending + text.slice(from, cut) + (kind === '=' ? '=' : ''));
          if (kind === 'blank') raw.push('');
          if (kind === 'base64') raw.push(BASE64.slice(0, 20));
          pending = kind === ' ' || kind === '\t' ? kind : '';
          from = cut;
        });
        raw.push(pending + text.slice(from));
      }
      raw.push('END:VCARD');
      return raw;
    });
    fc.assert(
      fc.property(fc.array(card, { minLength: 1, maxLength: 3 }), fc.constantFrom('\r\n', '\n', '\r'), (cards, lineBreak) => {
        const text = [...cards.flat(), ''].join(lineBreak);
        const whole = parseVCard({ name: 'p.vcf', bytes: encode(text) });
        const cutText = decode(dropPictureBytes(encode(text)));
        assert.equal(cutText.split(/\r\n|\r|\n/).length, text.split(/\r\n|\r|\n/).length);
        assert.deepEqual(contentLines(cutText.replace(/\u0001/g, '')), contentLines(text.replace(/\u0001/g, '')));
        // parseVCard cuts the pictures itself: the rows and issues are what the whole text gives.
        assert.deepEqual(parseVCard({ name: 'p.vcf', bytes: encode(cutText) }), whole);
      }),
      { seed: 20261207, numRuns: 500 },
    );
  });

  it('cuts a phone export with a 2 kB photo per card to less than an eighth of its bytes', () => {
    const cards: string[] = [];
    for (let i = 0; i < 50; i++) {
      const photo = `PHOTO;ENCODING=b;TYPE=JPEG:${BASE64.repeat(32)}`;
      const folded = [photo.slice(0, 75)];
      for (let at = 75; at < photo.length; at += 74) folded.push(` ${photo.slice(at, at + 74)}`);
      cards.push(['BEGIN:VCARD', 'VERSION:3.0', `N:Person;Number ${i};;;`, `EMAIL:p${i}@example.com`, ...folded, 'END:VCARD'].join('\r\n'));
    }
    const bytes = encode(`${cards.join('\r\n')}\r\n`);
    const cut = dropPictureBytes(bytes);
    assert.ok(cut.length * 8 < bytes.length, `${cut.length} of ${bytes.length} bytes kept`);
    assert.deepEqual(parseVCard({ name: 'p.vcf', bytes: cut }).rows, parseVCard({ name: 'p.vcf', bytes }).rows);
  });
});
