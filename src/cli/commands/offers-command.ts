// `referable offers add|list|close`: what your contacts can help with, stated by you or derived from your data.
import type { Command } from 'commander';
import { OFFER_SOURCES } from '../../core/referrals/offer.ts';

/** Loaded on demand: deriving offers reads the whole network. */
const useCases = () => import('../../app/offers.ts');
import { plain, printJson, table } from '../output.ts';
import { wholeNumberOption } from '../option-parsers.ts';
import type { Shell } from '../shell.ts';


export function registerOffers(program: Command, shell: Shell): void {
  const offers = program
    .command('offers')
    .description('what contacts can help with: stated by you, or derived from positions, skills, endorsements and tags');

  offers
    .command('add')
    .description('state what a contact can help with')
    .argument('<contact>', 'an id, LinkedIn URL, email or unambiguous name')
    .argument('<text>', 'what they know or can do, e.g. "SOC 2, ISO 27001 compliance"')
    .option('--json', 'print JSON')
    .action(async (contact: string, text: string, options: { json?: boolean }, command: Command) => {
      const offer = await shell.withContext(command, async (context) => (await useCases()).addOffer(context, { contact, text }));
      if (options.json) return printJson(shell.output, offer);
      shell.output.out(`Added offer ${offer.id}  ${plain(offer.contact.name)}: "${plain(offer.text)}"`);
    });

  offers
    .command('list')
    .description('offers with their source (all of them with --json; 50 in the terminal unless --limit)')
    .option('--status <status>', 'open, closed or all (closed applies to stated offers)', 'open')
    .option('--contact <contact>', "only this contact's offers")
    .option('--source <source>', `only one source: ${OFFER_SOURCES.join(', ')}`)
    .option('--limit <n>', 'at most n offers', wholeNumberOption('--limit'))
    .option('--offset <n>', 'skip the first n', wholeNumberOption('--offset'))
    .option('--json', 'print JSON')
    .action(async (options: { status: string; contact?: string; source?: string; limit?: number; offset?: number; json?: boolean }, command: Command) => {
      const limit = options.limit ?? (options.json ? undefined : 50);
      const result = await shell.withContext(command, async (context) => (await useCases()).listOffers(context, { ...options, limit }));
      if (options.json) return printJson(shell.output, result.offers);
      if (result.total === 0) return shell.output.out('No offers match. State one: referable offers add "Sam Lee" "SOC 2, ISO 27001 compliance"');
      shell.output.out(table(['id', 'contact', 'offer', 'source', 'status'], result.offers.map((o) => [o.id ?? '(derived)', plain(o.contact.name), plain(o.text), o.source, o.status])));
      const shown = result.offers.length + (options.offset ?? 0);
      if (shown < result.total) shell.output.out(`${result.offers.length} of ${result.total} shown; use --limit, --offset, --source or --contact for more.`);
    });

  offers
    .command('close')
    .description('close a stated offer (derived offers follow your data and cannot be closed)')
    .argument('<id>', 'the offer id (see: referable offers list --source stated)')
    .option('--json', 'print JSON')
    .action(async (id: string, options: { json?: boolean }, command: Command) => {
      const offer = await shell.withContext(command, async (context) => (await useCases()).closeOffer(context, id));
      if (options.json) return printJson(shell.output, offer);
      shell.output.out(`Closed offer ${offer.id}  ${plain(offer.contact.name)}: "${plain(offer.text)}"`);
    });
}
