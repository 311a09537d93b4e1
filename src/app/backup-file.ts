// Reading a backup for restore, from any byte source (a file the CLI names, a request body): JSON, then the
// whole-backup check (core), then the texts only their parsers can judge (target markets, settings). Anything wrong is
// refused here, before a transaction starts.
import { statSync } from 'node:fs';
import { checkBackup, type CheckedBackup } from '../core/backup/check-backup.ts';
import { ReferableError } from '../core/errors.ts';
import type { ByteSource } from '../import/import-source.ts';
import { MIGRATIONS } from '../store/migrations.ts';
import { fileSource } from './read-input-file.ts';
import { SETTINGS_NAME, settingsProblems } from './settings.ts';
import { marketProblems } from './target.ts';
import { MAKE_BACKUP } from './next-steps.ts';

/** Problems shown in the message; the rest are counted (and all of them are in the error's details). */
const SHOWN = 5;

/** The stored YAML texts a restore would bring back: a market or settings that no longer parse would break every page. */
async function textProblems(backup: CheckedBackup): Promise<string[]> {
  const problems: string[] = [];
  backup.tables.target_markets.forEach((row, index) => {
    const found = marketProblems(`market "${row.name}"`, String(row.definition));
    problems.push(...found.map((problem) => `tables.target_markets[${index}] (market_id ${JSON.stringify(row.market_id)}) definition: ${problem}`));
  });
  for (const [index, row] of backup.tables.settings.entries()) {
    if (row.name !== SETTINGS_NAME || row.value === '') continue;
    const found = await settingsProblems('settings', String(row.value));
    problems.push(...found.map((problem) => `tables.settings[${index}] (name ${JSON.stringify(row.name)}) value: ${problem}`));
  }
  return problems;
}

function refuse(name: string, problems: string[]): never {
  const shown = problems.slice(0, SHOWN).map((problem) => `  ${problem}`).join('\n');
  const more = problems.length > SHOWN ? `\n  ... and ${problems.length - SHOWN} more` : '';
  throw new ReferableError('INVALID_INPUT', `${name} is not a backup Referable can restore; nothing was changed:\n${shown}${more}`, { problems });
}

/** A backup read and checked whole, with the name messages call it by. */
export interface LoadedBackup {
  name: string;
  backup: CheckedBackup;
}

/** A backup file the user named, as a byte source named by the path they typed. */
export function backupFileSource(path: string): ByteSource {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new ReferableError('NOT_FOUND', `${path}: no such backup file; restore takes a backup Referable wrote`, { file: path }, MAKE_BACKUP);
  }
  if (!stats.isFile()) throw new ReferableError('INVALID_INPUT', `${path} is not a regular file: restore takes a backup Referable wrote`, { file: path }, MAKE_BACKUP);
  return { ...fileSource(path, stats), name: path };
}

/** JSON.parse needs the whole text as one string, and V8 strings stop near 512 MiB: past this no backup can be read. */
export const MAX_BACKUP_BYTES = 500 * 1024 * 1024;

/** The source's bytes as UTF-8 text (a byte-order mark dropped), refused the moment it passes the size a backup can be. */
async function readText(source: ByteSource, limit: number): Promise<string> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of source.chunks()) {
    size += chunk.byteLength;
    if (size > limit) throw new ReferableError('INVALID_INPUT', `${source.name} is larger than the ${Math.round(limit / 1024 / 1024)} MB a backup can be; nothing was changed. Check this is a backup Referable wrote`, undefined, MAKE_BACKUP);
    chunks.push(chunk);
  }
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
}

/** The backup in `source`, checked whole; messages call it by the source's name (never a server path). */
export async function loadBackup(source: ByteSource, limit = MAX_BACKUP_BYTES): Promise<LoadedBackup> {
  const name = source.name;
  const text = await readText(source, limit);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ReferableError('INVALID_INPUT', `${name} is not JSON (${(error as Error).message}); restore takes a backup Referable wrote`, undefined, MAKE_BACKUP);
  }
  const checked = checkBackup(value, { schemas: MIGRATIONS.map((migration) => migration.name) });
  if (!checked.ok) refuse(name, checked.problems);
  const problems = await textProblems(checked.backup);
  if (problems.length > 0) refuse(name, problems);
  return { name, backup: checked.backup };
}
