// `referable log CONTACT "coffee chat" --minutes 30`: record an interaction (resets cadence, strengthens the tie).
import type { Command } from 'commander';
import { ReferableError } from '../../core/errors.ts';
import { plain, printJson } from '../output.ts';
import type { Shell } from '../shell.ts';

function wholeMinutes(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new ReferableError('INVALID_INPUT', `--minutes must be a whole number of 0 or more (e.g. --minutes 30); got "${value}"`);
  return Number(value);
}

export function registerLog(program: Command, shell: Shell): void {
  program
    .command('log')
    .description('record an interaction with a contact: it resets their cadence and strengthens your tie')
    .argument('<contact>', 'an id, LinkedIn URL, email or unambiguous name')
    .argument('[what]', 'what happened, e.g. "coffee chat", "call", "follow-up" (also sets the kind when it names one)')
    .option('--minutes <n>', 'time it took (default: the cost of that kind in your settings)', wholeMinutes)
    .option('--on <date>', 'when it happened, YYYY-MM-DD (default: today)')
    .option('--kind <kind>', 'connection-request, follow-up, introduction, thank-you, share, comment, coffee-chat, message, call, meeting, email, other')
    .option('--note <text>', 'a note to keep with it')
    .option('--json', 'print JSON')
    .action(async (contact: string, what: string | undefined, options: { minutes?: number; on?: string; kind?: string; note?: string; json?: boolean }, command: Command) => {
      const logged = await shell.withContext(command, async (context) => (await import('../../app/interactions.ts')).logInteraction(context, { contact, what, kind: options.kind, minutes: options.minutes, on: options.on, note: options.note }));
      if (options.json) return printJson(shell.output, logged);
      shell.output.out(`Logged ${logged.kind} with ${plain(logged.contact.name)}${logged.contact.company ? ` (${plain(logged.contact.company)})` : ''} on ${logged.on}, ${logged.minutes} min${logged.note ? `: ${plain(logged.note)}` : ''}`);
    });
}
