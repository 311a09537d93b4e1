// Reading a backup file for restore: JSON, then the whole-backup check (core), then the texts only their parsers
// can judge (target markets, settings). Anything wrong is refused here, before a transaction starts.
import { readFileSync } from 'node:fs';
import { checkBackup, type CheckedBackup } from '../core/backup/check-backup.ts';
import { ReferableError } from '../core/errors.ts';
import { MIGRATIONS } from '../store/migrations.ts';
import { SETTINGS_NAME, settingsProblems } from './settings.ts';
import { marketProblems } from './target.ts';

/** Problems shown in the message; the rest are counted (and all of them are in the error's details). */
const SHOWN = 5;

/** The stored YAML texts a restore would bring back: a market or settings that no longer parse would break every page. */
function textProblems(backup: CheckedBackup): string[] {
  const problems: string[] = [];
  backup.tables.target_markets.forEach((row, index) => {
    const found = marketProblems(`market "${row.name}"`, String(row.definition));
    problems.push(...found.map((problem) => `tables.target_markets[${index}] (market_id ${JSON.stringify(row.market_id)}) definition: ${problem}`));
  });
  backup.tables.settings.forEach((row, index) => {
    if (row.name !== SETTINGS_NAME || row.value === '') return;
    const found = settingsProblems('settings', String(row.value));
    problems.push(...found.map((problem) => `tables.settings[${index}] (name ${JSON.stringify(row.name)}) value: ${problem}`));
  });
  return problems;
}

function refuse(name: string, problems: string[]): never {
  const shown = problems.slice(0, SHOWN).map((problem) => `  ${problem}`).join('\n');
  const more = problems.length > SHOWN ? `\n  ... and ${problems.length - SHOWN} more` : '';
  throw new ReferableError('INVALID_INPUT', `${name} is not a backup Referable can restore; nothing was changed:\n${shown}${more}`, { problems });
}

/** The backup at `path`, checked whole; `name` is what messages call it (the API passes the upload's name). */
export function readBackupFile(path: string, name: string): CheckedBackup {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ReferableError('NOT_FOUND', `${name}: no such backup file`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ReferableError('INVALID_INPUT', `${name} is not JSON (${(error as Error).message}); restore takes a file written by "referable export --format json"`);
  }
  const checked = checkBackup(value, { schemas: MIGRATIONS.map((migration) => migration.name) });
  if (!checked.ok) refuse(name, checked.problems);
  const problems = textProblems(checked.backup);
  if (problems.length > 0) refuse(name, problems);
  return checked.backup;
}
