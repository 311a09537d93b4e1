// Tests for the demo ZIP writer: it round-trips, keeps LinkedIn's flat layout, and is reproducible.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unzipSync } from 'fflate';
import { generateLinkedInExport } from './generate-linkedin-export.ts';
import { zipFiles } from './write-zip.ts';

test('a generated export round-trips through the ZIP with every file at the root', () => {
  const files = generateLinkedInExport({ seed: 5, connections: 300, today: '2026-01-15' });
  const zip = zipFiles(files, { date: '2026-01-15' });
  const unzipped = unzipSync(zip);
  assert.deepEqual(Object.keys(unzipped).sort(), [...files.keys()].sort());
  const decoder = new TextDecoder();
  for (const [name, text] of files) {
    assert.ok(!name.includes('/'), `${name} is at the root`);
    assert.equal(decoder.decode(unzipped[name]), text, `${name} survives the round trip byte for byte`);
  }
});

test('accents, non-Latin scripts and file names with spaces survive', () => {
  const files = new Map([['Company Follows.csv', 'Organization,Followed On\nKessler Präzision GmbH,05 Jun 2024\n王伟,06 Jun 2024\n']]);
  const unzipped = unzipSync(zipFiles(files));
  assert.equal(new TextDecoder().decode(unzipped['Company Follows.csv']), files.get('Company Follows.csv'));
});

test('the same files give the same bytes, and the date is validated', () => {
  const files = generateLinkedInExport({ seed: 9, connections: 50, today: '2025-03-01' });
  assert.deepEqual(zipFiles(files, { date: '2025-03-01' }), zipFiles(files, { date: '2025-03-01' }));
  assert.throws(() => zipFiles(files, { date: '1970-01-01' }), RangeError);
  assert.throws(() => zipFiles(files, { date: 'yesterday' }), RangeError);
});

test('the archive does not depend on the machine\'s time zone', () => {
  const files = generateLinkedInExport({ seed: 2, connections: 20, today: '2025-06-30' });
  const saved = process.env.TZ;
  try {
    process.env.TZ = 'Pacific/Kiritimati';
    const east = zipFiles(files, { date: '2025-06-30' });
    process.env.TZ = 'Pacific/Pago_Pago';
    const west = zipFiles(files, { date: '2025-06-30' });
    assert.deepEqual(east, west);
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
});
