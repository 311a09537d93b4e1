// The `referable` command: global options, the commands, and the one mapping from errors to exit codes.
import { Command, CommanderError } from 'commander';
import pc from 'picocolors';
import { isReferableError } from '../core/errors.ts';
import { registerAccountCommands } from './commands/accounts-commands.ts';
import { registerBackup } from './commands/backup-commands.ts';
import { registerCadence } from './commands/cadence-command.ts';
import { registerConfig } from './commands/config-command.ts';
import { registerContacts } from './commands/contacts-command.ts';
import { registerContent } from './commands/content-command.ts';
import { registerDemo } from './commands/demo-command.ts';
import { registerImport } from './commands/import-command.ts';
import { registerIndex } from './commands/index-command.ts';
import { registerInit } from './commands/init-command.ts';
import { registerIntros } from './commands/intros-command.ts';
import { registerLedger } from './commands/ledger-command.ts';
import { registerLog } from './commands/log-command.ts';
import { registerNeeds } from './commands/needs-command.ts';
import { registerNetwork, registerReach } from './commands/network-commands.ts';
import { registerOffers } from './commands/offers-command.ts';
import { registerPlan } from './commands/plan-command.ts';
import { registerReport } from './commands/report-command.ts';
import { registerServe } from './commands/serve-command.ts';
import { registerTarget } from './commands/target-command.ts';
import { EXIT_INTERNAL, EXIT_OK, exitCodeFor } from './exit-codes.ts';
import { asksForJson, errorBody } from './json-error.ts';
import { printJson, processOutput, type Output } from './output.ts';
import { createShell } from './shell.ts';

export function buildProgram(output: Output, env: Record<string, string | undefined>): Command {
  const shell = createShell(output, env);
  const program = new Command('referable')
    .description('Grow a network inside your target market, and stay referable. Your data stays on this machine.')
    .version('0.1.0')
    .option('--db <path>', 'SQLite file or postgres:// URL (default: $DATABASE_URL, $REFERABLE_DB, ./referable.db)')
    .option('--workspace <name>', 'workspace inside the database (a team or a cohort)', 'default')
    .showHelpAfterError('(add --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (text) => output.out(text.trimEnd()), writeErr: (text) => output.err(text.trimEnd()) });
  registerInit(program, shell);
  registerImport(program, shell);
  registerContacts(program, shell);
  registerTarget(program, shell);
  registerReport(program, shell);
  registerNetwork(program, shell);
  registerReach(program, shell);
  registerNeeds(program, shell);
  registerOffers(program, shell);
  registerIntros(program, shell);
  registerLedger(program, shell);
  registerPlan(program, shell);
  registerLog(program, shell);
  registerCadence(program, shell);
  registerContent(program, shell);
  registerIndex(program, shell);
  registerBackup(program, shell);
  registerConfig(program, shell);
  registerDemo(program, shell);
  registerServe(program, shell);
  registerAccountCommands(program, shell);
  for (const command of program.commands) command.exitOverride();
  return program;
}

export async function main(argv: string[], output: Output = processOutput, env: Record<string, string | undefined> = process.env): Promise<number> {
  const program = buildProgram(output, env);
  // A script that asked for JSON gets the refusal as JSON on stdout too; people still read it on stderr.
  const json = asksForJson(argv);
  try {
    await program.parseAsync(argv);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      if (error.exitCode === 0) return EXIT_OK;
      if (json) printJson(output, errorBody('INVALID_INPUT', error.message.replace(/^error: /, '')));
      return 2;
    }
    if (isReferableError(error)) {
      output.err(`${pc.red('error')} ${error.message}`);
      if (json) printJson(output, errorBody(error.code, error.message, error.details));
      return exitCodeFor(error.code);
    }
    output.err(`${pc.red('internal error')} ${(error as Error)?.stack ?? String(error)}\nThis is a bug in Referable; please report it with the command you ran.`);
    if (json) printJson(output, errorBody('INTERNAL', `${(error as Error)?.message ?? String(error)}. This is a bug in Referable; please report it with the command you ran`));
    return EXIT_INTERNAL;
  }
}
