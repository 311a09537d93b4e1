// One file per role when an export holds several candidates, and a warning naming every candidate and the one read.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { zipSync } from 'fflate';
import { readImport } from '../read-import.ts';
import { parseLinkedInExport } from './linkedin-export.ts';

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const csv = (first: string) => new Uint8Array(Buffer.from(`${HEADER}\n${first},Example,https://www.linkedin.com/in/${first.toLowerCase()}-example,,Contoso,PM,05 Jun 2024\n`));

describe('export files with several candidates', () => {
  it('reads the top-level Connections.csv of a ZIP that also holds connections.csv and sub/Connections.csv, and names all three', () => {
    const zip = zipSync({ 'sub/Connections.csv': csv('Nested'), 'connections.csv': csv('Lower'), 'Connections.csv': csv('Top') });
    const bundle = readImport({ name: 'export.zip', bytes: zip });
    assert.deepEqual(bundle.contacts.map((contact) => contact.firstName), ['Top']);
    assert.deepEqual(bundle.filesRead, ['export.zip:Connections.csv']);
    assert.deepEqual(bundle.issues.map((issue) => [issue.severity, issue.file, issue.line ?? null]), [['warning', 'export.zip:Connections.csv', null]]);
    assert.equal(
      bundle.issues[0].reason,
      'the export holds 3 files that could be Connections.csv: "sub/Connections.csv", "connections.csv", "Connections.csv" (read); only "Connections.csv" was read. If another one is the right file, import it on its own',
    );
  });

  it("prefers the shallowest candidate in a folder, then LinkedIn's own spelling of the name", () => {
    const bundle = parseLinkedInExport([
      { name: 'export/old/Invitations.csv', bytes: new Uint8Array(Buffer.from('From,To,Direction\nA B,C D,OUTGOING\n')) },
      { name: 'export/messages.csv', bytes: new Uint8Array(Buffer.from('FROM,TO,DATE\nA B,C D,2024-01-01\n')) },
      { name: 'export/MESSAGES.csv', bytes: new Uint8Array(Buffer.from('FROM,TO,DATE\nE F,G H,2024-01-01\n')) },
      { name: 'export/sub/Invitations.csv', bytes: new Uint8Array(Buffer.from('From,To,Direction\nE F,G H,OUTGOING\n')) },
    ]);
    assert.deepEqual(bundle.filesRead, ['export/old/Invitations.csv', 'export/messages.csv']);
    assert.equal(bundle.issues.filter((issue) => /could be (Invitations|messages)\.csv/.test(issue.reason)).length, 2);
  });

  it('says nothing when each file appears once', () => {
    const bundle = readImport({ name: 'export.zip', bytes: zipSync({ 'Connections.csv': csv('Top') }) });
    assert.deepEqual(bundle.issues, []);
  });
});
