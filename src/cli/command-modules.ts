// Which module registers which top-level command, so `referable report` loads the report command and what it imports
// (not kysely, yaml, cli-progress and the app modules of twenty other commands): start-up is paid by every command.
import type { Command } from 'commander';
import type { Shell } from './shell.ts';

export type Register = (program: Command, shell: Shell) => void;

/** One line of `referable --help`: the command's term as commander prints it, and its description. */
export interface CommandListing {
  term: string;
  summary: string;
}

export interface CommandModule {
  /**
   * The top-level commands that `load()`'s function registers, as `referable --help` lists them: help lists these
   * without loading any module. command-modules.test.ts checks both against what the modules register.
   */
  listing: readonly CommandListing[];
  load: () => Promise<Register>;
}

/** The command names (and aliases) a module registers: the first word of each listed term. */
export function commandNames(module: CommandModule): string[] {
  return module.listing.map((line) => line.term.split(' ')[0]);
}

/** In the order `referable --help` lists the commands. */
export const COMMAND_MODULES: readonly CommandModule[] = [
  {
    listing: [
      { term: 'init [options]', summary: 'create the database (./referable.db, --db PATH, REFERABLE_DB, or DATABASE_URL for PostgreSQL)' },
    ],
    load: async () => (await import('./commands/init-command.ts')).registerInit,
  },
  {
    listing: [
      { term: 'import [options] <path>', summary: 'import contacts: a LinkedIn export (ZIP, unzipped folder or single CSV), Google or Outlook CSV, vCard, or any CSV' },
    ],
    load: async () => (await import('./commands/import-command.ts')).registerImport,
  },
  {
    listing: [
      { term: 'contacts', summary: 'list, show and edit contacts' },
    ],
    load: async () => (await import('./commands/contacts-command.ts')).registerContacts,
  },
  {
    listing: [
      { term: 'target', summary: 'define your target market (companies, functions, seniority, industries, places, keywords)' },
    ],
    load: async () => (await import('./commands/target-command.ts')).registerTarget,
  },
  {
    listing: [
      { term: 'report [options]', summary: 'quantity vs quality in your target market: coverage, breadth, growth, job changes' },
      { term: 'coverage [options] [company]', summary: 'coverage of your target companies, or everyone at one company with the strongest ties first' },
    ],
    load: async () => (await import('./commands/report-command.ts')).registerReport,
  },
  {
    listing: [
      { term: 'path [options] <target>', summary: 'the most probable warm-introduction paths from you to a person or to anyone at a company' },
      { term: 'graph', summary: 'the workspace network for other tools' },
    ],
    load: async () => (await import('./commands/network-commands.ts')).registerNetwork,
  },
  {
    listing: [
      { term: 'reach [options]', summary: 'how far an ask or a post travels from you (Monte Carlo word of mouth), what-if scenarios, who to ask first' },
    ],
    load: async () => (await import('./commands/network-commands.ts')).registerReach,
  },
  {
    listing: [
      { term: 'needs', summary: 'record what your contacts need help with (the matcher finds who could help: referable intros suggest)' },
    ],
    load: async () => (await import('./commands/needs-command.ts')).registerNeeds,
  },
  {
    listing: [
      { term: 'offers', summary: 'what contacts can help with: stated by you, or derived from positions, skills, endorsements and tags' },
    ],
    load: async () => (await import('./commands/offers-command.ts')).registerOffers,
  },
  {
    listing: [
      { term: 'intros', summary: 'introduce contacts who can help each other (double opt-in; drafts, never sends)' },
    ],
    load: async () => (await import('./commands/intros-command.ts')).registerIntros,
  },
  {
    listing: [
      { term: 'ledger', summary: 'the referral ledger: introductions and referrals given and received, outcomes, balance, thank-yous' },
    ],
    load: async () => (await import('./commands/ledger-command.ts')).registerLedger,
  },
  {
    listing: [
      { term: 'plan [options]', summary: "this week's plan (made if missing): connection requests, introductions, follow-ups, thank-yous, shares, within your time budget" },
    ],
    load: async () => (await import('./commands/plan-command.ts')).registerPlan,
  },
  {
    listing: [
      { term: 'log [options] <contact> [what]', summary: 'record an interaction with a contact: it resets their cadence and strengthens your tie' },
    ],
    load: async () => (await import('./commands/log-command.ts')).registerLog,
  },
  {
    listing: [
      { term: 'cadence [options]', summary: 'losing touch: in-market contacts past the maximum days of their cadence tier (lapsed, or never in touch since connecting)' },
    ],
    load: async () => (await import('./commands/cadence-command.ts')).registerCadence,
  },
  {
    listing: [
      { term: 'content', summary: 'the content ledger: what you create and share, on which topics, and your go-to score' },
    ],
    load: async () => (await import('./commands/content-command.ts')).registerContent,
  },
  {
    listing: [
      { term: 'index [options]', summary: 'your referability index (0-100): reach in market, breadth, reciprocity, go-to presence; saves a daily snapshot' },
    ],
    load: async () => (await import('./commands/index-command.ts')).registerIndex,
  },
  {
    listing: [
      { term: 'export [options]', summary: 'a JSON backup of everything (restore it with "referable restore"), or your contacts as CSV' },
      { term: 'restore [options] <file>', summary: 'replace the database contents with a JSON backup, in one transaction' },
    ],
    load: async () => (await import('./commands/backup-commands.ts')).registerBackup,
  },
  {
    listing: [
      { term: 'config', summary: 'settings: time costs, cadence tiers, cool-down between asks, message templates, content goals' },
    ],
    load: async () => (await import('./commands/config-command.ts')).registerConfig,
  },
  {
    listing: [
      { term: 'demo [options]', summary: 'build a sample network (3000 connections, seeded) as a LinkedIn export and import it; uses ./referable-demo.db unless --db is given' },
    ],
    load: async () => (await import('./commands/demo-command.ts')).registerDemo,
  },
  {
    listing: [
      { term: 'serve [options]', summary: 'serve the HTTP API under /api and the dashboard at / (loopback only unless --host, which needs a token)' },
    ],
    load: async () => (await import('./commands/serve-command.ts')).registerServe,
  },
  {
    listing: [
      { term: 'users', summary: 'accounts on a multi-user server (PostgreSQL): add, list, disable' },
      { term: 'token', summary: 'personal API tokens for scripts and the CLI (PostgreSQL)' },
      { term: 'workspace', summary: "members' private workspaces on a multi-user server (PostgreSQL)" },
      { term: 'cohort', summary: 'cohorts of a multi-user server (PostgreSQL): create, invite, members, remove' },
      { term: 'consent', summary: 'what a member shares with their cohorts (PostgreSQL): nothing (default), aggregates, companies, contacts' },
    ],
    load: async () => (await import('./commands/accounts-commands.ts')).registerAccountCommands,
  },
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

export interface CommandPlan {
  /** The modules to load and register. */
  load: readonly CommandModule[];
  /** Register the listing alone (name and summary of every command), for help and for "unknown command" errors. */
  listing: boolean;
}

const ALL: CommandPlan = { load: COMMAND_MODULES, listing: false };
const LISTING: CommandPlan = { load: [], listing: true };

/**
 * What argv needs: the module that owns the command asked for, and nothing else. No command (`referable`,
 * `referable --help`) or a name no module owns needs only the listing: help prints it, and commander's "unknown
 * command ... Did you mean" needs only the names. `help COMMAND` needs that command's module; --version needs nothing.
 * Without argv (tests, and anything that wants the real commands), every module.
 */
export function commandPlan(argv: readonly string[] | null): CommandPlan {
  if (!argv) return ALL;
  const name = requestedCommand(argv);
  if (name === null) {
    const version = argv.some((word) => word === '--version' || word === '-V') && !argv.some((word) => word === '--help' || word === '-h');
    return version ? { load: [], listing: false } : LISTING;
  }
  // `help plan` prints plan's own help: the word after `help` is the command to load.
  const asked = name === 'help' ? requestedCommand(argv.filter((word, index) => index < 2 || word !== 'help')) : name;
  const owner = asked === null ? undefined : COMMAND_MODULES.find((module) => commandNames(module).includes(asked));
  return owner ? { load: [owner], listing: false } : LISTING;
}
