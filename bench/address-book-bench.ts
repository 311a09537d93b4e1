// Address-book imports, whole `referable import` process: 10,000 vCards with photos and a 30,000-row Google CSV
// against the 30,000-row Connections.csv import in the same run (goal: within 2x of it per row), and each file
// doubled (goal: at most 2.2x the time). The files are synthetic and seeded: names from the demo world's lists.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRandom, type Random } from '../src/core/random/seeded-random.ts';
import { csvText } from '../src/demo/csv-text.ts';
import { generateLinkedInExport } from '../src/demo/generate-linkedin-export.ts';
import { COMPANIES } from '../src/demo/world-companies.ts';
import { firstNameSpellings, lastNameSpellings, NAME_CULTURES } from '../src/demo/world-names.ts';
import { TITLES_BY_FAMILY } from '../src/demo/world-titles.ts';
import { median, type BenchRow } from './bench-table.ts';

const BIN = new URL('../bin/referable.js', import.meta.url).pathname;
const CARDS = 10_000;
const GOOGLE_ROWS = 30_000;
const CONNECTIONS = 30_000;

export interface Person {
  first: string;
  last: string;
  company: string;
  title: string;
  email: string;
  phone: string;
  city: string;
  country: string;
  note: string;
}

const PLACES = [['Berlin', 'Germany'], ['Lisbon', 'Portugal'], ['Austin', 'USA'], ['Toronto', 'Canada'], ['Nairobi', 'Kenya'], ['Osaka', 'Japan'], ['Lyon', 'France'], ['Kraków', 'Poland']];
const NOTES = ['Met at the fair, Hall 3', 'Intro from a former colleague; wants to talk about hiring', 'Alumni dinner, table 4', ''];
const TITLES = Object.values(TITLES_BY_FAMILY).flatMap((family) => family.titles);

/** "José" -> "jose": an ASCII local part for the synthetic email. */
function ascii(text: string): string {
  return text.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase() || 'x';
}

/**
 * `count` synthetic people, each with a unique email and a phone number of their own (generated at run time, never stored) and a name
 * no one else has at the same employer, so every card or row is one contact.
 */
export function people(random: Random, count: number): Person[] {
  const latin = NAME_CULTURES.filter((culture) => culture.nativeScript === 0);
  const out: Person[] = [];
  const taken = new Set<string>();
  for (let i = 0; i < count; i++) {
    const culture = random.pick(latin);
    const first = firstNameSpellings(random.pick(culture.first));
    const last = lastNameSpellings(random.pick(culture.last), first.feminine).latin;
    const company = random.pick(COMPANIES);
    const key = `${first.latin}|${last}|${company.name}`;
    if (taken.has(key)) {
      i--;
      continue;
    }
    taken.add(key);
    const [city, country] = random.pick(PLACES);
    out.push({
      first: first.latin, last, company: company.name, title: random.pick(TITLES),
      email: `${ascii(first.latin)}.${ascii(last)}.${i}@${company.domain}`,
      // A number of its own per person (an extension is no part of a number's identity: E.164 drops it).
      phone: `+1 202 ${200 + Math.floor(i / 10_000)} ${String(i % 10_000).padStart(4, '0')}`,
      city, country, note: random.pick(NOTES),
    });
  }
  return out;
}

/** vCard 3.0 text escaping. */
function text(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/[,;]/g, (char) => `\\${char}`);
}

/** A content line folded every 75 characters, as phones and mail programs write it. */
function folded(line: string): string {
  if (line.length <= 75) return line;
  const parts = [line.slice(0, 75)];
  for (let at = 75; at < line.length; at += 74) parts.push(` ${line.slice(at, at + 74)}`);
  return parts.join('\r\n');
}

/** A phone's address-book export: one card per person, each with a JPEG thumbnail of 1.2-3.2 kB inline. */
export function vcardFile(random: Random, everyone: Person[]): string {
  const cards: string[] = [];
  for (const p of everyone) {
    const photo = Buffer.alloc(random.int(1200, 3200));
    for (let i = 0; i < photo.length; i += 4) photo.writeUInt32LE(random.uint32(), Math.min(i, photo.length - 4));
    cards.push([
      'BEGIN:VCARD', 'VERSION:3.0',
      `N:${text(p.last)};${text(p.first)};;;`, `FN:${text(`${p.first} ${p.last}`)}`,
      `ORG:${text(p.company)};`, `TITLE:${text(p.title)}`,
      `EMAIL;type=INTERNET;type=WORK;type=pref:${p.email}`, `TEL;type=CELL;type=VOICE;type=pref:${p.phone}`,
      `item1.ADR;type=WORK:;;;${text(p.city)};;;${text(p.country)}`,
      ...(p.note ? [folded(`NOTE:${text(p.note)}`)] : []),
      folded(`PHOTO;ENCODING=b;TYPE=JPEG:${photo.toString('base64')}`),
      'END:VCARD',
    ].join('\r\n'));
  }
  return `${cards.join('\r\n')}\r\n`;
}

const GOOGLE_HEADER = [
  'First Name', 'Middle Name', 'Last Name', 'Organization Name', 'Organization Title', 'Notes', 'Labels',
  'E-mail 1 - Label', 'E-mail 1 - Value', 'Phone 1 - Label', 'Phone 1 - Value', 'Address 1 - City', 'Address 1 - Country',
];

