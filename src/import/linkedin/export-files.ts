// Which file of a LinkedIn export is which: roles by name (or header), and one file per role when an archive or folder
// holds several candidates ("Connections.csv", "connections.csv", "old/Connections.csv"), with every candidate named.
import type { ImportIssue, InputFile } from '../import-issue.ts';

/** The export files we read, spelled as LinkedIn spells them; matched case-insensitively. Everything else is left alone. */
export const EXPORT_FILES = [
  'Connections.csv',
  'Invitations.csv',
  'messages.csv',
  'Endorsement_Received_Info.csv',
  'Endorsement_Given_Info.csv',
  'Recommendations_Received.csv',
  'Shares.csv',
  'Profile.csv',
  'Positions.csv',
  'Company Follows.csv',
  'Skills.csv',
  'Contacts.csv',
  'ImportedContacts.csv',
  'Imported Contacts.csv',
] as const;

/** A role is the lower-cased file name; the older spelling of a file shares the current file's role. */
const ALIASES: Record<string, string> = { 'imported contacts.csv': 'importedcontacts.csv' };

const ROLES = new Set<string>(EXPORT_FILES.map((name) => name.toLowerCase()));

/**
 * File names other programs use too: Google Contacts names its export contacts.csv. Such a file alone is LinkedIn's
 * only when its header says so; inside a LinkedIn archive or export folder the name is enough.
 */
export const SHARED_NAMES: ReadonlySet<string> = new Set(['contacts.csv']);

/** "export.zip:Articles/x.html" -> "x.html": entries are labelled with their archive, and folders may nest. */
export function baseName(name: string): string {
  return (name.split(/[\\/:]/).pop() ?? name).toLowerCase();
}

/** The part of a name inside its archive or folder ("export.zip:sub/Connections.csv" -> "sub/Connections.csv"). */
function innerPath(name: string): string {
  return name.includes(':') ? name.slice(name.lastIndexOf(':') + 1) : name;
}

export function isLinkedInArticle(name: string): boolean {
  return /(^|[/:])articles\/.*\.html?$/i.test(name);
}

export function isLinkedInExportFile(name: string): boolean {
  return ROLES.has(baseName(name)) || isLinkedInArticle(name);
}

/** LinkedIn's own spelling of a role's file, for messages. */
export function canonicalName(role: string): string {
  return EXPORT_FILES.find((name) => name.toLowerCase() === role) ?? role;
}

/** Which export file this is: by name, or a renamed Connections.csv recognised by its header (from its first bytes). */
export function roleOf(file: InputFile): string {
  const base = baseName(file.name);
  if (ROLES.has(base)) return ALIASES[base] ?? base;
  const head = new TextDecoder().decode(file.bytes.subarray(0, 8192)).toLowerCase();
  return head.includes('first name') && head.includes('connected on') ? 'connections.csv' : base;
}

/**
 * The files to read, one per role, and a warning for each role with several candidates. The one read is the
 * shallowest (a copy in a sub-folder is older or someone's backup), then the one LinkedIn's spelling matches, then the
 * first in the archive; the warning names every candidate and which was used, so nothing is dropped silently.
 */
export function chooseExportFiles(files: InputFile[]): { byRole: Map<string, InputFile>; issues: ImportIssue[] } {
  const candidates = new Map<string, InputFile[]>();
  for (const file of files) {
    if (isLinkedInArticle(file.name)) continue;
    const role = roleOf(file);
    if (!ROLES.has(role)) continue;
    candidates.set(role, [...(candidates.get(role) ?? []), file]);
  }
  const byRole = new Map<string, InputFile>();
  const issues: ImportIssue[] = [];
  for (const [role, list] of candidates) {
    const depth = (file: InputFile) => innerPath(file.name).split(/[\\/]/).length;
    const spelled = (file: InputFile) => (EXPORT_FILES as readonly string[]).includes(innerPath(file.name).split(/[\\/]/).pop() ?? '');
    const ranked = list.map((file, order) => ({ file, order })).sort((a, b) => depth(a.file) - depth(b.file) || Number(spelled(b.file)) - Number(spelled(a.file)) || a.order - b.order);
    const chosen = ranked[0].file;
    byRole.set(role, chosen);
    if (list.length > 1) {
      const named = list.map((file) => `"${innerPath(file.name)}"${file === chosen ? ' (read)' : ''}`).join(', ');
      issues.push({
        file: chosen.name,
        severity: 'warning',
        reason: `the export holds ${list.length} files that could be ${canonicalName(role)}: ${named}; only "${innerPath(chosen.name)}" was read. If another one is the right file, import it on its own`,
      });
    }
  }
  return { byRole, issues };
}
