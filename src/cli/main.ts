// The `referable` command: global options, the commands, and the one mapping from errors to exit codes.
import { Command, CommanderError } from 'commander';
import pc from 'picocolors';
import { isReferableError } from '../core/errors.ts';
import { COMMAND_MODULES, commandNames, commandPlan } from './command-modules.ts';
import { EXIT_INTERNAL, EXIT_OK, exitCodeFor } from './exit-codes.ts';
import { asksForJson, errorBody } from './json-error.ts';
import { printJson, processOutput, type Output } from './output.ts';

/**
 * The program with the commands argv needs (all of them when argv is null): a command's module, and what it imports,
 * loads only when that command runs or help lists it, so every command does not pay for all the others at start-up.
 */
export async function buildProgram(output: Output, env: Record<string, string | undefined>, argv: readonly string[] | null = null): Promise<Command> {
  const program = new Command('referable')
    .description('Grow a network inside your target market, and stay referable. Your data stays on this machine.')
    .version('0.1.0')
    .option('--db <path>', 'SQLite file or postgres:// URL (default: $DATABASE_URL, $REFERABLE_DB, ./referable.db)')
    .option('--workspace <name>', 'workspace inside the database (a team or a cohort)', 'default')
    .showHelpAfterError('(add --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (text) => output.out(text.trimEnd()), writeErr: (text) => output.err(text.trimEnd()) });
  const plan = commandPlan(argv);
  if (plan.load.length) {
    // Loaded together: the shell opens the store, which --version never needs.
    const [{ createShell }, ...registers] = await Promise.all([import('./shell.ts'), ...plan.load.map((module) => module.load())]);
    const shell = createShell(output, env);
    for (const register of registers) register(program, shell);
  }
  if (plan.listing) registerListing(program);
  for (const command of program.commands) command.exitOverride();
  return program;
}

/**
 * Every command by name and summary only, printed by help exactly as the loaded commands print (command-modules.test.ts
 * compares the two), so `referable --help` does not load twenty-odd modules and what they import to list them.
 */
function registerListing(program: Command): void {
  const terms = new Map<string, string>();
  for (const module of COMMAND_MODULES) {
    const names = commandNames(module);
    module.listing.forEach((line, index) => {
      terms.set(names[index], line.term);
      program.command(names[index]).description(line.summary);
    });
  }
  const help = program.createHelp();
  program.configureHelp({ subcommandTerm: (command) => terms.get(command.name()) ?? help.subcommandTerm(command) });
}

export async function main(argv: string[], output: Output = processOutput, env: Record<string, string | undefined> = process.env): Promise<number> {
  const program = await buildProgram(output, env, argv);
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
      // The step that resolves it, as the terminal does it (the API links the dashboard's page instead).
      if (error.action?.command) output.err(`  ${pc.dim('run:')} ${error.action.command}`);
      if (json) printJson(output, errorBody(error.code, error.message, error.details, error.action));
      return exitCodeFor(error.code);
    }
    output.err(`${pc.red('internal error')} ${(error as Error)?.stack ?? String(error)}\nThis is a bug in Referable; please report it with the command you ran.`);
    if (json) printJson(output, errorBody('INTERNAL', `${(error as Error)?.message ?? String(error)}. This is a bug in Referable; please report it with the command you ran`));
    return EXIT_INTERNAL;
  }
}
