// `referable init`: create (or upgrade) the database and say where it is.
import type { Command } from 'commander';
import { workspaceInfo } from '../../app/workspace-info.ts';
import { printJson } from '../output.ts';
import type { Shell } from '../shell.ts';

export function registerInit(program: Command, shell: Shell): void {
  program
    .command('init')
    .description('create the database (./referable.db, --db PATH, REFERABLE_DB, or DATABASE_URL for PostgreSQL)')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      const info = await shell.withContext(command, workspaceInfo, { create: true });
      if (options.json) return printJson(shell.output, info);
      shell.output.out(`Database ready: ${info.location} (${info.dialect}, workspace "${info.workspace}", ${info.contacts} contacts).`);
      if (info.contacts === 0) shell.output.out('Next: referable import ~/Downloads/Basic_LinkedInDataExport_*.zip');
    });
}
