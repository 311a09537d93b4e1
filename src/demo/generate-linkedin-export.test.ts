// Tests for the synthetic LinkedIn export: real file layouts, deterministic bytes, believable shape, and scale.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { generateLinkedInExport } from './generate-linkedin-export.ts';
import { SKILLS_BY_FAMILY } from './world-skills.ts';

const TODAY = '2026-01-15';

/** Header lines exactly as they appear in a real export (and in ../shared's sample export). */
const REAL_HEADERS: Record<string, string> = {
  'Connections.csv': 'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  'Invitations.csv': 'From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl',
  'messages.csv': 'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT',
  'Endorsement_Received_Info.csv': 'Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorser Public Url,Endorsement Status',
  'Endorsement_Given_Info.csv': 'Endorsement Date,Skill Name,Endorsee First Name,Endorsee Last Name,Endorsee Public Url,Endorsement Status',
  'Recommendations_Received.csv': 'First Name,Last Name,Company,Job Title,Text,Creation Date,Status',
  'Shares.csv': 'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl',
  'Positions.csv': 'Company Name,Title,Description,Location,Started On,Finished On',
  'Profile.csv': 'First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers',
  'Company Follows.csv': 'Organization,Followed On',
};

/** Which column holds a date in each file, and how it is spelled. */
const DATE_COLUMNS: [file: string, column: string, kind: 'day' | 'month' | 'timestamp'][] = [
  ['Connections.csv', 'Connected On', 'day'],
  ['Invitations.csv', 'Sent At', 'timestamp'],
  ['messages.csv', 'DATE', 'timestamp'],
  ['Endorsement_Received_Info.csv', 'Endorsement Date', 'day'],
  ['Endorsement_Given_Info.csv', 'Endorsement Date', 'day'],
  ['Recommendations_Received.csv', 'Creation Date', 'day'],
  ['Shares.csv', 'Date', 'timestamp'],
  ['Positions.csv', 'Started On', 'month'],
  ['Positions.csv', 'Finished On', 'month'],
  ['Company Follows.csv', 'Followed On', 'day'],
];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "05 Jun 2024" / "Jun 2024" / "2024-06-05 11:00:00 UTC" -> "2024-06-05" (months -> the 1st), or throws. */
function isoOf(value: string, kind: 'day' | 'month' | 'timestamp'): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  if (kind === 'timestamp') {
    assert.match(value, /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$/);
    return value.slice(0, 10);
  }
  const match = kind === 'day' ? /^(\d{2}) ([A-Z][a-z]{2}) (\d{4})$/.exec(value) : /^()([A-Z][a-z]{2}) (\d{4})$/.exec(value);
  assert.ok(match, `"${value}" is not a LinkedIn ${kind} date`);
  const month = MONTHS.indexOf(match[2]) + 1;
  assert.ok(month > 0, `"${value}" has an unknown month`);
  return `${match[3]}-${pad(month)}-${kind === 'day' ? match[1] : '01'}`;
}

/** Rows of a CSV as objects keyed by header, the header found after any preamble, as an importer would. */
function rowsOf(text: string, firstColumn: string): Record<string, string>[] {
  const records = parse(text, { relax_column_count: true }) as string[][];
  const at = records.findIndex((record) => record[0] === firstColumn);
  assert.ok(at >= 0, `no header starting with ${firstColumn}`);
  const header = records[at];
  return records.slice(at + 1).map((record) => {
    assert.equal(record.length, header.length, `a row has ${record.length} fields, the header ${header.length}: ${record.join('|')}`);
    return Object.fromEntries(header.map((name, i) => [name, record[i]]));
  });
}

function rows(files: Map<string, string>, name: string): Record<string, string>[] {
  const text = files.get(name);
  assert.ok(text !== undefined, `${name} is missing`);
  return rowsOf(text, REAL_HEADERS[name].split(',')[0]);
}

const demo = generateLinkedInExport({ seed: 42, connections: 3000, today: TODAY });

