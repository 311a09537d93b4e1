// `referable ledger add|outcome|list|balance|thanks|thank`: the referral ledger, given and received, append-only.
import type { Command } from 'commander';
import type { LedgerEntry } from '../../app/ledger.ts';
import { plain, printJson, table } from '../output.ts';
import type { Shell } from '../shell.ts';
import { sparkline } from '../sparkline.ts';

/** Loaded on demand: only ledger commands need it. */
const useCases = () => import('../../app/ledger.ts');

function describeEntry(entry: LedgerEntry): string {
  const who = plain(entry.contactName);
  const other = entry.otherName ? plain(entry.otherName) : '';
  const at = entry.company ? ` at ${plain(entry.company)}` : '';
  if (entry.follows) return `outcome ${entry.outcome} of ${entry.follows} (${entry.direction} ${entry.kind} with ${who})`;
  const to = other ? ` to ${other}` : '';
  if (entry.direction === 'given') {
    switch (entry.kind) {
      case 'intro': return `introduced ${who}${to}${at}`;
      case 'job': return `referred ${who}${to} for a job${at}`;
      case 'client': return `sent ${who} a client${other ? ` (${other})` : ''}${at}`;
      case 'advice': return `advised ${who}${at}`;
      default: return `helped ${who}${to}${at}`;
    }
  }
  switch (entry.kind) {
    case 'intro': return `${who} introduced me${to}${at}`;
    case 'job': return `${who} referred me${to} for a job${at}`;
    case 'client': return `${who} sent me a client${other ? ` (${other})` : ''}${at}`;
    case 'advice': return `${who} advised me${at}`;
    default: return `${who} helped me${to}${at}`;
  }
}

const signed = (value: number) => (value > 0 ? `+${value}` : String(value));

