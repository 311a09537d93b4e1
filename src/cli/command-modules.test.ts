import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Command } from 'commander';
import { COMMAND_MODULES, modulesFor, requestedCommand } from './command-modules.ts';
import { createShell } from './shell.ts';

const silent = { out: () => {}, err: () => {} };

test('each module registers exactly the top-level commands its entry names, so a command never loads without its module', async () => {
  for (const module of COMMAND_MODULES) {
    const program = new Command('referable');
    (await module.load())(program, createShell(silent, {}));
    const registered = program.commands.flatMap((command) => [command.name(), ...command.aliases()]);
    assert.deepEqual(registered.sort(), [...module.names].sort());
  }
});

test('the command asked for is the first word that is not a global option or its value', () => {
  assert.equal(requestedCommand(['node', 'referable', 'report', '--json']), 'report');
  assert.equal(requestedCommand(['node', 'referable', '--db', 'plan.db', '--workspace', 'team', 'plan', 'done', '3']), 'plan');
  assert.equal(requestedCommand(['node', 'referable', '--db=report.db', 'coverage']), 'coverage');
  assert.equal(requestedCommand(['node', 'referable', '--help']), null);
});

test('a known command loads its own module only; help, no command or a misspelt one load all, --version none', () => {
  const names = (argv: string[]) => modulesFor(['node', 'referable', ...argv]).flatMap((module) => module.names);
  assert.deepEqual(names(['--db', 'x.db', 'coverage', 'Acme']), ['report', 'coverage']);
  assert.deepEqual(names(['cohort', 'create', 'spring']), ['users', 'token', 'workspace', 'cohort', 'consent']);
  assert.equal(names(['--help']).length, 28);
  assert.equal(names([]).length, 28);
  assert.equal(names(['help', 'plan']).length, 28);
  assert.equal(names(['repor']).length, 28);
  assert.deepEqual(names(['--version']), []);
  assert.equal(names(['--version', '--help']).length, 28);
});
