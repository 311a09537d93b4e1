// `referable export` (JSON backup or contacts CSV) and `referable restore`.
import { Option, type Command } from 'commander';
import { createBackup, exportContactsCsv, restoreBackup } from '../../app/backup.ts';
import { backupFileSource, loadBackup } from '../../app/backup-file.ts';
import { writeOutput } from '../../app/output-file.ts';
import { printJson } from '../output.ts';
import type { Shell } from '../shell.ts';

export function registerBackup(program: Command, shell: Shell): void {
  program
    .command('export')
    .description('a JSON backup of everything (restore it with "referable restore"), or your contacts as CSV')
    .addOption(new Option('--format <format>', 'json: full backup; csv: contacts only (formula-safe)').choices(['json', 'csv']).default('json'))
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .action(async (options: { format: 'json' | 'csv'; output?: string }, command: Command) => {
      const text = await shell.withContext(command, (context) => (options.format === 'csv' ? exportContactsCsv(context) : createBackup(context)));
      if (options.output) {
        writeOutput(options.output, text);
        shell.output.err(`Wrote ${options.output}`);
      } else {
        process.stdout.write(text);
      }
    });

  program
    .command('restore')
    .description('replace the database contents with a JSON backup, in one transaction')
    .argument('<file>', 'a backup written by "referable export"')
    .option('--replace', 'overwrite a database that already holds data')
    .option('--json', 'print JSON')
    .action(async (file: string, options: { replace?: boolean; json?: boolean }, command: Command) => {
      const counts = await shell.withContext(command, async (context) => restoreBackup(context, await loadBackup(backupFileSource(file)), { replace: options.replace }), { create: true });
      if (options.json) return printJson(shell.output, counts);
      // One "table: rows" line each: seventeen tables side by side do not fit any terminal.
      const entries = Object.entries(counts);
      const labelWidth = Math.max(...entries.map(([name]) => name.length)) + 2;
      shell.output.out([`Restored ${file}`, ...entries.map(([name, rows]) => `  ${`${name}:`.padEnd(labelWidth)}${rows.toLocaleString('en-US')}`)].join('\n'));
    });
}
