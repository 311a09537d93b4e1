// Endorsement_Given_Info.csv: the skills I endorsed each contact for, read per person, bad rows named by line.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { FIXTURES } from '../../../test/support/test-stores.ts';
import { readImport } from '../read-import.ts';
import { parseEndorsementsGiven } from './endorsements-given.ts';

const HEADER = 'Endorsement Date,Skill Name,Endorsee First Name,Endorsee Last Name,Endorsee Public Url,Endorsement Status';
const file = (text: string, name = 'Endorsement_Given_Info.csv') => ({ name, bytes: new Uint8Array(Buffer.from(text, 'utf8')) });
const skillsOf = (result: ReturnType<typeof parseEndorsementsGiven>) =>
  result.signals.map((signal) => [signal.person.linkedinUrl || `${signal.person.firstName} ${signal.person.lastName}`, signal.signals.endorsedByMe]);

describe('parseEndorsementsGiven', () => {
  it('groups the skills per endorsee, once each, keeping the first spelling, and canonicalises the URL', () => {
    const result = parseEndorsementsGiven(file(`${HEADER}
21 Sep 2024,Kubernetes,Dana,Reyes,https://linkedin.com/in/Dana-Reyes/,ACCEPTED
21 Sep 2024,SRE,Dana,Reyes,https://www.linkedin.com/in/dana-reyes,ACCEPTED
02 Jan 2023,kubernetes,Dana,Reyes,https://www.linkedin.com/in/dana-reyes,ACCEPTED
14 May 2022,SOC 2,Sam,Lee,,ACCEPTED
`));
    assert.deepEqual(result.issues, []);
    assert.deepEqual(skillsOf(result), [
      ['https://www.linkedin.com/in/dana-reyes', ['Kubernetes', 'SRE']],
      ['Sam Lee', ['SOC 2']],
    ]);
    assert.deepEqual(result.signals[1].person, { linkedinUrl: '', firstName: 'Sam', lastName: 'Lee', company: '' });
  });

  it('leaves out endorsements the endorsee rejected or hid, and keeps pending ones', () => {
    const result = parseEndorsementsGiven(file(`${HEADER}
21 Sep 2024,Kubernetes,Dana,Reyes,https://www.linkedin.com/in/dana-reyes,REJECTED
21 Sep 2024,Go,Dana,Reyes,https://www.linkedin.com/in/dana-reyes,hidden
21 Sep 2024,SRE,Dana,Reyes,https://www.linkedin.com/in/dana-reyes,PENDING
`));
    assert.deepEqual(skillsOf(result), [['https://www.linkedin.com/in/dana-reyes', ['SRE']]]);
  });

  it('skips a row naming nobody with an error on its line, and warns on a bad date or a missing skill', () => {
    const result = parseEndorsementsGiven(file(`${HEADER}
21 Sep 2024,Kubernetes,,,,ACCEPTED
31 Feb 2024,SRE,Dana,Reyes,https://www.linkedin.com/in/dana-reyes,ACCEPTED
05 Jun 2024,,Sam,Lee,https://www.linkedin.com/in/sam-lee,ACCEPTED
yesterday,Audits,Priya,Nair,https://example.com/priya,ACCEPTED
`));
    assert.deepEqual(
      result.issues.map((issue) => [issue.severity, issue.line, issue.field ?? null]),
      [
        ['error', 2, null],
        ['warning', 3, 'Endorsement Date'],
        ['warning', 4, 'Skill Name'],
        ['warning', 5, 'Endorsee Public Url'],
      ],
    );
    assert.match(result.issues[0].reason, /no endorsee name or profile URL.*row skipped/);
    // Both unreadable dates are one issue on their column, with the count and the lines.
    assert.match(result.issues[1].reason, /"31 Feb 2024" is not a date; the endorsement was still read.*2 rows of this column in all: lines 3, 5/);
    assert.equal(result.issues[1].count, 2);
    assert.match(result.issues[3].reason, /not a LinkedIn profile URL; the endorsee is matched by name/);
    // The bad date still counts; the row without a skill and the row without a person do not.
    assert.deepEqual(skillsOf(result), [
      ['https://www.linkedin.com/in/dana-reyes', ['SRE']],
      ['Priya Nair', ['Audits']],
    ]);
  });

  it('reads endorsement dates as LinkedIn writes them ("2021/12/16 12:56:17 UTC") without a warning per row', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `2021/12/${String((i % 28) + 1).padStart(2, '0')} 12:56:17 UTC,Skill ${i},Dana,Reyes,www.linkedin.com/in/dana-reyes,ACCEPTED`);
    const result = parseEndorsementsGiven(file(`${HEADER}\n${rows.join('\n')}\n`));
    assert.deepEqual(result.issues, []);
    assert.equal(result.signals[0].signals.endorsedByMe?.length, 40);
    assert.equal(result.signals[0].file, 'Endorsement_Given_Info.csv');
  });

  it('refuses a file without the endorsee columns with one file-level error', () => {
    const result = parseEndorsementsGiven(file('Endorsement Date,Skill Name,Endorser First Name\n05 Jun 2024,SQL,Ada\n'));
    assert.deepEqual(result.signals, []);
    assert.equal(result.issues.length, 1);
    assert.equal(result.issues[0].line, undefined);
    assert.match(result.issues[0].reason, /"Endorsee First Name".*Endorsement_Given_Info\.csv/);
  });
});

describe('Endorsement_Given_Info.csv through readImport', () => {
  it('reads the sample export\'s file alone with no issues: one signal per endorsee, every skill kept', () => {
    const bytes = new Uint8Array(readFileSync(fileURLToPath(new URL('linkedin-sample-export/Endorsement_Given_Info.csv', FIXTURES))));
    const bundle = readImport({ name: 'Endorsement_Given_Info.csv', bytes });
    assert.equal(bundle.source, 'linkedin');
    assert.deepEqual(bundle.issues, []);
    assert.deepEqual(bundle.signalFields, ['endorsedByMe']);
    assert.deepEqual(bundle.contacts, []);
    const rows = Buffer.from(bytes).toString('utf8').trim().split('\n').length - 1;
    const skills = bundle.signals.reduce((sum, signal) => sum + (signal.signals.endorsedByMe?.length ?? 0), 0);
    assert.ok(rows > 1000 && skills <= rows && skills > rows * 0.9, `${skills} skills from ${rows} rows`);
    assert.ok(bundle.signals.every((signal) => signal.person.linkedinUrl.startsWith('https://www.linkedin.com/in/fake-')));
    const mary = bundle.signals.find((signal) => signal.person.linkedinUrl.endsWith('/fake-mary-somerville'));
    assert.deepEqual(mary?.signals.endorsedByMe?.slice(0, 3), ['Writing', 'Mentoring', 'Astronomy']);
  });

  it('does not claim the field when the file cannot be read, so stored endorsements survive', () => {
    const bundle = readImport({ name: 'Endorsement_Given_Info.csv', bytes: new Uint8Array(Buffer.from('Skill,Who\nSQL,Ada\n')) });
    assert.deepEqual(bundle.signalFields, []);
    assert.equal(bundle.issues.filter((issue) => issue.severity === 'error').length, 1);
  });
});
