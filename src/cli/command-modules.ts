// Which module registers which top-level command, so `referable report` loads the report command and what it imports
// (not kysely, yaml, cli-progress and the app modules of twenty other commands): start-up is paid by every command.
import type { Command } from 'commander';
import type { Shell } from './shell.ts';

export type Register = (program: Command, shell: Shell) => void;

export interface CommandModule {
  /** The top-level command names (and aliases) that `load()`'s function registers; command-modules.test.ts checks them. */
  names: readonly string[];
  load: () => Promise<Register>;
}

/** In the order `referable --help` lists the commands. */
export const COMMAND_MODULES: readonly CommandModule[] = [
  { names: ['init'], load: async () => (await import('./commands/init-command.ts')).registerInit },
  { names: ['import'], load: async () => (await import('./commands/import-command.ts')).registerImport },
  { names: ['contacts'], load: async () => (await import('./commands/contacts-command.ts')).registerContacts },
  { names: ['target'], load: async () => (await import('./commands/target-command.ts')).registerTarget },
  { names: ['report', 'coverage'], load: async () => (await import('./commands/report-command.ts')).registerReport },
  { names: ['path', 'graph'], load: async () => (await import('./commands/network-commands.ts')).registerNetwork },
  { names: ['reach'], load: async () => (await import('./commands/network-commands.ts')).registerReach },
  { names: ['needs'], load: async () => (await import('./commands/needs-command.ts')).registerNeeds },
  { names: ['offers'], load: async () => (await import('./commands/offers-command.ts')).registerOffers },
  { names: ['intros'], load: async () => (await import('./commands/intros-command.ts')).registerIntros },
  { names: ['ledger'], load: async () => (await import('./commands/ledger-command.ts')).registerLedger },
  { names: ['plan'], load: async () => (await import('./commands/plan-command.ts')).registerPlan },
  { names: ['log'], load: async () => (await import('./commands/log-command.ts')).registerLog },
  { names: ['cadence'], load: async () => (await import('./commands/cadence-command.ts')).registerCadence },
  { names: ['content'], load: async () => (await import('./commands/content-command.ts')).registerContent },
  { names: ['index'], load: async () => (await import('./commands/index-command.ts')).registerIndex },
  { names: ['export', 'restore'], load: async () => (await import('./commands/backup-commands.ts')).registerBackup },
  { names: ['config'], load: async () => (await import('./commands/config-command.ts')).registerConfig },
  { names: ['demo'], load: async () => (await import('./commands/demo-command.ts')).registerDemo },
  { names: ['serve'], load: async () => (await import('./commands/serve-command.ts')).registerServe },
  { names: ['users', 'token', 'workspace', 'cohort', 'consent'], load: async () => (await import('./commands/accounts-commands.ts')).registerAccountCommands },
];

/** Global options that take a value: their value is not the command name (`referable --db report.db report`). */
const GLOBAL_OPTIONS_WITH_VALUE = new Set(['--db', '--workspace']);

/** The first word of argv (after node and the script) that is not a global option or its value: the command asked for. */
export function requestedCommand(argv: readonly string[]): string | null {
  const words = argv.slice(2);
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word === '--') return words[i + 1] ?? null;
    if (GLOBAL_OPTIONS_WITH_VALUE.has(word)) i++;
    else if (!word.startsWith('-')) return word;
  }
  return null;
}

/**
 * The modules to load for argv: the one that owns the command asked for; all of them when there is none, `help`, or
 * a name no module owns, so the list in --help and commander's "unknown command ... Did you mean" see every command.
 */
export function modulesFor(argv: readonly string[] | null): readonly CommandModule[] {
  const name = argv ? requestedCommand(argv) : null;
  // `referable --version` prints a constant: no command to load.
  if (argv && name === null && argv.some((word) => word === '--version' || word === '-V') && !argv.some((word) => word === '--help' || word === '-h')) return [];
  const owner = name === null ? undefined : COMMAND_MODULES.find((module) => module.names.includes(name));
  return owner ? [owner] : COMMAND_MODULES;
}