export function registerLedger(program: Command, shell: Shell): void {
  const ledger = program
    .command('ledger')
    .description('the referral ledger: introductions and referrals given and received, outcomes, balance, thank-yous')
    .addHelpText('after', '\nEvents are never edited: a later outcome is a new event (ledger outcome), a thank-you is an interaction (ledger thank).');

  ledger
    .command('add')
    .description('append a referral: "given" (I introduced/referred someone) or "received" (someone referred me)')
    .argument('<direction>', 'given or received')
    .requiredOption('--kind <kind>', 'intro, job, client, advice or other')
    .requiredOption('--contact <contact>', 'who I helped (given) or who helped me (received): id, LinkedIn URL, email or name')
    .option('--other <contact>', 'the second person: whom I introduced them to, or whom they introduced me to')
    .option('--company <name>', 'the company the referral was for')
    .option('--outcome <outcome>', 'meeting, interview, offer, hire or deal')
    .option('--on <date>', 'when it happened, YYYY-MM-DD (default: today)')
    .option('--note <text>', 'a note')
    .option('--json', 'print JSON')
    .action(async (direction: string, options: { kind: string; contact: string; other?: string; company?: string; outcome?: string; on?: string; note?: string; json?: boolean }, command: Command) => {
      const entry = await shell.withContext(command, async (context) => (await useCases()).addReferral(context, { direction, ...options }));
      if (options.json) return printJson(shell.output, entry);
      shell.output.out(`Recorded ${entry.id} on ${entry.occurredOn}: ${describeEntry(entry)}${entry.outcome ? `, outcome ${entry.outcome}` : ''}.`);
      if (entry.direction === 'received') shell.output.out(`Say thank you, then: referable ledger thank ${entry.contactId}`);
    });

  ledger
    .command('outcome')
    .description('append what a referral led to (a new event; the original is not changed)')
    .argument('<event>', 'the event id (see ledger list)')
    .argument('<outcome>', 'meeting, interview, offer, hire or deal')
    .option('--on <date>', 'when, YYYY-MM-DD (default: today)')
    .option('--note <text>', 'a note')
    .option('--json', 'print JSON')
    .action(async (eventId: string, outcome: string, options: { on?: string; note?: string; json?: boolean }, command: Command) => {
      const entry = await shell.withContext(command, async (context) => (await useCases()).recordOutcome(context, eventId, { outcome, on: options.on, note: options.note }));
      if (options.json) return printJson(shell.output, entry);
      shell.output.out(`Recorded ${entry.id} on ${entry.occurredOn}: ${describeEntry(entry)}.`);
    });

  ledger
    .command('list')
    .description('every event, oldest first')
    .option('--contact <contact>', 'only events with this person (either side)')
    .option('--json', 'print JSON')
    .action(async (options: { contact?: string; json?: boolean }, command: Command) => {
      const list = await shell.withContext(command, async (context) => (await useCases()).listLedger(context, options));
      if (options.json) return printJson(shell.output, list);
      if (list.length === 0) return shell.output.out('The ledger is empty. Record a referral: referable ledger add given --kind intro --contact "Ana Ruiz" --other "Sam Lee"');
      shell.output.out(
        table(
          ['id', 'date', 'direction', 'what', 'outcome', 'note'],
          list.map((entry) => [entry.id, entry.occurredOn, entry.direction, describeEntry(entry), entry.follows ? '' : entry.latestOutcome, plain(entry.note)]),
        ),
      );
    });

  ledger
    .command('balance')
    .description('given, received and balance per contact and overall, and reciprocity month by month')
    .option('--contact <contact>', 'only this person')
    .option('--json', 'print JSON')
    .action(async (options: { contact?: string; json?: boolean }, command: Command) => {
      const balance = await shell.withContext(command, async (context) => (await useCases()).ledgerBalance(context, options));
      if (options.json) return printJson(shell.output, balance);
      const { overall, months } = balance;
      const scope = balance.contact ? `With ${plain(balance.contact.name)}` : 'Overall';
      shell.output.out(`${scope}: given ${overall.given}, received ${overall.received}, balance ${signed(overall.balance)}`);
      if (!balance.contact && balance.perContact.length > 0) {
        shell.output.out(table(['contact', 'given', 'received', 'balance', 'last'], balance.perContact.map((row) => [plain(row.name), row.given, row.received, signed(row.balance), row.lastOn])));
      }
      const span = `${months[0].month}..${months[months.length - 1].month}`;
      shell.output.out(`given    ${sparkline(months.map((m) => m.given))}  ${span}`);
      shell.output.out(`received ${sparkline(months.map((m) => m.received))}`);
      shell.output.out(`balance  ${months.map((m) => signed(m.cumulativeBalance)).join(' ')}`);
      if (balance.thankYousOwed > 0) shell.output.out(`${balance.thankYousOwed} thank-you${balance.thankYousOwed === 1 ? '' : 's'} owed: referable ledger thanks`);
    });

  ledger
    .command('thanks')
    .description('thank-yous owed: referrals received with no thank-you since')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      const owed = await shell.withContext(command, async (context) => (await useCases()).thankYousOwed(context));
      if (options.json) return printJson(shell.output, owed);
      if (owed.length === 0) return shell.output.out('No thank-yous owed.');
      shell.output.out(
        table(
          ['contact', 'since', 'for', 'event'],
          owed.map((row) => [plain(row.name), row.occurredOn, `${row.kind}${row.company ? ` at ${plain(row.company)}` : ''}${row.outcome ? ` (${row.outcome})` : ''}`, row.eventId]),
        ),
      );
      shell.output.out('After thanking someone: referable ledger thank CONTACT');
    });

  ledger
    .command('thank')
    .description('record a thank-you sent (an interaction of kind thank-you; settles what is owed to that person)')
    .argument('<contact>', 'id, LinkedIn URL, email or name')
    .option('--on <date>', 'when, YYYY-MM-DD (default: today)')
    .option('--note <text>', 'a note')
    .option('--json', 'print JSON')
    .action(async (reference: string, options: { on?: string; note?: string; json?: boolean }, command: Command) => {
      const result = await shell.withContext(command, async (context) => (await useCases()).recordThankYou(context, reference, options));
      if (options.json) return printJson(shell.output, result);
      const settled = result.settled.length;
      shell.output.out(`Thank-you to ${plain(result.name)} recorded on ${result.on}${settled ? `; settles ${settled} referral${settled === 1 ? '' : 's'} received` : ''}.`);
    });
}
