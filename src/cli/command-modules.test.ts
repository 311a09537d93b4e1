import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Command } from 'commander';
import { COMMAND_MODULES, commandNames, commandPlan, requestedCommand } from './command-modules.ts';
import { buildProgram } from './main.ts';
import { createShell } from './shell.ts';

const silent = { out: () => {}, err: () => {} };

test('each module registers exactly the commands its listing names, with the listed term and summary', async () => {
  for (const module of COMMAND_MODULES) {
    const program = new Command('referable');
    (await module.load())(program, createShell(silent, {}));
    const help = program.createHelp();
    const registered = program.commands.map((command) => ({ term: help.subcommandTerm(command), summary: command.description() }));
    assert.deepEqual(registered, module.listing);
  }
});

test('`referable --help` from the listing alone prints exactly what the loaded commands print', async () => {
  const printed = async (argv: string[] | null) => {
    const program = await buildProgram(silent, {}, argv);
    return program.helpInformation();
  };
  const fromListing = await printed(['node', 'referable', '--help']);
  assert.equal(fromListing, await printed(null));
  assert.match(fromListing, /import \[options\] <path> +import contacts: a LinkedIn export/);
  assert.match(fromListing, /consent +what a member shares with their cohorts/);
});

test('the command asked for is the first word that is not a global option or its value', () => {
  assert.equal(requestedCommand(['node', 'referable', 'report', '--json']), 'report');
  assert.equal(requestedCommand(['node', 'referable', '--db', 'plan.db', '--workspace', 'team', 'plan', 'done', '3']), 'plan');
  assert.equal(requestedCommand(['node', 'referable', '--db=report.db', 'coverage']), 'coverage');
  assert.equal(requestedCommand(['node', 'referable', '--help']), null);
});

test('a known command loads its own module only; help and misspelt names the listing alone; --version nothing', () => {
  const plan = (argv: string[]) => {
    const { load, listing } = commandPlan(['node', 'referable', ...argv]);
    return { load: load.flatMap(commandNames), listing };
  };
  assert.deepEqual(plan(['--db', 'x.db', 'coverage', 'Acme']), { load: ['report', 'coverage'], listing: false });
  assert.deepEqual(plan(['cohort', 'create', 'spring']), { load: ['users', 'token', 'workspace', 'cohort', 'consent'], listing: false });
  assert.deepEqual(plan(['help', 'plan']), { load: ['plan'], listing: false });
  assert.deepEqual(plan(['--db', 'help.db', 'help', 'reach']), { load: ['reach'], listing: false });
  for (const argv of [['--help'], [], ['help'], ['repor'], ['help', 'nonsense'], ['--version', '--help']]) assert.deepEqual(plan(argv), { load: [], listing: true }, argv.join(' '));
  assert.deepEqual(plan(['--version']), { load: [], listing: false });
  assert.equal(commandPlan(null).load.length, COMMAND_MODULES.length);
});
