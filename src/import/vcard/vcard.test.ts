// vCard import: 3.0 with folded lines, 4.0, 2.1 quirks, encodings, and damaged files that must not lose good cards.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { InputFile } from '../import-issue.ts';
import { parseVCard } from './vcard.ts';

function fixture(name: string): InputFile {
  const url = new URL(`../../../test/fixtures/import/vcard/${name}`, import.meta.url);
  return { name, bytes: new Uint8Array(readFileSync(url)) };
}

const text = (name: string, content: string): InputFile => ({ name, bytes: new TextEncoder().encode(content) });

function utf16le(content: string): Uint8Array {
  const bytes = new Uint8Array(2 + content.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < content.length; i++) {
    const code = content.charCodeAt(i);
    bytes[2 + i * 2] = code & 0xff;
    bytes[3 + i * 2] = code >> 8;
  }
  return bytes;
}

describe('vCard 3.0 from iCloud', () => {
  const { rows, issues } = parseVCard(fixture('icloud-v3.vcf'));

  it('imports every card with no issues', () => {
    assert.equal(rows.length, 3);
    assert.deepEqual(issues, []);
    assert.ok(rows.every((row) => row.tie === 'knows'));
  });

  it('reads N for first and last name, accents and curly apostrophes intact', () => {
    assert.equal(rows[0].firstName, 'Siobhán');
    assert.equal(rows[0].lastName, 'O’Brien');
  });

  it('unfolds folded lines: the LinkedIn URL and the note are whole', () => {
    assert.equal(rows[0].linkedinUrl, 'https://www.linkedin.com/in/siobhan-obrien-cs');
    assert.equal(rows[0].notes, 'Met at SaaStr Europa. Very keen on customer-led growth; offered to intro me to their VP Sales.');
  });

  it('reads several emails and phones, the first ORG component, TITLE, ADR locality and CATEGORIES', () => {
    assert.deepEqual(rows[0].emails, ['siobhan.obrien@intercom.io', 's.obrien@eircom.net']);
    assert.deepEqual(rows[0].phones, ['+353 87 123 4567', '+353 1 555 0199']);
    assert.equal(rows[0].company, 'Intercom');
    assert.equal(rows[0].title, 'Director of Customer Success, EMEA');
    assert.equal(rows[0].location, 'Dublin, Ireland');
    assert.deepEqual(rows[0].tags, ['SaaS', 'Dublin']);
  });

  it('takes LinkedIn from X-SOCIALPROFILE when only the user name is given', () => {
    assert.equal(rows[1].linkedinUrl, 'https://www.linkedin.com/in/kenji-nakamura');
  });

  it('reads a company card as an organisation: its name is the company, never split into a person\'s first and last name', () => {
    assert.equal(rows[2].company, 'Zendesk Inc.');
    assert.deepEqual([rows[2].firstName, rows[2].lastName], ['', 'Zendesk Inc.']);
    assert.deepEqual(rows[2].phones, ['+1 415 418 7506']);
  });

  it('gives each contact the line where its card begins', () => {
    assert.deepEqual(rows.map((row) => row.line), [1, 25, 34]);
  });
});

describe('vCard 4.0 from Nextcloud (UTF-8 with BOM)', () => {
  const { rows, issues } = parseVCard(fixture('nextcloud-v4.vcf'));

  it('imports both cards', () => {
    assert.equal(rows.length, 2);
    assert.deepEqual(issues, []);
  });

  it('reads tel: URIs, quoted parameters, the address and escaped newlines', () => {
    const amelie = rows[0];
    assert.equal(`${amelie.firstName} ${amelie.lastName}`, 'Amélie Rousseau');
    assert.deepEqual(amelie.phones, ['+33-6-12-34-56-78']);
    assert.equal(amelie.location, 'Paris, Île-de-France, France');
    assert.equal(amelie.linkedinUrl, 'https://www.linkedin.com/in/amelie-rousseau');
    assert.equal(amelie.notes, 'Hiring PMs for Q2.\nPrefers a short email.');
    assert.deepEqual(amelie.tags, ['recruiters', 'paris']);
  });

  it('splits FN when there is no N, keeping the name as written', () => {
    assert.equal(rows[1].lastName, 'Ferreira');
    assert.equal(`${rows[1].firstName} ${rows[1].lastName}`, 'Dr. Tomás Ferreira');
  });
});

