// Builds the corpus files too large or too binary to commit (zip bombs, damaged archives, 1 MB cells, sparse giants)
// into test/corpus/.generated/ (git-ignored). Deterministic: the same bytes every run. Run alone: node --import tsx test/corpus/generate-corpus.ts
import { closeSync, mkdirSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync, type Zippable } from 'fflate';

export const GENERATED = fileURLToPath(new URL('./.generated/', import.meta.url));

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const ROWS = [
  'Ada,Lovelace,https://www.linkedin.com/in/ada-lovelace,ada@example.com,Analytical Engines Ltd,Chief Engineer,12 Mar 2021',
  'Grace,Hopper,https://www.linkedin.com/in/grace-hopper,,US Navy,Rear Admiral,01 Jan 2020',
];
const CONNECTIONS = `${HEADER}\r\n${ROWS.join('\r\n')}\r\n`;
const PROFILE = 'First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\r\nJordan,Ellery,,,,Product leader,,Software Development,,"Berlin, Germany",,,\r\n';

/** Deterministic bytes that do not compress (xorshift32). */
function noise(length: number, seed = 2463534242): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

/** Offsets of the central-directory records (PK\x01\x02) of an archive fflate wrote. */
function centralRecords(zip: Uint8Array): number[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const found: number[] = [];
  for (let i = 0; i + 4 <= zip.length; i++) if (view.getUint32(i, true) === 0x02014b50) found.push(i);
  return found;
}

/** Rewrites the declared uncompressed size of every entry in the central directory (what readers trust). */
function declareSize(zip: Uint8Array, size: number): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (const at of centralRecords(zip)) view.setUint32(at + 24, size, true);
  return zip;
}

function sparse(path: string, size: number, head = new Uint8Array(0)): void {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, head, 0, head.length, 0);
    writeSync(fd, new Uint8Array(1), 0, 1, size - 1);
  } finally {
    closeSync(fd);
  }
}

