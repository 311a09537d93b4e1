// `referable needs add|list|close`: what your contacts are struggling with, the seed of every introduction.
import type { Command } from 'commander';
import pc from 'picocolors';
import type { NeedView } from '../../app/needs.ts';

/** Loaded on demand: contact resolution and the store are not needed for --help. */
const useCases = () => import('../../app/needs.ts');
import { plain, printJson, table } from '../output.ts';
import type { Shell } from '../shell.ts';

function describeNeed(need: NeedView): string {
  const extras = [need.topic && `topic ${plain(need.topic)}`, need.deadline && `by ${need.deadline}`].filter(Boolean).join(', ');
  return `${need.id}  ${plain(need.contact.name)}: "${plain(need.text)}"${extras ? ` (${extras})` : ''}`;
}

export function registerNeeds(program: Command, shell: Shell): void {
  const needs = program.command('needs').description("record what your contacts need help with (the matcher finds who could help: referable intros suggest)");

  needs
    .command('add')
    .description('record a need of a contact')
    .argument('<contact>', 'an id, LinkedIn URL, email or unambiguous name')
    .argument('<text>', 'the problem in their words, e.g. "their team is struggling with a SOC 2 audit"')
    .option('--topic <topic>', 'a short topic, also used for matching (e.g. compliance)')
    .option('--deadline <date>', 'when they need it solved, YYYY-MM-DD')
    .option('--json', 'print JSON')
    .action(async (contact: string, text: string, options: { topic?: string; deadline?: string; json?: boolean }, command: Command) => {
      const need = await shell.withContext(command, async (context) => (await useCases()).addNeed(context, { contact, text, topic: options.topic, deadline: options.deadline }));
      if (options.json) return printJson(shell.output, need);
      shell.output.out(`Added need ${describeNeed(need)}\nNext: referable intros suggest`);
    });

  needs
    .command('list')
    .description('needs, open ones by default')
    .option('--status <status>', 'open, closed or all', 'open')
    .option('--contact <contact>', "only this contact's needs")
    .option('--json', 'print JSON')
    .action(async (options: { status: string; contact?: string; json?: boolean }, command: Command) => {
      const list = await shell.withContext(command, async (context) => (await useCases()).listNeeds(context, { status: options.status, contact: options.contact }));
      if (options.json) return printJson(shell.output, list);
      if (list.length === 0) return shell.output.out(`No ${options.status === 'all' ? '' : `${options.status} `}needs. Record one: referable needs add "Dana Reyes" "their team is struggling with a SOC 2 audit"`);
      shell.output.out(
        table(
          ['id', 'contact', 'need', 'topic', 'deadline', 'status', 'added'],
          list.map((n) => [n.id, plain(n.contact.name), plain(n.text), plain(n.topic), n.deadline, n.status === 'closed' ? `closed ${n.closedAt.slice(0, 10)}` : 'open', n.createdAt.slice(0, 10)]),
        ),
      );
    });

  needs
    .command('close')
    .description('close a need (solved, or no longer relevant)')
    .argument('<id>', 'the need id (see: referable needs list)')
    .option('--note <text>', 'how it ended')
    .option('--json', 'print JSON')
    .action(async (id: string, options: { note?: string; json?: boolean }, command: Command) => {
      const need = await shell.withContext(command, async (context) => (await useCases()).closeNeed(context, id, { note: options.note }));
      if (options.json) return printJson(shell.output, need);
      shell.output.out(`${pc.green('closed')} ${describeNeed(need)}`);
    });
}