describe('damaged and unusual files', () => {
  it('keeps the other cards when one in the middle is broken, and points at where it begins', () => {
    const { rows, issues } = parseVCard(fixture('broken-middle.vcf'));
    assert.deepEqual(rows.map((row) => row.firstName), ['Chidi', 'Marta']);
    assert.equal(issues.length, 1);
    assert.equal(issues[0].line, 7);
    assert.equal(issues[0].severity, 'error');
    assert.match(issues[0].reason, /FN Petra Schmidt/);
    assert.equal(rows[1].line, 13);
  });

  it('reads a UTF-16LE file with a BOM', () => {
    const content = new TextDecoder().decode(fixture('icloud-v3.vcf').bytes);
    const { rows } = parseVCard({ name: 'contacts.vcf', bytes: utf16le(content) });
    assert.deepEqual(rows.map((row) => row.firstName), ['Siobhán', 'Kenji', '']);
  });

  it('reads Android\'s vCard 2.1: bare parameters and quoted-printable UTF-8 with soft line breaks', () => {
    const { rows, issues } = parseVCard(fixture('android-v21.vcf'));
    assert.deepEqual(issues, []);
    assert.equal(`${rows[0].firstName} ${rows[0].lastName}`, 'Lucía Gómez');
    assert.deepEqual(rows[0].phones, ['+34 612 34 56 78', '+34 91 555 01 23']);
    assert.equal(rows[0].notes, 'Conocida en el evento de Madrid.\nLe interesa un puesto de directora.');
  });

  it('reports a card cut off before END:VCARD and keeps the cards before it', () => {
    const file = text('cut.vcf', 'BEGIN:VCARD\nVERSION:3.0\nFN:Ana Silva\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Bo Li\n');
    const { rows, issues } = parseVCard(file);
    assert.deepEqual(rows.map((row) => row.firstName), ['Ana']);
    assert.equal(issues.length, 1);
    assert.equal(issues[0].line, 5);
    assert.match(issues[0].reason, /END:VCARD/);
  });

  it('says a file without BEGIN:VCARD is not a vCard file', () => {
    const { rows, issues } = parseVCard(text('contacts.vcf', 'First Name,Last Name\nAna,Silva\n'));
    assert.equal(rows.length, 0);
    assert.equal(issues.length, 1);
    assert.equal(issues[0].severity, 'error');
    assert.match(issues[0].reason, /not a vCard/);
  });

  it('leaves out an invalid email with a warning and skips a card with nothing to name a person', () => {
    const file = text(
      'x.vcf',
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Silva\r\nEMAIL:ana at example\r\nEMAIL:ana@example.com\r\nEND:VCARD\r\n' +
        'BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:just a note\r\nEND:VCARD\r\n',
    );
    const { rows, issues } = parseVCard(file);
    assert.equal(rows.length, 1);
    assert.deepEqual(rows[0].emails, ['ana@example.com']);
    assert.deepEqual(
      issues.map((issue) => [issue.line, issue.field, issue.severity]),
      [[1, 'EMAIL', 'warning'], [7, undefined, 'error']],
    );
  });
});

const card = (version: string, ...lines: string[]) => `BEGIN:VCARD\r\nVERSION:${version}\r\n${lines.join('\r\n')}\r\nEND:VCARD\r\n`;
const parse = (content: string) => parseVCard(text('contacts.vcf', content));

