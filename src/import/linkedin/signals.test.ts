// Invitations.csv and messages.csv in every layout LinkedIn has written: signals carry the other person's name (and
// URL when there is one; a member URN is not a URL) and the file they came from, so none is dropped silently.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { zipSync } from 'fflate';
import type { SignalInput } from '../../core/ties/tie-signals.ts';
import { readImport } from '../read-import.ts';
import { parseInvitations } from './invitations.ts';
import { parseMessages, splitRecipients } from './messages.ts';

const file = (name: string, text: string) => ({ name, bytes: new Uint8Array(Buffer.from(text, 'utf8')) });
const who = (signals: SignalInput[]) => signals.map((signal) => [signal.person.firstName, signal.person.lastName, signal.person.linkedinUrl]);

describe('Invitations.csv', () => {
  it('2023+ with member URNs: every invitation becomes a signal with the name, no URL and the file', () => {
    const result = parseInvitations(file('Invitations.csv', [
      'From,To,Sent At,Message,Direction,inviterProfileUrn,inviteeProfileUrn',
      'Ada Example,Bo Sample,"1/29/24, 2:37 PM",,OUTGOING,urn:li:member:1001,urn:li:member:2002',
      'Cleo Demo,Ada Example,"2/3/24, 9:05 AM",Hello,INCOMING,urn:li:member:3003,urn:li:member:1001',
    ].join('\n')));
    assert.deepEqual(result.issues, []);
    assert.deepEqual(who(result.signals), [['Bo', 'Sample', ''], ['Cleo', 'Demo', '']]);
    assert.deepEqual(result.signals.map((signal) => [signal.signals.invitedBy, signal.file]), [['me', 'Invitations.csv'], ['them', 'Invitations.csv']]);
    assert.equal(result.ownerUrl, '', 'a URN names no profile URL');
  });

  it('2018 with names only', () => {
    const result = parseInvitations(file('Invitations.csv', 'From,To,Sent At,Message,Direction\nAda Example,Dana van der Berg,"3/5/18, 1:45 AM",,OUTGOING\nEli Test,Ada Example,"3/6/18, 1:45 PM",,INCOMING\n'));
    assert.deepEqual(who(result.signals), [['Dana', 'van der Berg', ''], ['Eli', 'Test', '']]);
  });

  it('late 2023 with profile URLs: URL and name, and the owner URL', () => {
    const result = parseInvitations(file('Invitations.csv', [
      'From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl',
      'Ada Example,Bo Sample,"1/29/24, 2:37 PM",,OUTGOING,https://www.linkedin.com/in/ada-example,https://www.linkedin.com/in/Bo-Sample/',
    ].join('\n')));
    assert.deepEqual(who(result.signals), [['Bo', 'Sample', 'https://www.linkedin.com/in/bo-sample']]);
    assert.equal(result.ownerUrl, 'https://www.linkedin.com/in/ada-example');
  });

  it('without a Direction column, the owner\'s name says which way it went; rows that cannot say are reported', () => {
    const result = parseInvitations(file('Invitations.csv', 'From,To,Sent At\nAda Example,Bo Sample,1/1/18\nCleo Demo,Ada Example,1/2/18\nX Y,Z W,1/3/18\n'), 'Ada Example');
    assert.deepEqual(result.signals.map((signal) => [signal.person.firstName, signal.signals.invitedBy]), [['Bo', 'me'], ['Cleo', 'them']]);
    assert.equal(result.issues.length, 1);
    assert.equal(result.issues[0].line, 4);
    assert.match(result.issues[0].reason, /does not say who sent the invitation/);
  });
});

