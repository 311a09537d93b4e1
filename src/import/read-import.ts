// One entry for every format: detect what a file is (or obey --source) and hand it to the right importer.
import { ReferableError } from '../core/errors.ts';
import { parseGenericCsv, parseColumnMap, streamGenericCsv } from './generic/generic-csv.ts';
import { parseGoogleContacts } from './google/google-contacts.ts';
import { bundleOf, type ImportBundle, type SourceKind } from './import-bundle.ts';
import type { InputFile } from './import-issue.ts';
import { capIssues } from './issue-log.ts';
import { parseConnections, streamConnections } from './linkedin/connections.ts';
import { ARTICLE_LIMITS } from './linkedin/content.ts';
import { baseName, SHARED_NAMES } from './linkedin/export-files.ts';
import { isLinkedInArticle, isLinkedInExportFile, parseLinkedInExport, roleOf } from './linkedin/linkedin-export.ts';
import type { ReadOptions } from './read-options.ts';
import { parseOutlookContacts } from './outlook/outlook-contacts.ts';
import { parseVCard } from './vcard/vcard.ts';
import type { EntryCap } from './zip/entry-caps.ts';
import { isZip, readZip, ZIP_LIMITS } from './zip/read-zip.ts';

export interface ReadImportOptions extends ReadOptions {
  /** Skip detection and read the file as this format. */
  source?: SourceKind;
  /** Column mapping for generic CSV ("Company=Employer,Position=Role"). */
  map?: string;
}

/** The first lines of a text file, folded for sniffing (BOM, UTF-16 and case do not matter here). */
function sniff(bytes: Uint8Array): string {
  const head = bytes.subarray(0, 64 * 1024);
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head.length > 3 && head[1] === 0 && head[3] === 0);
  const utf16be = (head[0] === 0xfe && head[1] === 0xff) || (head.length > 3 && head[0] === 0 && head[2] === 0);
  const decoder = new TextDecoder(utf16 ? 'utf-16le' : utf16be ? 'utf-16be' : 'utf-8');
  return decoder.decode(head).replace(/^\uFEFF/, '').toLowerCase();
}

export function detectSource(file: InputFile): SourceKind | 'linkedin-zip' {
  if (isZip(file.bytes)) return 'linkedin-zip';
  const head = sniff(file.bytes);
  if (/\.(vcf|vcard)$/i.test(file.name) || /^\s*begin:vcard/.test(head)) return 'vcard';
  const headerLines = head.split(/\r?\n/).slice(0, 40);
  const has = (...columns: string[]) => headerLines.some((line) => columns.every((column) => line.includes(column)));
  // A name Google Contacts uses too (contacts.csv) says nothing alone; LinkedIn's Contacts.csv has "FirstName,LastName".
  const linkedinName = isLinkedInExportFile(file.name) && !SHARED_NAMES.has(baseName(file.name));
  if (linkedinName || has('first name', 'last name', 'connected on') || has('firstname,lastname', 'emails')) return 'linkedin';
  if (has('given name', 'family name') || has('e-mail 1 - value') || has('organization name', 'organization title') || has('organization 1 - name')) return 'google';
  if (has('job title', 'e-mail address') || has('business phone') || has('e-mail display name')) return 'outlook';
  return 'csv';
}

/** The format a file is read as, after --source and the checks that make a wrong choice an input error. */
function chooseSource(file: InputFile, options: ReadImportOptions): SourceKind | 'linkedin-zip' {
  const detected = detectSource(file);
  if (detected === 'linkedin-zip') {
    if (options.source && options.source !== 'linkedin') {
      throw new ReferableError('INVALID_INPUT', `${file.name} is a ZIP archive; only --source linkedin reads archives (a LinkedIn data export)`);
    }
    return detected;
  }
  const source = options.source ?? detected;
  if (options.map && source !== 'csv') {
    throw new ReferableError('INVALID_INPUT', `--map applies to generic CSV files, but ${file.name} was read as ${source}; add --source csv to use the mapping`);
  }
  return source;
}

/** The files that can be large and are read as a stream: a LinkedIn Connections.csv and a generic CSV. */
export type StreamedKind = 'connections' | 'csv';

/**
 * Whether the file whose first bytes are `head` is read as a stream (see readImportStream) or whole (readImport).
 * Throws the same input errors as readImport for a contradictory --source or --map.
 */