test('all files are present, with the exact header lines of a real export', () => {
  assert.deepEqual([...demo.keys()].sort(), Object.keys(REAL_HEADERS).sort());
  for (const [name, header] of Object.entries(REAL_HEADERS)) {
    const lines = demo.get(name)!.split('\n');
    const headerLine = name === 'Connections.csv' ? lines[3] : lines[0];
    assert.equal(headerLine, header, name);
    assert.ok(demo.get(name)!.endsWith('\n'), `${name} ends with a newline, as LinkedIn's files do`);
  }
});

test('Connections.csv keeps LinkedIn\'s three-line Notes preamble before the header', () => {
  const lines = demo.get('Connections.csv')!.split('\n');
  assert.equal(lines[0], 'Notes:');
  assert.match(lines[1], /^"When exporting your connection data/);
  assert.equal(lines[2], '');
});

test('the same options give byte-identical files; another seed gives another network', () => {
  const again = generateLinkedInExport({ seed: 42, connections: 3000, today: TODAY });
  for (const [name, text] of demo) assert.equal(again.get(name), text, name);
  const other = generateLinkedInExport({ seed: 43, connections: 3000, today: TODAY });
  assert.notEqual(other.get('Connections.csv'), demo.get('Connections.csv'));
});

test('generation reads neither Math.random nor the clock', () => {
  const random = Math.random;
  const now = Date.now;
  Math.random = () => { throw new Error('Math.random was called'); };
  Date.now = () => { throw new Error('Date.now was called'); };
  try {
    assert.equal(generateLinkedInExport({ seed: 1, connections: 200, today: TODAY }).size, 10);
  } finally {
    Math.random = random;
    Date.now = now;
  }
});

test('Connections.csv has exactly the requested rows, unique URLs, hidden profiles and a few emails', () => {
  const connections = rows(demo, 'Connections.csv');
  assert.equal(connections.length, 3000);
  const hidden = connections.filter((row) => row['First Name'] === '' && row.URL === '');
  assert.ok(hidden.length >= 10 && hidden.length <= 60, `${hidden.length} hidden rows, ~1% expected`);
  for (const row of hidden) assert.ok(row['Connected On'] !== '' && row.Company === '' && row.Position === '');
  const urls = connections.map((row) => row.URL).filter(Boolean);
  assert.equal(new Set(urls).size, urls.length, 'profile URLs are unique');
  for (const url of urls) assert.match(url, /^https:\/\/www\.linkedin\.com\/in\/[A-Za-z0-9%-]+$/);
  const emails = connections.filter((row) => row['Email Address'] !== '').length;
  assert.ok(emails > 150 && emails < 330, `${emails} emails, ~8% expected`);
});

test('quoted commas and quotes in companies, titles and names round-trip through csv-parse', () => {
  const connections = rows(demo, 'Connections.csv');
  const withComma = connections.filter((row) => row.Company.includes(',') || row.Position.includes(',') || row['Last Name'].includes(','));
  assert.ok(withComma.length > 20, 'some values carry commas');
  assert.ok(connections.some((row) => row.Position === 'VP, Engineering' || row.Position === 'Director, Product Marketing'));
  const text = demo.get('Connections.csv')!;
  for (const row of withComma.slice(0, 20)) {
    const value = [row.Company, row.Position, row['Last Name']].find((field) => field.includes(','))!;
    assert.ok(text.includes(`"${value.replace(/"/g, '""')}"`), `${value} is quoted in the file`);
  }
  const messages = rows(demo, 'messages.csv');
  assert.ok(messages.some((row) => row.CONTENT.includes('\n')), 'multi-line messages survive');
  assert.ok(messages.some((row) => row.CONTENT.includes('"')), 'doubled quotes survive');
});

test('the same employer is spelled several ways, and names carry accents and other scripts', () => {
  const companies = new Set(rows(demo, 'Connections.csv').map((row) => row.Company));
  const spelledWithSuffix = [...companies].filter((name) => companies.has(`${name}, Inc.`) || companies.has(`${name} Inc.`));
  assert.ok(spelledWithSuffix.length > 0, 'some company appears with and without "Inc."');
  const names = rows(demo, 'Connections.csv').map((row) => `${row['First Name']} ${row['Last Name']}`).join(' ');
  assert.match(names, /[éèüöñçøå]/);
  assert.match(names, /[\u4e00-\u9fff\u0400-\u04ff\u0370-\u03ff\u0600-\u06ff]/);
});

test('every date in every file is a LinkedIn-formatted date on or before today', () => {
  for (const [file, column, kind] of DATE_COLUMNS) {
    for (const row of rows(demo, file)) {
      if (row[column] === '' && column === 'Finished On') continue; // a current job has no end
      const iso = isoOf(row[column], kind);
      assert.ok(iso <= TODAY, `${file} ${column} ${row[column]} is after ${TODAY}`);
      assert.ok(iso >= '2010-01-01', `${file} ${column} ${row[column]} is implausibly old`);
    }
  }
});

test('connections span about twelve years and grow in recent years', () => {
  const years = rows(demo, 'Connections.csv').map((row) => Number(row['Connected On'].slice(-4)));
  assert.ok(Math.min(...years) <= 2015 && Math.min(...years) >= 2013);
  const count = (year: number): number => years.filter((y) => y === year).length;
  assert.ok(count(2025) > 2 * count(2015), `2025: ${count(2025)}, 2015: ${count(2015)}`);
});

test('messages involve ~15% of connections, always the owner, with a heavy tail', () => {
  const owner = 'https://www.linkedin.com/in/jordan-ellery';
  const messages = rows(demo, 'messages.csv');
  const perContact = new Map<string, number>();
  for (const row of messages) {
    const urls = [row['SENDER PROFILE URL'], ...row['RECIPIENT PROFILE URLS'].split(' ')];
    assert.ok(urls.includes(owner), 'the owner sends or receives every message');
    assert.equal(row['IS MESSAGE DRAFT'], 'false');
    for (const url of urls) if (url !== owner) perContact.set(url, (perContact.get(url) ?? 0) + 1);
  }
  const connected = new Set(rows(demo, 'Connections.csv').map((row) => row.URL));
  const correspondents = [...perContact.keys()].filter((url) => connected.has(url)).length;
  assert.ok(correspondents > 300 && correspondents < 650, `${correspondents} correspondents of 3000`);
  const counts = [...perContact.values()].sort((a, b) => b - a);
  assert.ok(counts[0] >= 30, `the closest contact has ${counts[0]} messages`);
  assert.ok(counts[Math.floor(counts.length / 2)] <= 3, 'the median thread is short');
});

test('invitations cover the newest ~10% of connections in both directions, plus pending ones', () => {
  const invitations = rows(demo, 'Invitations.csv');
  const directions = new Set(invitations.map((row) => row.Direction));
  assert.deepEqual([...directions].sort(), ['INCOMING', 'OUTGOING']);
  const connectedOn = new Map(rows(demo, 'Connections.csv').map((row) => [row.URL, isoOf(row['Connected On'], 'day')]));
  let accepted = 0;
  for (const row of invitations) {
    const other = row.Direction === 'OUTGOING' ? row.inviteeProfileUrl : row.inviterProfileUrl;
    const day = connectedOn.get(other);
    if (day === undefined) continue; // still pending: a prospect
    accepted++;
    assert.ok(isoOf(row['Sent At'], 'timestamp') <= day, 'sent before it was accepted');
    assert.ok(day >= '2025-01-01', 'only recent connections have their invitation');
  }
  assert.ok(accepted > 250 && accepted <= 300, `${accepted} accepted invitations`);
  assert.ok(invitations.length > accepted, 'some invitations are pending');
});

test('endorsements, recommendations, shares, positions and follows look like a real profile', () => {
  const connected = new Set(rows(demo, 'Connections.csv').map((row) => row.URL));
  const endorsements = rows(demo, 'Endorsement_Received_Info.csv');
  assert.ok(endorsements.length > 50);
  for (const row of endorsements) assert.ok(connected.has(row['Endorser Public Url']), 'endorsers are connections');
  const recommendations = rows(demo, 'Recommendations_Received.csv');
  assert.ok(recommendations.length >= 4 && recommendations.length <= 7);
  assert.ok(recommendations.every((row) => row.Status === 'VISIBLE' && row.Text.includes('Jordan')));
  const shares = rows(demo, 'Shares.csv');
  assert.ok(shares.length >= 26 && shares.length <= 34);
  assert.ok(shares.every((row) => isoOf(row.Date, 'timestamp') >= '2024-01-15'), 'shares span the last two years');
  const positions = rows(demo, 'Positions.csv');
  assert.equal(positions.length, 5);
  assert.ok(rows(demo, 'Company Follows.csv').length >= 15);
});

test('endorsements given go to connections, for skills that fit their job, a few each', () => {
  const connections = new Map(rows(demo, 'Connections.csv').map((row) => [row.URL, row]));
  const given = rows(demo, 'Endorsement_Given_Info.csv');
  const perPerson = new Map<string, string[]>();
  for (const row of given) {
    const person = connections.get(row['Endorsee Public Url']);
    assert.ok(person, `${row['Endorsee Public Url']} is a connection`);
    assert.equal(row['Endorsee First Name'], person['First Name']);
    assert.ok(['ACCEPTED', 'PENDING'].includes(row['Endorsement Status']));
    perPerson.set(row['Endorsee Public Url'], [...(perPerson.get(row['Endorsee Public Url']) ?? []), row['Skill Name']]);
  }
  assert.ok(perPerson.size > 100 && perPerson.size < 450, `${perPerson.size} people endorsed of 3000`);
  for (const skills of perPerson.values()) {
    assert.ok(skills.length >= 1 && skills.length <= 3);
    assert.equal(new Set(skills).size, skills.length, 'no skill twice for one person');
  }
  // An engineer is endorsed for engineering skills, a recruiter for recruiting ones.
  const byTitle = (pattern: RegExp) => [...perPerson.entries()].filter(([url]) => pattern.test(connections.get(url)!.Position)).flatMap(([, skills]) => skills);
  const engineers = byTitle(/^(Senior )?Software Engineer$/);
  assert.ok(engineers.length > 5 && engineers.every((skill) => SKILLS_BY_FAMILY.engineering.includes(skill)), engineers.join(', '));
  const recruiters = byTitle(/^(Senior )?(Technical )?Recruiter$/);
  assert.ok(recruiters.every((skill) => SKILLS_BY_FAMILY.people.includes(skill)), recruiters.join(', '));
});

test('the owner option names the export\'s owner; bad options are refused', () => {
  const files = generateLinkedInExport({ connections: 100, today: TODAY, owner: { firstName: 'Zoë', lastName: "O'Hara" } });
  const profile = rows(files, 'Profile.csv')[0];
  assert.equal(profile['First Name'], 'Zoë');
  assert.equal(profile['Last Name'], "O'Hara");
  assert.ok(rows(files, 'messages.csv').some((row) => row.FROM === "Zoë O'Hara"));
  assert.equal(rows(generateLinkedInExport({ connections: 0, today: TODAY }), 'Connections.csv').length, 0);
  assert.throws(() => generateLinkedInExport({ today: '2026-02-30' }), RangeError);
  assert.throws(() => generateLinkedInExport({ today: '15 Jan 2026' }), RangeError);
  assert.throws(() => generateLinkedInExport({ connections: -1, today: TODAY }), RangeError);
  assert.throws(() => generateLinkedInExport({ connections: 2.5, today: TODAY }), RangeError);
});

test('30,000 connections (LinkedIn\'s cap) generate with unique URLs', () => {
  const files = generateLinkedInExport({ seed: 7, connections: 30_000, today: TODAY });
  const connections = rows(files, 'Connections.csv');
  assert.equal(connections.length, 30_000);
  const urls = connections.map((row) => row.URL).filter(Boolean);
  assert.equal(new Set(urls).size, urls.length);
});