describe('vCard as phones and mail programs write it', () => {
  it('keeps commas in NOTE, TITLE and FN text: only N, ADR and ORG are split into parts', () => {
    const { rows, issues } = parse(
      card('3.0', 'N:Reyes;Dana;;;', 'FN:Dana Reyes', 'TITLE:VP, Sales', 'NOTE:Met at the fair, Hall 3, stand B') +
        card('2.1', 'N;CHARSET=ISO-8859-1:Brandt;Hans-Peter;;', 'FN;CHARSET=ISO-8859-1:Hans-Peter Brandt', 'NOTE;CHARSET=ISO-8859-1:17.02.2016, 19:18 - XING - https://www.xing.com/profile/x'),
    );
    assert.deepEqual(issues, []);
    assert.equal(rows[0].notes, 'Met at the fair, Hall 3, stand B');
    assert.equal(rows[0].title, 'VP, Sales');
    assert.equal(rows[1].notes, '17.02.2016, 19:18 - XING - https://www.xing.com/profile/x');
  });

  it('keeps an unescaped comma inside ORG and ADR parts of vCard 2.1, where commas are not separators', () => {
    const { rows } = parse(card('2.1', 'N:Okafor;Chidi', 'ORG:Smith, Jones & Co.;Audit', 'ADR;WORK:;;1 Main St;Springfield, East;;;USA'));
    assert.equal(rows[0].company, 'Smith, Jones & Co.');
    assert.equal(rows[0].location, 'Springfield, East, USA');
  });

  it('unescapes \\" \\, \\; \\n \\N and \\\\ in vCard 3.0 and 4.0 text', () => {
    const { rows } = parse(
      card('3.0', 'FN:Ada Lovelace', 'NOTE:Said \\"hi\\"\\, then left\\; ok\\nnext line\\Nlast \\\\o/') +
        card('4.0', 'FN:Grace Hopper', 'NOTE:a\\,b\\;c\\nd'),
    );
    assert.equal(rows[0].notes, 'Said "hi", then left; ok\nnext line\nlast \\o/');
    assert.equal(rows[1].notes, 'a,b;c\nd');
  });

  it('unescapes only what vCard 2.1 escapes: \\; \\, \\\\ and the quote; a backslash-n stays as written', () => {
    const { rows } = parse(card('2.1', 'N:Lovelace;Ada', 'NOTE:a\\;b\\,c \\"d\\" C:\\new'));
    assert.equal(rows[0].notes, 'a;b,c "d" C:\\new');
  });

  it('reads Apple\'s escaped colons in URLs, so the LinkedIn profile is found', () => {
    const { rows } = parse(card('3.0', 'N:Nakamura;Kenji;;;', 'item1.URL;type=pref:https\\://www.linkedin.com/in/kenji-nakamura', 'item1.X-ABLabel:LinkedIn'));
    assert.equal(rows[0].linkedinUrl, 'https://www.linkedin.com/in/kenji-nakamura');
  });

  it('decodes quoted-printable without a CHARSET as UTF-8 when it is UTF-8', () => {
    const { rows, issues } = parse(card('2.1', 'N;ENCODING=QUOTED-PRINTABLE:Iksi=C5=84ski;Miko=C5=82aj;;;', 'TEL;CELL:+48 601 234 567'));
    assert.deepEqual(issues, []);
    assert.deepEqual([rows[0].firstName, rows[0].lastName], ['Mikołaj', 'Iksiński']);
  });

  it('decodes quoted-printable without a CHARSET as Windows-1252 when it is not UTF-8, and warns once with the count', () => {
    const { rows, issues } = parse(
      card('2.1', 'N;ENCODING=QUOTED-PRINTABLE:Mu=F1oz;Jos=E9;;;', 'TEL;CELL:+34 600 000 001') +
        card('2.1', 'N;QUOTED-PRINTABLE:M=FCller;J=FCrgen;;;', 'NOTE;ENCODING=QUOTED-PRINTABLE:Gr=FC=DFe aus K=F6ln', 'TEL;CELL:+49 170 0000002'),
    );
    assert.deepEqual(rows.map((row) => `${row.firstName} ${row.lastName}`), ['José Muñoz', 'Jürgen Müller']);
    assert.equal(rows[1].notes, 'Grüße aus Köln');
    assert.equal(issues.length, 1);
    assert.equal(issues[0].severity, 'warning');
    assert.equal(issues[0].line, 3);
    assert.match(issues[0].reason, /3 quoted-printable values without a CHARSET are not UTF-8; they were read as Windows-1252/);
  });

  it('follows quoted-printable soft line breaks, keeping a continuation line\'s leading space as text', () => {
    const { rows } = parse(card('4.0', 'FN:Forrest Gump', 'NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=utf-8:shrimp boat fo=', 'r sale=0D=0Acall soon and=', ' ask for Bubba'));
    assert.equal(rows[0].notes, 'shrimp boat for sale\ncall soon and ask for Bubba');
  });

  it('imports Apple company cards (X-ABShowAs:COMPANY, empty N) as organisations, even with no phone or email', () => {
    const { rows, issues } = parse(
      card('3.0', 'N:;;;;', 'FN:Acme Widgets Ltd.', 'ORG:Acme Widgets Ltd.;', 'X-ABShowAs:COMPANY') +
        card('3.0', 'FN:', 'N:;;;;', 'ORG:Nordwind Logistik GmbH;', 'NOTE:Main switchboard', 'X-ABShowAs:COMPANY') +
        card('4.0', 'KIND:org', 'FN:Blue Harbor Foods'),
    );
    assert.deepEqual(issues, []);
    assert.deepEqual(rows.map((row) => [row.firstName, row.lastName, row.company]), [
      ['', 'Acme Widgets Ltd.', 'Acme Widgets Ltd.'],
      ['', 'Nordwind Logistik GmbH', 'Nordwind Logistik GmbH'],
      ['', 'Blue Harbor Foods', 'Blue Harbor Foods'],
    ]);
    assert.equal(rows[1].notes, 'Main switchboard');
  });

  it('names a KIND:org card by its FN and keeps ORG as the company', () => {
    const { rows } = parse(card('4.0', 'KIND:org', 'FN:ABC Marketing', 'ORG:ABC\\, Inc.;North American Division', 'EMAIL:marketing@abc.example.com'));
    assert.deepEqual([rows[0].firstName, rows[0].lastName, rows[0].company], ['', 'ABC Marketing', 'ABC, Inc.']);
  });

  it('skips group and place cards (KIND:group, KIND:location): they are not people or organisations', () => {
    const { rows, issues } = parse(
      card('4.0', 'KIND:group', 'FN:The Doe Family', 'MEMBER:mailto:kid@example.com') + card('4.0', 'KIND:location', 'FN:Harbour Hall', 'TEL;VALUE=uri:tel:+1-555-0100'),
    );
    assert.equal(rows.length, 0);
    assert.deepEqual(issues.map((issue) => [issue.line, issue.severity, issue.reason]), [
      [1, 'error', 'the card is a group (a list of other cards), not a person or organisation (KIND:group); skipped'],
      [7, 'error', 'the card is a place, not a person or organisation (KIND:location); skipped'],
    ]);
  });

  it('keeps a person\'s name on a card shown as a company when N names the person', () => {
    const { rows } = parse(card('3.0', 'N:Lovelace;Ada;;;', 'FN:Ada Lovelace', 'ORG:Analytical Engines', 'X-ABShowAs:COMPANY'));
    assert.deepEqual([rows[0].firstName, rows[0].lastName, rows[0].company], ['Ada', 'Lovelace', 'Analytical Engines']);
  });

  it('reads a vCard 2.1 card whose VERSION comes last, with bare parameters', () => {
    const content = 'BEGIN:VCARD\r\nN:Gump;Forrest\r\nFN:Forrest Gump\r\nORG:Bubba Gump Shrimp Co.\r\nTEL;WORK;VOICE:(111) 555-1212\r\nNOTE:first\\, second\r\nVERSION:2.1\r\nEND:VCARD\r\n';
    const { rows, issues } = parse(content);
    assert.deepEqual(issues, []);
    assert.deepEqual([rows[0].firstName, rows[0].lastName, rows[0].company], ['Forrest', 'Gump', 'Bubba Gump Shrimp Co.']);
    assert.deepEqual(rows[0].phones, ['(111) 555-1212']);
    assert.equal(rows[0].notes, 'first, second');
  });

  it('ignores a property whose name is not a vCard name (a space in it) instead of losing the card', () => {
    const { rows, issues } = parse(card('3.0', 'N:Doe;Jane;;;', 'X-GOOGLE TALK;TYPE=WORK:gtalk.jane', 'EMAIL:jane@example.com'));
    assert.deepEqual(issues, []);
    assert.deepEqual(rows[0].emails, ['jane@example.com']);
  });

  it('skips inline photos, logos, sounds and keys, folded or written as vCard 2.1 base64 blocks', () => {
    const base64 = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3ODkwYWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4';
    const { rows, issues } = parse(
      card('3.0', 'N:Doe;Jane;;;', `PHOTO;ENCODING=b;TYPE=JPEG:${base64}`, ` ${base64}`, ` ${base64}`, 'EMAIL:jane@example.com', `LOGO;ENCODING=b:${base64}`, ` ${base64}`, 'NOTE:after the logo') +
        card('2.1', 'N:Roe;Rick', `PHOTO;ENCODING=BASE64;TYPE=JPEG:${base64}`, base64, base64, '', `SOUND;BASE64:${base64}`, base64, '', `KEY;ENCODING=BASE64:${base64}`, `  ${base64}`, 'TEL;CELL:+1 555 0100'),
    );
    assert.deepEqual(issues, []);
    assert.deepEqual(rows[0].emails, ['jane@example.com']);
    assert.equal(rows[0].notes, 'after the logo');
    assert.deepEqual(rows[1].phones, ['+1 555 0100']);
  });
});
