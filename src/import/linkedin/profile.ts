// The member's own history: Profile.csv, Positions.csv, Company Follows.csv and Skills.csv.
import type { MemberProfile } from '../../core/members/member-profile.ts';
import { readHeaderedCsv } from '../csv/headered-csv.ts';
import type { ImportIssue, InputFile } from '../import-issue.ts';
import { parseDate } from '../text/parse-date.ts';

type ProfileFile = 'Profile.csv' | 'Positions.csv' | 'Company Follows.csv' | 'Skills.csv';

/** Reads one of the profile files into the profile being assembled; returns its issues. */
export function readProfileFile(kind: ProfileFile, file: InputFile, profile: MemberProfile): ImportIssue[] {
  switch (kind) {
    case 'Profile.csv': {
      const csv = readHeaderedCsv(file, { required: ['First Name', 'Last Name', 'Headline'], expected: 'a LinkedIn Profile.csv', flagFormulas: false, looseNames: true });
      const row = csv.rows[0];
      if (row) {
        profile.firstName = row.get('First Name');
        profile.lastName = row.get('Last Name');
        profile.headline = row.get('Headline');
        profile.industry = row.get('Industry');
        profile.location = row.get('Geo Location');
      }
      return csv.issues.list();
    }
    case 'Positions.csv': {
      const csv = readHeaderedCsv(file, { required: ['Company Name', 'Title'], expected: 'a LinkedIn Positions.csv', flagFormulas: false, looseNames: true });
      profile.positions = csv.rows.map((row) => ({
        company: row.get('Company Name'),
        title: row.get('Title'),
        location: row.get('Location'),
        startedOn: parseDate(row.get('Started On')),
        finishedOn: parseDate(row.get('Finished On')),
      }));
      return csv.issues.list();
    }
    case 'Company Follows.csv': {
      const csv = readHeaderedCsv(file, { required: ['Organization'], expected: 'a LinkedIn Company Follows.csv', flagFormulas: false, looseNames: true });
      profile.companyFollows = csv.rows
        .filter((row) => row.get('Organization'))
        .map((row) => ({ company: row.get('Organization'), followedOn: parseDate(row.get('Followed On')) }));
      return csv.issues.list();
    }
    case 'Skills.csv': {
      const csv = readHeaderedCsv(file, { required: ['Name'], expected: 'a LinkedIn Skills.csv', flagFormulas: false, looseNames: true });
      profile.skills = csv.rows.map((row) => row.get('Name')).filter(Boolean);
      return csv.issues.list();
    }
  }
}