export function generateCorpus(folder = GENERATED): void {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const file = (name: string, bytes: Uint8Array | string) => writeFileSync(join(folder, name), bytes);
  const zip = (entries: Zippable, level: 0 | 6 | 9 = 6) => zipSync(entries, { level, mtime: new Date('2026-11-25T00:00:00Z') });

  // LinkedIn ZIPs, well-formed and hostile.
  file('linkedin-export-valid.zip', zip({ 'Connections.csv': strToU8(CONNECTIONS), 'Profile.csv': strToU8(PROFILE) }));
  file('linkedin-export-nested-folder.zip', zip({ 'Basic_LinkedInDataExport_11-25-2026': { 'Connections.csv': strToU8(CONNECTIONS) } }));
  file('linkedin-export-utf16-entry.zip', zip({ 'Connections.csv': new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CONNECTIONS, 'utf16le')])) }));
  file('linkedin-export-broken-connections.zip', zip({ 'Connections.csv': strToU8(`${HEADER}\r\n"Ada,Lovelace,,,Acme,CTO,12 Mar 2021\r\n`), 'Profile.csv': strToU8(PROFILE) }));
  const valid = zip({ 'Connections.csv': strToU8(CONNECTIONS.repeat(1)), 'messages.csv': noise(4000) }, 0);
  file('zip-truncated.zip', valid.subarray(0, Math.floor(valid.length / 2)));
  file('zip-bomb-ratio.zip', zip({ 'Connections.csv': new Uint8Array(16 * 1024 * 1024).fill(0x2c) }, 9));
  // Stored noise declaring 1.5 GB: a modest ratio (179x), but more than an export can unpack to.
  file('zip-bomb-declared-size.zip', declareSize(zip({ 'messages.csv': noise(8 * 1024 * 1024) }, 0), 1_500_000_000));
  // Declares 300 bytes but inflates to 16 MB: the reader must stop at the declared size.
  file('zip-bomb-lying-size.zip', declareSize(zip({ 'Connections.csv': strToU8(CONNECTIONS + `${ROWS[1]}\r\n`.repeat(200_000)) }, 9), 300));
  const many: Zippable = {};
  for (let i = 0; i <= 10_000; i++) many[`junk/${String(i).padStart(5, '0')}.txt`] = new Uint8Array(0);
  file('zip-bomb-many-entries.zip', zip(many, 0));
  file('zip-nested-zip.zip', zip({ 'Basic_LinkedInDataExport.zip': zip({ 'Connections.csv': strToU8(CONNECTIONS) }) }));
  file('zip-path-traversal.zip', zip({
    '../../Connections.csv': strToU8(`${HEADER}\r\nEvil,Climber,,,Up,Two,01 Jan 2020\r\n`),
    '/etc/Connections.csv': strToU8(`${HEADER}\r\nEvil,Absolute,,,Root,Admin,01 Jan 2020\r\n`),
    'C:\\Windows\\Connections.csv': strToU8(`${HEADER}\r\nEvil,Drive,,,Win,Admin,01 Jan 2020\r\n`),
    'Connections.csv': strToU8(CONNECTIONS),
  }));
  file('zip-path-traversal-only.zip', zip({ '../Connections.csv': strToU8(CONNECTIONS) }));
  file('zip-empty.zip', zip({}));
  file('zip-not-linkedin.zip', zip({ 'holiday.jpg': new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]) }));
  file('xlsx-saved-as-csv.csv', zip({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': strToU8('<worksheet/>') }));
  // Two entries both named Connections.csv: fflate keeps the last, we must read the first and say so.
  const twins = zip({ 'Connections.csv': strToU8(CONNECTIONS), 'Connectionz.csv': strToU8(`${HEADER}\r\nShadow,Twin,,,Dup,Copy,01 Jan 2020\r\n`) }, 0);
  const twinsText = Buffer.from(twins);
  for (let at = twinsText.indexOf('Connectionz.csv'); at >= 0; at = twinsText.indexOf('Connectionz.csv', at + 1)) twins[at + 10] = 0x73;
  file('zip-duplicate-entry-names.zip', twins);

  // Exports as years of LinkedIn wrote them: signals without URLs, the address book, several candidate files.
  file('linkedin-export-urn-invitations.zip', zip({
    'Connections.csv': strToU8(CONNECTIONS),
    'Invitations.csv': strToU8('From,To,Sent At,Message,Direction,inviterProfileUrn,inviteeProfileUrn\r\nJordan Ellery,Ada Lovelace,"1/29/24, 2:37 PM",,OUTGOING,urn:li:member:1001,urn:li:member:2002\r\nGrace Hopper,Jordan Ellery,"2/3/24, 9:05 AM",,INCOMING,urn:li:member:3003,urn:li:member:1001\r\n'),
    'Profile.csv': strToU8(PROFILE),
  }));
  file('linkedin-export-2018.zip', zip({
    'Connections.csv': strToU8('First Name,Last Name,Address,Email Address,Company,Position,Connected On,Websites,Instant Messengers\r\nAda,Lovelace,,,Analytical Engines Ltd,Chief Engineer,"1/8/18, 6:14 PM",,\r\nGrace,Hopper,,,US Navy,Rear Admiral,"3/2/17, 9:30 AM",,\r\n'),
    'Invitations.csv': strToU8('From,To,Sent At,Message,Direction\r\nJordan Ellery,Ada Lovelace,"1/2/18, 9:00 AM",,OUTGOING\r\n'),
    'Messages.csv': strToU8('From,To,Date,Subject,Content,Direction,Folder\r\nGrace Hopper,Jordan Ellery,"1/8/18, 6:14 PM",,Hello,INCOMING,INBOX\r\nJordan Ellery,Grace Hopper,"1/9/18, 8:00 AM",,Thanks,OUTGOING,SENT\r\n'),
    'Shares.csv': new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Date\tShare Link\tShare Commentary\tShared Url\tMedia Url\r\n2018-01-08 18:14:00\thttps://www.linkedin.com/feed/update/urn:li:activity:1\tShipped it\t\t\r\n', 'utf16le')])),
    'Profile.csv': strToU8(PROFILE),
  }));
  file('linkedin-export-contacts.zip', zip({
    'Connections.csv': strToU8(CONNECTIONS),
    'Contacts.csv': strToU8('Source,FirstName,LastName,Companies,Title,Emails,PhoneNumbers,CreatedAt,Addresses,Sites,InstantMessageHandles,FullName,Birthday,Location,BookmarkedAt,Profiles\r\nGOOGLE_CONTACTS,Grace,Hopper,,,grace@navy.example,+1 202 555 0100,,,,,,,,,\r\nPHONE,Alan,Turing,,,alan@example.com,,,,,,,,,,\r\n'),
  }));
  file('zip-connections-candidates.zip', zip({
    'Connections.csv': strToU8(CONNECTIONS),
    'connections.csv': strToU8(`${HEADER}\r\nShadow,Lower,,,Dup,Copy,01 Jan 2020\r\n`),
    'old/Connections.csv': strToU8(`${HEADER}\r\nShadow,Nested,,,Dup,Copy,01 Jan 2020\r\n`),
  }));

  // Oversized cells and fields.
  file('connections-1mb-cell.csv', `${HEADER}\r\n${ROWS[0]}\r\nGrace,Hopper,,,US Navy,${'x'.repeat(1024 * 1024)},01 Jan 2020\r\n`);
  file('generic-1mb-notes.csv', `Name,Email,Notes\r\nAda Lovelace,ada@example.com,"${'line one, with commas\r\n'.repeat(47_663).slice(0, 1024 * 1024)}"\r\nGrace Hopper,grace@example.com,short\r\n`);
  file('connections-5mb-unclosed-quote.csv', `${HEADER}\r\n${ROWS[0]}\r\nGrace,Hopper,,,"${'no closing quote, ever\n'.repeat(240_000)}`);
  file('generic-5mb-single-line.csv', `Name,Email\r\nAda Lovelace,${'a'.repeat(5 * 1024 * 1024)}\r\n`);
  // NUL and other control characters past the first 4 KB (within it the file is called binary).
  file('connections-nul-bytes-after-4kb.csv', Buffer.concat([Buffer.from(`${HEADER}\r\n${Array.from({ length: 150 }, (_, i) => `Person${i + 1},Filler,,,Acme,Engineer,01 Jan 2020\r\n`).join('')}`), Buffer.from('Ada,Love\0lace,,,Acme\x01\x02,CTO,12 Mar 2021\r\n')]));
  // Giants that must be refused by size before a byte is read (sparse: no disk used).
  sparse(join(folder, 'connections-3gb-sparse.csv'), 3 * 1024 * 1024 * 1024);
  sparse(join(folder, 'vcard-150mb-sparse.vcf'), 150 * 1024 * 1024);
  sparse(join(folder, 'zip-1.5gb-sparse.zip'), 1536 * 1024 * 1024, new Uint8Array([0x50, 0x4b, 0x03, 0x04]));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) generateCorpus();

/**
 * A CRM export of `rows` people whose bulk is a long "Description" column nobody maps (HTML mail bodies, activity
 * logs) of about `bytesPerRow`: 25,000 rows of 8 KB make 200 MB. Written in blocks, never held whole.
 */
export function generateLargeCrmCsv(path: string, rows: number, bytesPerRow = 2000): number {
  const fd = openSync(path, 'w');
  let bytes = 0;
  const filler = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit; sed do eiusmod tempor. '.repeat(Math.max(1, Math.round(bytesPerRow / 82)));
  try {
    const head = Buffer.from('Name,Email,Company,Title,Description\r\n');
    bytes += writeSync(fd, head);
    for (let start = 0; start < rows; start += 1000) {
      let block = '';
      for (let i = start; i < Math.min(rows, start + 1000); i++) {
        block += `Person ${i} Example,person${i}@example.com,Company ${i % 977},Engineer ${i % 13},"Row ${i}: ${filler}"\r\n`;
      }
      bytes += writeSync(fd, Buffer.from(block));
    }
  } finally {
    closeSync(fd);
  }
  return bytes;
}
