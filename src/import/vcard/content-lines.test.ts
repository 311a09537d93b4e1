// Unfolding: big folded photos read whole, and ordinary cards unfold exactly as they did before unfolding was made
// linear (it took 131 s against 7 s for a 5 MB photo when every fold rebuilt the line; bench/hostile-input-bench.ts
// measures the 5 MB / 1 MB ratio).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { propertyName, splitCards, unfoldCard, type CardBlock } from './content-lines.ts';
import { parseVCard } from './vcard.ts';

const BINARY = new Set(['PHOTO', 'LOGO', 'SOUND', 'KEY']);

/** The unfolding this importer used before it was made linear (string concatenation and a regex on the whole line). */
function previousUnfold(raw: string[]): string[] {
  const logical: string[] = [];
  for (const line of raw) {
    const last = logical.length - 1;
    const previous = logical[last] ?? '';
    if (last >= 0 && previous.endsWith('=') && /^[^:]*QUOTED-PRINTABLE/i.test(previous)) logical[last] = previous.slice(0, -1) + line;
    else if (last >= 0 && /^[ \t]/.test(line)) logical[last] = previous + line.slice(1);
    else if (line.trim()) logical.push(line);
  }
  const kept: string[] = [];
  let inBinary = false;
  for (const line of logical) {
    const name = propertyName(line);
    if (BINARY.has(name)) inBinary = true;
    else if (!(inBinary && !name)) {
      inBinary = false;
      kept.push(line);
    }
  }
  return kept;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** A vCard with one inline JPEG of about `bytes` base64 characters, folded every 75 octets as writers do. */
function cardWithPhoto(bytes: number): Uint8Array {
  const lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:Lovelace;Ada;;;', 'FN:Ada Lovelace'];
  const photo = `PHOTO;ENCODING=b;TYPE=JPEG:${BASE64.repeat(Math.ceil(bytes / BASE64.length)).slice(0, bytes)}`;
  lines.push(photo.slice(0, 75));
  for (let at = 75; at < photo.length; at += 74) lines.push(` ${photo.slice(at, at + 74)}`);
  lines.push('EMAIL:ada@example.com', 'NOTE:after the photo', 'END:VCARD', '');
  return new TextEncoder().encode(lines.join('\r\n'));
}

describe('unfolding vCard lines', () => {
  // That it is linear (5 MB costs about five times 1 MB) is a bench row, bench/hostile-input-bench.ts: timing does not
  // belong in a test. Here, that both cards read whole and right.
  it('reads cards with a 1 MB and a 5 MB folded photo, keeping the properties around the photo', () => {
    for (const megabytes of [1, 5]) {
      const { rows, issues } = parseVCard({ name: 'photo.vcf', bytes: cardWithPhoto(megabytes * 1024 * 1024) });
      assert.deepEqual(issues, []);
      assert.deepEqual(rows.map((row) => [row.firstName, row.emails[0], row.notes]), [['Ada', 'ada@example.com', 'after the photo']]);
    }
  });

  it('skips a 5 MB photo whose vCard 2.1 base64 lines are not indented, and reads the properties after it', () => {
    const lines = ['BEGIN:VCARD', 'VERSION:2.1', 'N:Hopper;Grace', 'PHOTO;ENCODING=BASE64;TYPE=JPEG:'];
    for (let i = 0; i < 70_000; i++) lines.push(BASE64.slice(0, 76));
    lines.push('', 'TEL;CELL:+1 555 0100', 'END:VCARD', '');
    const { rows, issues } = parseVCard({ name: 'v21.vcf', bytes: new TextEncoder().encode(lines.join('\r\n')) });
    assert.deepEqual(issues, []);
    assert.deepEqual(rows.map((row) => [row.firstName, row.phones]), [['Grace', ['+1 555 0100']]]);
  });

  it('unfolds ordinary cards exactly as before: folds, tabs, quoted-printable soft breaks, blank lines and photos', () => {
    const value = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ':', ';', '=', ',', 'é', '東', '\\'), maxLength: 60 });
    const property = fc.record({
      group: fc.constantFrom('', 'item1.'),
      name: fc.constantFrom('FN', 'N', 'NOTE', 'TEL', 'EMAIL', 'ORG', 'X-ABLABEL', 'PHOTO', 'LOGO'),
      params: fc.constantFrom('', ';TYPE=WORK', ';ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8', ';QUOTED-PRINTABLE', ';ENCODING=b'),
      value,
      folds: fc.array(fc.record({ at: fc.nat(), kind: fc.constantFrom(' ', '\t', '=', 'base64', 'blank') }), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(fc.array(property, { minLength: 1, maxLength: 8 }), fc.constantFrom('\r\n', '\n', '\r'), (properties, lineBreak) => {
        const raw: string[] = [];
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
        const block: CardBlock = { line: 1, lines: raw };
        assert.deepEqual(unfoldCard(block).map((line) => line.text), previousUnfold(raw));
        // The same through splitCards, which passes over a picture's folded lines without cutting them out.
        const text = ['BEGIN:VCARD', ...raw, 'END:VCARD', ''].join(lineBreak);
        const cards = splitCards('p.vcf', text, []);
        assert.deepEqual(cards.map((card) => unfoldCard(card).map((line) => line.text)), [previousUnfold(raw)]);
      }),
      { seed: 20261126, numRuns: 400 },
    );
  });

  it('names the true file line of a broken line after folded photos, whose folds are counted, not kept', () => {
    const photo = (label: string) => [`PHOTO;ENCODING=b;TYPE=JPEG:${label}`, ...Array.from({ length: 40 }, () => ` ${BASE64}`)];
    const text = ['BEGIN:VCARD', 'N:Lovelace;Ada;;;', ...photo('AAAA'), 'EMAIL:ada@example.com', 'END:VCARD', 'BEGIN:VCARD', ...photo('BBBB'), 'N:Hopper;Grace', 'no colon here', 'END:VCARD', ''].join('\r\n');
    const cards = splitCards('p.vcf', text, []);
    // Line 44 is the EMAIL after Ada's photo (lines 3 to 43); Grace's card starts on 46, her photo takes 47 to 87.
    assert.deepEqual(cards.map((card) => unfoldCard(card)), [
      [{ line: 2, text: 'N:Lovelace;Ada;;;' }, { line: 44, text: 'EMAIL:ada@example.com' }],
      [{ line: 88, text: 'N:Hopper;Grace' }, { line: 89, text: 'no colon here' }],
    ]);
    const { issues } = parseVCard({ name: 'p.vcf', bytes: new TextEncoder().encode(text) });
    assert.match(issues[0].reason, /line 89: "no colon here" is not a property/);
    assert.equal(issues[0].line, 46);
  });

  it('gives each content line the file line it starts on', () => {
    const block: CardBlock = { line: 10, lines: ['VERSION:3.0', 'NOTE:one', ' two', '', 'PHOTO;ENCODING=b:AAAA', ' BBBB', 'FN:Ada'] };
    assert.deepEqual(unfoldCard(block), [
      { line: 11, text: 'VERSION:3.0' },
      { line: 12, text: 'NOTE:onetwo' },
      { line: 17, text: 'FN:Ada' },
    ]);
  });
});