describe('messages.csv', () => {
  it('2018 Messages.csv (names only, Direction): counts per other person by name', () => {
    const result = parseMessages(file('Messages.csv', [
      'From,To,Date,Subject,Content,Direction,Folder',
      'Bo Sample,Ada Example,"1/8/18, 6:14 PM",Hi,Hello,INCOMING,INBOX',
      'Ada Example,Bo Sample,"1/9/18, 8:00 AM",Re: Hi,Thanks,OUTGOING,SENT',
      'Ada Example,Cleo Demo,"2/1/18, 8:00 AM",,Coffee?,OUTGOING,SENT',
    ].join('\n')));
    assert.deepEqual(result.issues, []);
    assert.deepEqual(
      result.signals.map((signal) => [signal.person.firstName, signal.person.lastName, signal.person.linkedinUrl, signal.signals.messageCount, signal.signals.lastMessageAt, signal.file]),
      [
        ['Bo', 'Sample', '', 2, '2018-01-09T08:00:00Z', 'Messages.csv'],
        ['Cleo', 'Demo', '', 1, '2018-02-01T08:00:00Z', 'Messages.csv'],
      ],
    );
  });

  it('2021-2023 (sender URL only): recipients named in TO take the URL their name has elsewhere, the owner is left out', () => {
    const result = parseMessages(file('messages.csv', [
      'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER',
      'c1,,Bo Sample,https://www.linkedin.com/in/bo-sample,Ada Example,2022-05-01 10:00:00 UTC,,Hi,INBOX',
      'c1,,Ada Example,https://www.linkedin.com/in/ada-example,Bo Sample,2022-05-02 10:00:00 UTC,,Hello,INBOX',
      'c2,,Ada Example,https://www.linkedin.com/in/ada-example,"Dana Reyes, PhD",2022-06-01 10:00:00 UTC,,Coffee?,INBOX',
      'c3,,LinkedIn Member,,Ada Example,2022-07-01 10:00:00 UTC,,Hi,INBOX',
    ].join('\n')));
    assert.equal(result.ownerUrl, 'https://www.linkedin.com/in/ada-example');
    assert.deepEqual(
      result.signals.map((signal) => [signal.person.firstName, signal.person.lastName, signal.person.linkedinUrl, signal.signals.messageCount]),
      [
        ['Bo', 'Sample', 'https://www.linkedin.com/in/bo-sample', 2],
        ['Dana', 'Reyes, PhD', '', 1],
      ],
    );
  });

  it('2023+ pairs recipient URLs with names when the counts agree, and warns about a date it cannot read', () => {
    const result = parseMessages(file('messages.csv', [
      'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER',
      'c1,,Ada Example,https://www.linkedin.com/in/ada-example,"Bo Sample, Cleo Demo","https://www.linkedin.com/in/bo-sample,https://www.linkedin.com/in/cleo-demo",2024-05-01 10:00:00 UTC,,Hi,INBOX',
      'c2,,Eli Test,https://www.linkedin.com/in/eli-test,Ada Example,https://www.linkedin.com/in/ada-example,2024-05-02 10:00:00 UTC,,Hi,INBOX',
      'c3,,Eli Test,https://www.linkedin.com/in/eli-test,Ada Example,https://www.linkedin.com/in/ada-example,not a date,,Hi,INBOX',
    ].join('\n')), 'https://www.linkedin.com/in/ada-example');
    assert.deepEqual(who(result.signals), [
      ['Bo', 'Sample', 'https://www.linkedin.com/in/bo-sample'],
      ['Cleo', 'Demo', 'https://www.linkedin.com/in/cleo-demo'],
      ['Eli', 'Test', 'https://www.linkedin.com/in/eli-test'],
    ]);
    assert.equal(result.issues.length, 1);
    assert.equal(result.issues[0].line, 4);
    assert.match(result.issues[0].reason, /"not a date" is not a date; the message was not counted/);
  });

  it('2018 rows whose Direction is blank still leave the member out (the member is in every one of them)', () => {
    const result = parseMessages(file('Messages.csv', [
      'From,To,Date,Subject,Content,Direction,Folder',
      'Bo Sample,Ada Example,"1/8/18, 6:14 PM",,Hi,,INBOX',
      'Ada Example,Cleo Demo,"1/9/18, 8:00 AM",,Hello,,INBOX',
      'Eli Test,Ada Example,"1/10/18, 8:00 AM",,Hey,,INBOX',
      'Ada Example,Bo Sample,"1/11/18, 8:00 AM",,Thanks,OUTGOING,SENT',
    ].join('\n')));
    assert.deepEqual(result.signals.map((signal) => [signal.person.firstName, signal.signals.messageCount]), [['Bo', 2], ['Cleo', 1], ['Eli', 1]]);
  });

  it('splits TO on ", " but keeps a suffix with its name', () => {
    assert.deepEqual(splitRecipients('Jane Doe, Ph.D., Sam Lee'), ['Jane Doe, Ph.D.', 'Sam Lee']);
    assert.deepEqual(splitRecipients('Bo Sample'), ['Bo Sample']);
  });
});

describe('a 2018 export ZIP', () => {
  it('reads the owner from Profile.csv and yields name-only signals from both files, each naming its file', () => {
    const text = (value: string) => new Uint8Array(Buffer.from(value, 'utf8'));
    const zip = zipSync({
      'Profile.csv': text('First Name,Last Name,Maiden Name,Created Date,Address,Birth Date,Contact Instructions,Marital Status,Headline,Summary,Industry,Association\nAda,Example,,"1/8/11, 6:14 PM",,,,,Engineer,,Software,\n'),
      'Connections.csv': text('First Name,Last Name,Address,Email Address,Company,Position,Connected On,Websites,Instant Messengers\nBo,Sample,,,Contoso,PM,"1/8/18, 6:14 PM",,\n'),
      // No Direction column: the owner's name from Profile.csv tells which way each invitation went.
      'Invitations.csv': text('From,To,Sent At,Message\nAda Example,Bo Sample,"1/2/18, 9:00 AM",\n'),
      'Messages.csv': text('From,To,Date,Subject,Content,Direction,Folder\nBo Sample,Ada Example,"1/8/18, 6:14 PM",,Hi,INCOMING,INBOX\n'),
    });
    const bundle = readImport({ name: 'export-2018.zip', bytes: zip });
    assert.deepEqual(bundle.issues, []);
    assert.deepEqual(bundle.signalFields, ['invitedBy', 'messageCount', 'lastMessageAt']);
    assert.deepEqual(
      bundle.signals.map((signal) => [signal.file, signal.person.firstName, signal.person.lastName, signal.person.linkedinUrl, JSON.stringify(signal.signals)]),
      [
        ['export-2018.zip:Invitations.csv', 'Bo', 'Sample', '', '{"invitedBy":"me"}'],
        ['export-2018.zip:Messages.csv', 'Bo', 'Sample', '', '{"messageCount":1,"lastMessageAt":"2018-01-08T18:14:00Z"}'],
      ],
    );
    assert.equal(bundle.contacts[0].connectedOn, '2018-01-08');
  });
});
