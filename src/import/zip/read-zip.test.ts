// ZIP reading under hostile archives: limits on declared sizes before inflating, inflation that stops at the declared
// size, checksums, ZIP64 records, and caps on a kind of entry (articles) that name what they leave out.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { commaBomb, deflatedEntry, writeZip, type RawEntry } from '../../../test/corpus/hostile-zips.ts';
import { readZip, ZIP_LIMITS } from './read-zip.ts';

const CONNECTIONS = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\nAda,Lovelace,,,Analytical Engines,CTO,12 Mar 2021\r\n';
const archive = (entries: RawEntry[], name = 'export.zip') => ({ name, bytes: writeZip(entries) });
const everything = () => true;
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('readZip', () => {
  it('reads deflated and stored entries, and ZIP64 records', () => {
    const stored: RawEntry = { ...deflatedEntry('Profile.csv', 'First Name\r\nAda\r\n'), method: 0, data: new TextEncoder().encode('First Name\r\nAda\r\n') };
    const { entries, issues } = readZip(archive([{ ...deflatedEntry('Connections.csv', CONNECTIONS), zip64: true }, stored]), everything);
    assert.deepEqual(issues, []);
    assert.deepEqual(entries.map((entry) => [entry.name, text(entry.bytes)]), [['Connections.csv', CONNECTIONS], ['Profile.csv', 'First Name\r\nAda\r\n']]);
  });

  // How long the refusal takes is a bench row (bench/hostile-input-bench.ts), not an assertion here.
  it('stops inflating an entry the moment it passes its declared size: 13 GB of data behind a 300-byte header is refused', () => {
    const bomb: RawEntry = { name: 'Connections.csv', data: commaBomb(50_000_000), method: 8, size: 300, crc: 0 };
    const { entries, issues } = readZip(archive([bomb]), everything);
    assert.deepEqual(entries, []);
    assert.deepEqual(issues.map((issue) => [issue.file, issue.severity]), [['export.zip:Connections.csv', 'error']]);
    assert.match(issues[0].reason, /^the entry holds more than the 300 bytes its header declares \(a damaged or tampered archive\); inflating stopped there/);
  });

  it('refuses an entry declaring more than one file of an export may be, before inflating anything', () => {
    const { entries, issues } = readZip(archive([deflatedEntry('messages.csv', 'x'.repeat(2000))]), everything, { ...ZIP_LIMITS, maxEntryBytes: 1000 });
    assert.deepEqual(entries, []);
    assert.equal(issues[0].reason, 'the entry "messages.csv" would unpack to 2,000 bytes, more than the 1,000 bytes one file of an export may be; this looks like a zip bomb, not an export');
  });

  it('refuses an archive whose entries together declare more than the total cap', () => {
    const files = ['Connections.csv', 'messages.csv', 'Invitations.csv'].map((name) => deflatedEntry(name, 'y'.repeat(600)));
    const { entries, issues } = readZip(archive(files), everything, { ...ZIP_LIMITS, maxTotalBytes: 1500 });
    assert.deepEqual(entries, []);
    assert.match(issues[0].reason, /^the archive would unpack to more than 1,500 bytes of export files \(the entry "Invitations\.csv" alone declares 600\); this looks like a zip bomb/);
  });

  it('does not read a stored entry whose size lies, one whose checksum is wrong, or one compressed with an unknown method', () => {
    const lying: RawEntry = { name: 'a.csv', data: new TextEncoder().encode('12345678'), method: 0, size: 4, crc: 0 };
    const wrongChecksum: RawEntry = { ...deflatedEntry('b.csv', CONNECTIONS), crc: 1234 };
    const unknown: RawEntry = { ...deflatedEntry('c.csv', CONNECTIONS), method: 14 as 8 };
    const { entries, issues } = readZip(archive([lying, wrongChecksum, unknown, deflatedEntry('d.csv', CONNECTIONS)]), everything);
    assert.deepEqual(entries.map((entry) => entry.name), ['d.csv']);
    assert.deepEqual(issues.map((issue) => [issue.file, issue.reason]), [
      ['export.zip:a.csv', 'the entry holds more than the 4 bytes its header declares (a damaged or tampered archive); inflating stopped there and it was not read. Download the export again'],
      ['export.zip:b.csv', 'the entry is damaged (its checksum does not match what the archive declares); it was not read. Download the export again'],
      ['export.zip:c.csv', 'the entry cannot be read: it is compressed with method 14, which LinkedIn exports do not use. Download the export again'],
    ]);
  });

  it('reads at most the capped number of articles of at most the capped size, naming what it left out', () => {
    const cap = { what: 'article', matches: (name: string) => name.startsWith('Articles/'), maxBytes: 100, maxCount: 2 };
    const files = [
      deflatedEntry('Articles/2024-01-01_a.html', '<p>a</p>'),
      deflatedEntry('Articles/2024-01-02_big.html', 'b'.repeat(101)),
      deflatedEntry('Articles/2024-01-03_c.html', '<p>c</p>'),
      deflatedEntry('Connections.csv', CONNECTIONS),
      deflatedEntry('Articles/2024-01-04_d.html', '<p>d</p>'),
      deflatedEntry('Articles/2024-01-05_e.html', '<p>e</p>'),
    ];
    const { entries, issues } = readZip(archive(files), everything, ZIP_LIMITS, [cap]);
    assert.deepEqual(entries.map((entry) => entry.name), ['Articles/2024-01-01_a.html', 'Articles/2024-01-03_c.html', 'Connections.csv']);
    assert.deepEqual(issues.map((issue) => [issue.file, issue.reason, issue.severity]), [
      ['export.zip:Articles/2024-01-02_big.html', 'the article is 101 bytes, more than the 100 bytes one article may be; it was not read', 'error'],
      ['export.zip:Articles/2024-01-04_d.html', 'only 2 articles are read from one export; this one and 1 more after it were not read', 'error'],
    ]);
  });

  it('says an archive cut short is damaged', () => {
    const whole = writeZip([deflatedEntry('Connections.csv', CONNECTIONS)]);
    const { entries, issues } = readZip({ name: 'cut.zip', bytes: whole.subarray(0, whole.length - 30) }, everything);
    assert.deepEqual(entries, []);
    assert.match(issues[0].reason, /^the ZIP archive is damaged or truncated \(.+\); download it again$/);
  });
});