/** Google Contacts' export layout (the columns this import reads), one row per person. */
export function googleFile(everyone: Person[]): string {
  const rows = everyone.map((p) => [p.first, '', p.last, p.company, p.title, p.note, '* myContacts ::: Work', '* Work', p.email, 'Mobile', p.phone, p.city, p.country]);
  return csvText(GOOGLE_HEADER, rows);
}

/** Milliseconds of one whole `referable import` process into a new database; `expected` is how many it must add. */
function importMs(file: string, expected: number | null, db: string): number {
  for (const path of [db, `${db}-wal`, `${db}-shm`]) rmSync(path, { force: true });
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [BIN, 'import', file, '--db', db, '--json'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`referable import ${file} failed: ${result.stderr}`);
  const report = JSON.parse(result.stdout) as { added: number };
  if (report.added <= 0 || (expected !== null && report.added !== expected)) throw new Error(`referable import ${file} added ${report.added} contacts, not ${expected ?? 'some'}`);
  return elapsed;
}

/** "1,234 ms (1,180–1,410)": the median with the min–max of its runs (the table's runs column says how many). */
function spread(values: number[]): string {
  const n = (value: number) => Math.round(value).toLocaleString('en-US');
  return `${n(median(values))} ms (${n(Math.min(...values))}–${n(Math.max(...values))})`;
}

export function addressBookBench(workFolder: string, runs: number): BenchRow[] {
  mkdirSync(workFolder, { recursive: true });
  const random = createRandom(20261126);
  const cardPeople = people(random, 2 * CARDS);
  const googlePeople = people(random, 2 * GOOGLE_ROWS);
  const files = {
    connections: join(workFolder, 'Connections.csv'),
    vcard: join(workFolder, 'address-book-10k.vcf'),
    vcardDouble: join(workFolder, 'address-book-20k.vcf'),
    google: join(workFolder, 'google-contacts-30k.csv'),
    googleDouble: join(workFolder, 'google-contacts-60k.csv'),
  };
  writeFileSync(files.connections, generateLinkedInExport({ seed: 7, connections: CONNECTIONS, today: '2026-11-25' }).get('Connections.csv')!);
  writeFileSync(files.vcard, vcardFile(createRandom(1), cardPeople.slice(0, CARDS)));
  writeFileSync(files.vcardDouble, vcardFile(createRandom(1), cardPeople));
  writeFileSync(files.google, googleFile(googlePeople.slice(0, GOOGLE_ROWS)));
  writeFileSync(files.googleDouble, googleFile(googlePeople));

  // Interleaved, so a busy machine slows every file alike within a run.
  const times = { connections: [] as number[], vcard: [] as number[], vcardDouble: [] as number[], google: [] as number[], googleDouble: [] as number[] };
  // Contacts each import must add (the Connections.csv generator repeats a few people on purpose, so any number).
  const added = { connections: null, vcard: CARDS, vcardDouble: 2 * CARDS, google: GOOGLE_ROWS, googleDouble: 2 * GOOGLE_ROWS };
  for (let run = 0; run < runs; run++) {
    for (const key of Object.keys(times) as (keyof typeof times)[]) times[key].push(importMs(files[key], added[key], join(workFolder, `address-book-${key}.db`)));
  }
  const perRow = (values: number[], rows: number) => median(values) / rows;
  const connectionsPerRow = perRow(times.connections, CONNECTIONS);
  const reference = `${spread(times.connections)} for 30,000 Connections.csv rows`;
  const vcardRatio = perRow(times.vcard, CARDS) / connectionsPerRow;
  const googleRatio = perRow(times.google, GOOGLE_ROWS) / connectionsPerRow;
  const vcardGrowth = median(times.vcardDouble) / median(times.vcard);
  const googleGrowth = median(times.googleDouble) / median(times.google);
  return [
    {
      figure: 'import 10,000-card vCard with photos, whole process',
      runs: String(runs),
      ours: spread(times.vcard), reference, ratio: `${vcardRatio.toFixed(2)}x per row`,
      goal: '≤ 2x Connections.csv per row', met: vcardRatio <= 2,
    },
    {
      figure: 'import 30,000-row Google Contacts CSV, whole process',
      runs: String(runs),
      ours: spread(times.google), reference, ratio: `${googleRatio.toFixed(2)}x per row`,
      goal: '≤ 2x Connections.csv per row', met: googleRatio <= 2,
    },
    {
      figure: 'vCard doubled: 20,000 cards vs 10,000',
      runs: String(runs),
      ours: spread(times.vcardDouble), reference: spread(times.vcard), ratio: `${vcardGrowth.toFixed(2)}x`,
      goal: '≤ 2.2x (linear in file size)', met: vcardGrowth <= 2.2,
    },
    {
      figure: 'Google CSV doubled: 60,000 rows vs 30,000',
      runs: String(runs),
      ours: spread(times.googleDouble), reference: spread(times.google), ratio: `${googleGrowth.toFixed(2)}x`,
      goal: '≤ 2.2x (linear in file size)', met: googleGrowth <= 2.2,
    },
  ];
}