export function streamedKind(head: InputFile, options: ReadImportOptions = {}): StreamedKind | null {
  const source = chooseSource(head, options);
  if (source === 'csv') return 'csv';
  if (source === 'linkedin' && readsAsConnections(head)) return 'connections';
  return null;
}

/** A LinkedIn file that is Connections.csv by name or header, or that no export file name explains (--source linkedin). */
function readsAsConnections(file: InputFile): boolean {
  return roleOf(file) === 'connections.csv' || !isLinkedInExportFile(file.name);
}

/** Reads a file handed over as byte chunks, for the kinds streamedKind names; memory stays bounded by the rows kept. */
export async function readImportStream(name: string, chunks: AsyncIterable<Uint8Array>, kind: StreamedKind, options: ReadImportOptions = {}): Promise<ImportBundle> {
  if (kind === 'connections') {
    const result = await streamConnections(name, chunks, options);
    return bundleOf('linkedin', result.rows, result.issues, [name]);
  }
  const result = await streamGenericCsv(name, chunks, options.map ? parseColumnMap(options.map) : undefined, { today: options.today, note: !options.source && !options.map });
  return bundleOf('csv', result.rows, result.issues, [name]);
}

export function readImport(file: InputFile, options: ReadImportOptions = {}): ImportBundle {
  const source = chooseSource(file, options);
  if (source === 'linkedin-zip') return readLinkedInZip(file, options);
  switch (source) {
    case 'linkedin': {
      if (!readsAsConnections(file)) return parseLinkedInExport([file], options);
      const result = parseConnections(file, options);
      return bundleOf('linkedin', result.rows, result.issues, [file.name]);
    }
    case 'google': {
      const result = parseGoogleContacts(file);
      return bundleOf('google', result.rows, result.issues, [file.name]);
    }
    case 'outlook': {
      const result = parseOutlookContacts(file);
      return bundleOf('outlook', result.rows, result.issues, [file.name]);
    }
    case 'vcard': {
      // The vCard reader lists every issue; cap them here like the CSV readers do as they go.
      const result = parseVCard(file);
      return bundleOf('vcard', result.rows, capIssues(result.issues), [file.name]);
    }
    case 'csv': {
      // Read as "some CSV" without --source csv or a mapping: say so, and which columns were used.
      const result = parseGenericCsv(file, options.map ? parseColumnMap(options.map) : undefined, { today: options.today, note: !options.source && !options.map });
      return bundleOf('csv', result.rows, result.issues, [file.name]);
    }
  }
}

/** Articles are capped in number and size before they are inflated (see ARTICLE_LIMITS). */
export const ARTICLE_CAP: EntryCap = { what: 'article', matches: isLinkedInArticle, ...ARTICLE_LIMITS };

function readLinkedInZip(archive: InputFile, options: ReadOptions): ImportBundle {
  const { entries, issues, names } = readZip(archive, isLinkedInExportFile, ZIP_LIMITS, [ARTICLE_CAP]);
  const labelled = entries.map((entry) => ({ name: `${archive.name}:${entry.name}`, bytes: entry.bytes }));
  const bundle = parseLinkedInExport(labelled, options);
  bundle.issues.unshift(...issues);
  if (entries.length === 0 && !issues.some((issue) => issue.severity === 'error')) {
    // An .xlsx or .docx is a ZIP too; saying so beats "not a LinkedIn export" when someone saved Connections as a workbook.
    const office = names.includes('[Content_Types].xml')
      ? names.some((name) => name.startsWith('xl/'))
        ? 'an Excel workbook (.xlsx), not a LinkedIn data export; save the sheet as CSV (File > Save As > CSV UTF-8) and import that'
        : 'an Office document, not a LinkedIn data export'
      : '';
    const escaping = issues.filter((issue) => issue.reason.includes('points outside the archive')).length;
    const ignored = escaping > 0 ? ` (${escaping} entr${escaping === 1 ? 'y' : 'ies'} with a name pointing outside the archive ${escaping === 1 ? 'was' : 'were'} ignored)` : '';
    bundle.issues.push({
      file: archive.name,
      reason: office
        ? `this ZIP is ${office}`
        : `this ZIP is not a LinkedIn data export (no Connections.csv, messages.csv or other export files inside${ignored}). Download "Get a copy of your data" from LinkedIn settings and import that ZIP`,
      severity: 'error',
    });
  }
  return bundle;
}
