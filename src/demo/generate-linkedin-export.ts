// A deterministic, realistic synthetic LinkedIn data export, for `referable demo` and for benchmarks.
//
// Pure: no file system, no clock, no Math.random. `today` is injected and every date written is on or
// before it; the same options always give byte-identical files. Each file gets its own forked random
// stream, so changing how one file is generated does not reshuffle the others.
import { createRandom } from '../core/random/seeded-random.ts';
import { csvText } from './csv-text.ts';
import { formatDayMonthYear, parseIsoDay } from './demo-dates.ts';
import { createIdentityFactory } from './demo-identity.ts';
import { generateEndorsements, generateEndorsementsGiven, generateRecommendations } from './demo-endorsements.ts';
import { generateInvitations } from './demo-invitations.ts';
import { generateMessages } from './demo-messages.ts';
import { createOwner, DEFAULT_OWNER, positionsCsv, profileCsv } from './demo-owner.ts';
import { generatePeople, type DemoPerson } from './demo-people.ts';
import { generateCompanyFollows, generateShares } from './demo-shares.ts';

export interface GenerateLinkedInExportOptions {
  /** Any finite number; default 1. */
  seed?: number;
  /** Rows in Connections.csv, hidden profiles included; default 3,000 (LinkedIn caps real networks at 30,000). */
  connections?: number;
  /** The day the export was downloaded, ISO "YYYY-MM-DD": the injected clock. */
  today: string;
  /** Whose export it is; default Jordan Ellery. */
  owner?: { firstName: string; lastName: string };
}

export const DEFAULT_CONNECTIONS = 3_000;
/** Generous upper bound for benchmarks beyond LinkedIn's own 30,000 cap; guards against typos like 3e9. */
export const MAX_CONNECTIONS = 1_000_000;

export const CONNECTIONS_HEADER = ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'] as const;

/** The three lines LinkedIn writes above the header of Connections.csv (the third one is blank). */
export const CONNECTIONS_PREAMBLE: readonly string[] = [
  'Notes:',
  '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"',
  '',
];

/** The files the generator writes, in the order they are added to the ZIP. */
export const EXPORT_FILE_NAMES = [
  'Connections.csv', 'Invitations.csv', 'messages.csv', 'Endorsement_Received_Info.csv', 'Endorsement_Given_Info.csv',
  'Recommendations_Received.csv', 'Shares.csv', 'Positions.csv', 'Profile.csv', 'Company Follows.csv',
] as const;

function connectionsCsv(people: readonly DemoPerson[]): string {
  const rows = people.map((person) => {
    const date = formatDayMonthYear(person.connectedDay);
    const identity = person.identity;
    if (!identity) return ['', '', '', '', '', '', date];
    return [identity.firstName, identity.lastName, identity.url, person.email, person.company, person.title, date];
  });
  return csvText(CONNECTIONS_HEADER, rows, CONNECTIONS_PREAMBLE);
}

/** File name -> file text, laid out like the CSVs at the root of LinkedIn's "Download your data" archive. */
export function generateLinkedInExport(options: GenerateLinkedInExportOptions): Map<string, string> {
  const seed = options.seed ?? 1;
  const count = options.connections ?? DEFAULT_CONNECTIONS;
  if (!Number.isInteger(count) || count < 0 || count > MAX_CONNECTIONS) {
    throw new RangeError(`connections must be an integer from 0 to ${MAX_CONNECTIONS}, got ${count}`);
  }
  const todayDay = parseIsoDay(options.today);
  const names = options.owner ?? DEFAULT_OWNER;

  const root = createRandom(seed);
  const ownerRandom = root.fork();
  const peopleRandom = root.fork();
  const identityRandom = root.fork();
  const messageRandom = root.fork();
  const invitationRandom = root.fork();
  const endorsementRandom = root.fork();
  const contentRandom = root.fork();
  // Forked last, so adding this file left every other file's bytes as they were.
  const givenRandom = root.fork();

  const owner = createOwner(ownerRandom, todayDay, names);
  const identities = createIdentityFactory(identityRandom);
  identities.reserve(owner.slug);
  const people = generatePeople(peopleRandom, identities, { count, todayDay, owner });
  const messages = generateMessages(messageRandom, people, owner, identities, todayDay);

  const files = new Map<string, string>();
  files.set('Connections.csv', connectionsCsv(people));
  files.set('Invitations.csv', generateInvitations(invitationRandom, people, owner, identities, todayDay));
  files.set('messages.csv', messages.text);
  files.set('Endorsement_Received_Info.csv', generateEndorsements(endorsementRandom, people, messages.counts, todayDay));
  files.set('Endorsement_Given_Info.csv', generateEndorsementsGiven(givenRandom, people, messages.counts, todayDay));
  files.set('Recommendations_Received.csv', generateRecommendations(endorsementRandom, people, messages.counts, owner, todayDay));
  files.set('Shares.csv', generateShares(contentRandom, todayDay));
  files.set('Positions.csv', positionsCsv(owner));
  files.set('Profile.csv', profileCsv(owner));
  files.set('Company Follows.csv', generateCompanyFollows(contentRandom, owner, todayDay));
  return files;
}
