// `referable contacts list|show|edit|tag|rate`: find people and keep what you know about them.
import { Option, type Command } from 'commander';
import { resolveStoreLocation } from '../../app/app-context.ts';
import { CONTACT_SORTS, EDITABLE_FIELDS, type ContactSort, type EditableField, type SortOrder } from '../../app/contact-options.ts';

/** The use cases load on demand: scoring pulls in the taxonomy and the market parser, which `import` never needs. */
const useCases = () => import('../../app/contacts.ts');
const updates = () => import('../../app/contact-update.ts');
import { ReferableError } from '../../core/errors.ts';
import { describePass } from '../../core/ties/pass-probability.ts';
import { plain, printJson, table } from '../output.ts';
import { wholeNumberOption } from '../option-parsers.ts';
import { globalOptions, type Shell } from '../shell.ts';


const kebab = (field: string) => field.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

const count = (n: number, noun: string) => `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;

/** Where the contacts live, as the user named it (a PostgreSQL password is not echoed). */
function storeLabel(command: Command, shell: Shell): string {
  const { db, workspace } = globalOptions(command);
  const location = resolveStoreLocation({ db, env: shell.env }).replace(/^(postgres(?:ql)?:\/\/[^:@/]+):[^@/]*@/i, '$1:***@');
  return `${location}${workspace && workspace !== 'default' ? ` (workspace ${workspace})` : ''}`;
}

interface ListOptions {
  search?: string;
  tag?: string;
  company?: string;
  inMarket?: boolean;
  seniority?: string;
  function?: string;
  sort: ContactSort;
  order?: SortOrder;
  limit?: number;
  offset?: number;
  json?: boolean;
}

/** An empty list says why: nothing imported yet, or which filter left nothing and what to loosen. */
function noMatch(options: ListOptions, inWorkspace: number, where: string): string {
  if (inWorkspace === 0) return `No contacts in ${where} yet. Import your network first: referable import ~/Downloads/Basic_LinkedInDataExport_*.zip`;
  const filters = [
    options.search !== undefined ? `--search ${JSON.stringify(options.search)}` : '',
    options.company !== undefined ? `--company ${JSON.stringify(options.company)}` : '',
    options.tag !== undefined ? `--tag ${JSON.stringify(options.tag)}` : '',
    options.inMarket ? '--in-market' : '',
    options.seniority !== undefined ? `--seniority ${JSON.stringify(options.seniority)}` : '',
    options.function !== undefined ? `--function ${JSON.stringify(options.function)}` : '',
  ].filter(Boolean);
  const hint = options.search && options.search.trim().includes(' ')
    ? 'try fewer words'
    : options.company
      ? `check the spelling, or try --search ${JSON.stringify(options.company)} (it also looks in titles and names)`
      : options.tag
        ? 'see the tags a contact has with: referable contacts show <name>'
        : options.seniority || options.function
          ? 'see the seniority and function of your contacts with: referable contacts list --json'
          : options.inMarket
          ? 'widen the market (lower its threshold or add companies), then: referable target set target.yaml'
          : 'try another word';
  return `No contact matches ${filters.join(' ')} among ${count(inWorkspace, 'contact')} in ${where}; ${filters.length > 1 ? 'drop a filter or ' : ''}${hint}.`;
}

export function registerContacts(program: Command, shell: Shell): void {
  const contacts = program.command('contacts').description('list, show and edit contacts');

  contacts
    .command('list')
    .description('list contacts (all of them with --json; 50 in the terminal unless --limit)')
    .option('-s, --search <words>', 'words that must appear in name, company, title, location, email or tags')
    .option('--tag <tag>', 'only contacts with this tag')
    .option('--company <name>', 'only contacts at this company (any spelling: "Acme Inc" = "ACME")')
    .option('--in-market', 'only contacts in your active target market')
    .option('--seniority <level>', 'only contacts at this seniority, as the fit column names it (e.g. director, vp)')
    .option('--function <name>', 'only contacts in this function (e.g. engineering, product)')
    .addOption(new Option('--sort <field>', 'order').choices([...CONTACT_SORTS]).default('name'))
    .addOption(new Option('--order <direction>', 'asc or desc (default: best fit, strongest and most recent first; names A to Z)').choices(['asc', 'desc']))
    .option('--limit <n>', 'at most n contacts', wholeNumberOption('--limit'))
    .option('--offset <n>', 'skip the first n', wholeNumberOption('--offset'))
    .option('--json', 'print JSON')
    .action(async (options: ListOptions, command: Command) => {
      const limit = options.limit ?? (options.json ? undefined : 50);
      const result = await shell.withContext(command, async (context) => (await useCases()).listContacts(context, { ...options, limit }));
      if (options.json) return printJson(shell.output, result.contacts);
      if (result.total === 0) return shell.output.out(noMatch(options, result.inWorkspace, storeLabel(command, shell)));
      if (result.contacts.length === 0) return shell.output.out(`--offset ${options.offset} is past the last of the ${count(result.total, 'matching contact')}.`);
      const scored = result.contacts.some((c) => c.fitReasons.length > 0 || c.fit > 0);
      // Sorted by strength, the order needs its reason on screen; "-" is no tie of yours (a teammate's contact).
      const strength = options.sort === 'strength';
      shell.output.out(
        table(
          ['id', 'name', 'company', 'title', 'connected', ...(strength ? ['strength'] : []), ...(scored ? ['fit', 'why'] : [])],
          result.contacts.map((c) => [
            c.id,
            plain(c.name),
            plain(c.company),
            plain(c.title),
            c.connectedOn,
            ...(strength ? [c.strength === null ? '-' : c.strength.toFixed(2)] : []),
            ...(scored ? [c.fit, plain(c.fitReasons.join('; '))] : []),
          ]),
        ),
      );
      const shown = result.contacts.length + (options.offset ?? 0);
      if (shown < result.total) shell.output.out(`${result.contacts.length} of ${result.total} shown; use --limit, --offset or --search for more.`);
    });

  contacts
    .command('show')
    .description('one contact with ties, signals and job history')
    .argument('<contact>', 'an id, LinkedIn URL, email or unambiguous name')
    .option('--json', 'print JSON')
    .action(async (reference: string, options: { json?: boolean }, command: Command) => {
      const contact = await shell.withContext(command, async (context) => (await useCases()).showContact(context, reference));
      if (options.json) return printJson(shell.output, contact);
      const lines = [
        `${plain(contact.name)}  (${contact.id})`,
        [contact.title, contact.company].filter(Boolean).map(plain).join(' at '),
        contact.location && plain(contact.location),
        contact.linkedinUrl,
        contact.emails.length ? `email: ${contact.emails.join(', ')}` : '',
        contact.phones.length ? `phone: ${contact.phones.map(plain).join(', ')}` : '',
        contact.tags.length ? `tags: ${contact.tags.map(plain).join(', ')}` : '',
        contact.rating !== null ? `rating: ${'★'.repeat(contact.rating)}${'☆'.repeat(5 - contact.rating)}` : '',
        contact.notes ? `notes: ${plain(contact.notes)}` : '',
      ].filter(Boolean);
      shell.output.out(lines.join('\n'));
      for (const tie of contact.ties) {
        const why = tie.strengthReasons.map((part) => `${part.detail} ${part.contribution >= 0 ? '+' : ''}${part.contribution.toFixed(2)}`).join(', ');
        shell.output.out(`tie: ${tie.member === 'me' ? 'you' : tie.member}, ${tie.kind}${tie.connectedOn ? ` since ${tie.connectedOn}` : ''}; strength ${tie.strength.toFixed(2)} (${why}); ${describePass(tie.strength)}`);
      }
      for (const event of contact.events) {
        shell.output.out(`${event.observedAt.slice(0, 10)} ${event.kind.replace('_', ' ')}: ${plain(event.before.title)} at ${plain(event.before.company)} -> ${plain(event.after.title)} at ${plain(event.after.company)}`);
      }
    });

  const edit = contacts
    .command('edit')
    .description('change fields by hand; edited fields are kept when you import again')
    .argument('<contact>', 'an id, LinkedIn URL, email or unambiguous name')
    .option('--json', 'print JSON');
  for (const field of EDITABLE_FIELDS) edit.option(`--${kebab(field)} <value>`, `new ${kebab(field).replace('-', ' ')}`);
  edit.action(async (reference: string, options: Record<string, string | boolean | undefined>, command: Command) => {
    const patch: Partial<Record<EditableField, string>> = {};
    for (const field of EDITABLE_FIELDS) if (typeof options[field] === 'string') patch[field] = options[field] as string;
    if (Object.keys(patch).length === 0) throw new ReferableError('INVALID_INPUT', `nothing to change; pass one of --${EDITABLE_FIELDS.join(', --')}`);
    // Through the one transactional update, so edits made at the same time by other writers are never lost.
    const contact = await shell.withContext(command, async (context) => (await updates()).updateContact(context, reference, { fields: patch }));
    if (options.json) return printJson(shell.output, contact);
    shell.output.out(`Updated ${plain(contact.name)} (${contact.id}): ${Object.keys(patch).join(', ')}. Imports will not overwrite these fields.`);
  });

  contacts
    .command('tag')
    .description('add or remove tags')
    .argument('<contact>', 'an id, LinkedIn URL, email or unambiguous name')
    .argument('[tags...]', 'tags to add; prefix with - to remove (e.g. -old)')
    .allowUnknownOption() // "-old" removes a tag: it is an argument, not an option
    .option('--json', 'print JSON')
    .action(async (reference: string, tags: string[], options: { json?: boolean }, command: Command) => {
      const stray = tags.find((tag) => tag.startsWith('--'));
      if (stray) throw new ReferableError('INVALID_INPUT', `unknown option "${stray}" for contacts tag; to remove a tag, prefix it with one dash (-old)`);
      const remove = tags.filter((tag) => tag.startsWith('-')).map((tag) => tag.slice(1));
      const add = tags.filter((tag) => !tag.startsWith('-'));
      if (add.length + remove.length === 0) throw new ReferableError('INVALID_INPUT', 'name at least one tag to add (word) or remove (-word)');
      const contact = await shell.withContext(command, async (context) => (await updates()).updateContact(context, reference, { addTags: add, removeTags: remove }));
      if (options.json) return printJson(shell.output, contact);
      shell.output.out(`${plain(contact.name)}: ${contact.tags.length ? contact.tags.map(plain).join(', ') : '(no tags)'}`);
    });

  contacts
    .command('link')
    .description('record that two contacts know each other (a tie the exports cannot show; used for warm paths)')
    .argument('<first>', 'a contact: id, LinkedIn URL, email or unambiguous name')
    .argument('<second>', 'another contact')
    .option('--remove', 'remove the link instead')
    .action(async (first: string, second: string, options: { remove?: boolean }, command: Command) => {
      const result = await shell.withContext(command, async (context) => (await useCases()).linkContacts(context, first, second, options));
      shell.output.out(`${plain(result.a.name)} and ${plain(result.b.name)} ${result.linked ? 'now know each other' : 'are no longer linked'}.`);
    });

  contacts
    .command('rate')
    .description('rate how well you know someone, 1-5 ("none" clears it); it feeds tie strength')
    .argument('<contact>', 'an id, LinkedIn URL, email or unambiguous name')
    .argument('<rating>', '1 to 5, or none')
    .option('--json', 'print JSON')
    .action(async (reference: string, value: string, options: { json?: boolean }, command: Command) => {
      const rating = value.toLowerCase() === 'none' ? null : Number(value);
      const contact = await shell.withContext(command, async (context) => (await updates()).updateContact(context, reference, { rating }));
      if (options.json) return printJson(shell.output, contact);
      shell.output.out(`${plain(contact.name)}: rating ${contact.rating ?? 'cleared'}`);
    });
}
