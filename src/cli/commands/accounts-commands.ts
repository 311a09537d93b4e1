// Administering a multi-user server on PostgreSQL: `referable users|token|workspace|cohort ...`. Each opens the
// database named by --db or DATABASE_URL as its administrator; on a SQLite file they refuse (no accounts there).
import { fstatSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { openAccounts, CLI_ADMIN, type AccountsContext } from '../../app/accounts/accounts-context.ts';
import { resolveStoreLocation } from '../../app/app-context.ts';
import { ReferableError } from '../../core/errors.ts';
import { printJson, table } from '../output.ts';
import { globalOptions, type Shell } from '../shell.ts';

export interface AccountCommandOptions {
  /** The password given on standard input, or null when none is (a terminal, /dev/null): tests inject it. */
  readStdin?: () => string | null;
}

/** Standard input only when it is a pipe or a file: a terminal or /dev/null means "generate one". */
function processStdin(): string | null {
  try {
    const stat = fstatSync(0);
    if (!stat.isFIFO() && !stat.isFile()) return null;
    return readFileSync(0, 'utf8');
  } catch {
    return null;
  }
}

const DEFAULT_SERVER_URL = 'http://127.0.0.1:4321';

export function registerAccountCommands(program: Command, shell: Shell, options: AccountCommandOptions = {}): void {
  const readStdin = options.readStdin ?? processStdin;
  const useCases = {
    users: () => import('../../app/accounts/users.ts'),
    tokens: () => import('../../app/accounts/api-tokens.ts'),
    workspaces: () => import('../../app/accounts/workspaces.ts'),
    cohorts: () => import('../../app/accounts/cohorts.ts'),
    consents: () => import('../../app/accounts/consents.ts'),
  };

  async function withAccounts<T>(command: Command, what: string, work: (ctx: AccountsContext) => Promise<T>): Promise<T> {
    const { db } = globalOptions(command);
    const ctx = await openAccounts(resolveStoreLocation({ db, env: shell.env }), { now: shell.now }, what);
    try {
      return await work(ctx);
    } finally {
      await ctx.store.close();
    }
  }

  const users = program.command('users').description('accounts on a multi-user server (PostgreSQL): add, list, disable');
  users
    .command('add')
    .description('add an account; the password comes from standard input (first line), or one is generated and printed once')
    .argument('<email>')
    .option('--json', 'print JSON')
    .action(async (email: string, opts: { json?: boolean }, command: Command) => {
      const piped = readStdin();
      const password = piped === null ? undefined : piped.split(/\r?\n/)[0];
      if (password === '') throw new ReferableError('INVALID_INPUT', 'standard input is empty: pipe the password in, or run without input to have one generated');
      const added = await withAccounts(command, 'users add', async (ctx) => (await useCases.users()).addUser(ctx, CLI_ADMIN, email, password));
      if (opts.json) return printJson(shell.output, { ...added.user, generatedPassword: added.generatedPassword });
      shell.output.out(`Added ${added.user.email}.`);
      if (added.generatedPassword) shell.output.out(`Password (shown once, give it to them privately): ${added.generatedPassword}`);
    });
  users
    .command('list')
    .description('every account, with whether it is disabled')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }, command: Command) => {
      const list = await withAccounts(command, 'users list', async (ctx) => (await useCases.users()).listUsers(ctx));
      if (opts.json) return printJson(shell.output, list);
      if (list.length === 0) return shell.output.out('No accounts yet: referable users add EMAIL');
      shell.output.out(table(['email', 'status', 'created'], list.map((user) => [user.email, user.disabled ? 'disabled' : 'active', user.createdAt.slice(0, 10)])));
    });
  users
    .command('disable')
    .description('disable an account: signed out everywhere, its API tokens stop working')
    .argument('<email>')
    .action(async (email: string, _opts: unknown, command: Command) => {
      const user = await withAccounts(command, 'users disable', async (ctx) => (await useCases.users()).disableUser(ctx, CLI_ADMIN, email));
      shell.output.out(`Disabled ${user.email}; their sessions ended.`);
    });

  const token = program.command('token').description('personal API tokens for scripts and the CLI (PostgreSQL)');
  token
    .command('create')
    .description('make an API token for an account; prints only the token on standard output (shown once)')
    .argument('<email>')
    .option('--label <text>', 'what it is for', '')
    .action(async (email: string, opts: { label: string }, command: Command) => {
      const created = await withAccounts(command, 'token create', async (ctx) => (await useCases.tokens()).createApiToken(ctx, CLI_ADMIN, email, opts.label));
      shell.output.out(created.token);
      shell.output.err(`Token ${created.id} for ${email.trim().toLowerCase()}: send it as "Authorization: Bearer <token>". It is not shown again; revoke it with "referable token revoke ${created.id}".`);
    });
  token
    .command('revoke')
    .description('revoke an API token by its id (as "token create" printed it)')
    .argument('<id>')
    .action(async (id: string, _opts: unknown, command: Command) => {
      await withAccounts(command, 'token revoke', async (ctx) => (await useCases.tokens()).revokeApiToken(ctx, CLI_ADMIN, id));
      shell.output.out(`Revoked token ${id}.`);
    });

  // `workspace` (singular) is the admin's; the global --workspace option names one for the other commands.
  const workspace = program.command('workspace').description("members' private workspaces on a multi-user server (PostgreSQL)");
  workspace
    .command('create')
    .description("create a member's private workspace (import into it with --workspace NAME)")
    .argument('<name>')
    .requiredOption('--owner <email>', 'the account that owns it')
    .action(async (name: string, opts: { owner: string }, command: Command) => {
      const created = await withAccounts(command, 'workspace create', async (ctx) => (await useCases.workspaces()).createOwnedWorkspace(ctx, CLI_ADMIN, name, opts.owner));
      shell.output.out(`Created the workspace "${created.id}", private to ${created.owner}. Import into it: referable --db URL --workspace ${created.id} import FILE`);
    });

  const cohort = program.command('cohort').description('cohorts of a multi-user server (PostgreSQL): create, invite, members, remove');
  cohort
    .command('create')
    .description('create a cohort in an organisation')
    .argument('<name>')
    .option('--org <name>', 'the organisation (made if new)', 'default')
    .action(async (name: string, opts: { org: string }, command: Command) => {
      const created = await withAccounts(command, 'cohort create', async (ctx) => (await useCases.cohorts()).createCohort(ctx, name, opts.org));
      shell.output.out(`Created the cohort "${created.name}" (id ${created.id}) in ${created.orgName}. Invite people: referable cohort invite ${JSON.stringify(created.name)} EMAIL --role member`);
    });
  cohort
    .command('invite')
    .description('invite someone with a one-time link (printed; valid 14 days)')
    .argument('<cohort>')
    .argument('<email>')
    .requiredOption('--role <role>', 'owner, coach, member or viewer')
    .option('--url <url>', 'the server address people open', DEFAULT_SERVER_URL)
    .action(async (cohortName: string, email: string, opts: { role: string; url: string }, command: Command) => {
      const invited = await withAccounts(command, 'cohort invite', async (ctx) => (await useCases.cohorts()).inviteToCohort(ctx, CLI_ADMIN, cohortName, email, opts.role));
      shell.output.out(`${opts.url.replace(/\/+$/, '')}/invite?token=${invited.token}`);
      shell.output.err(`One-time link for ${invited.email} as ${invited.role} of "${invited.cohort.name}", valid until ${invited.expiresAt.slice(0, 10)}. Send it privately.`);
    });
  cohort
    .command('members')
    .description("a cohort's members and roles")
    .argument('<cohort>')
    .option('--json', 'print JSON')
    .action(async (cohortName: string, opts: { json?: boolean }, command: Command) => {
      const { cohort: found, members } = await withAccounts(command, 'cohort members', async (ctx) => (await useCases.cohorts()).membersOf(ctx, cohortName));
      if (opts.json) return printJson(shell.output, { cohort: { id: found.id, name: found.name, organisation: found.orgName }, members });
      if (members.length === 0) return shell.output.out(`"${found.name}" has no members yet: referable cohort invite ${JSON.stringify(found.name)} EMAIL --role member`);
      shell.output.out(table(['email', 'role', 'since', 'status'], members.map((m) => [m.email, m.role, m.since.slice(0, 10), m.disabled ? 'disabled' : 'active'])));
    });
  cohort
    .command('remove')
    .description('take someone out of a cohort (their account and workspace stay)')
    .argument('<cohort>')
    .argument('<email>')
    .action(async (cohortName: string, email: string, _opts: unknown, command: Command) => {
      await withAccounts(command, 'cohort remove', async (ctx) => (await useCases.cohorts()).removeFromCohort(ctx, CLI_ADMIN, cohortName, email));
      shell.output.out(`Removed ${email.trim().toLowerCase()} from "${cohortName}".`);
    });

  // What a member shares with each cohort. An administrator runs it for a member (--user EMAIL, or the owner of
  // --workspace NAME); members change their own in the browser or with PUT /api/cohorts/{cohort}/consent.
  const consent = program.command('consent').description("what a member shares with their cohorts (PostgreSQL): nothing (default), aggregates, companies, contacts");
  consent
    .command('show')
    .description("a member's consent to each of their cohorts, and what it shows")
    .option('--user <email>', 'the member (default: the owner of --workspace)')
    .option('--json', 'print JSON')
    .action(async (opts: { user?: string; json?: boolean }, command: Command) => {
      const { workspace: workspaceName } = globalOptions(command);
      const { subject, views } = await withAccounts(command, 'consent show', async (ctx) => {
        const cases = await useCases.consents();
        const who = await cases.consentSubject(ctx, { email: opts.user, workspace: workspaceName });
        return { subject: who, views: await cases.consentsFor(ctx, who.id) };
      });
      if (opts.json) return printJson(shell.output, { user: subject.email, consents: views });
      if (views.length === 0) return shell.output.out(`${subject.email} is in no cohort yet.`);
      shell.output.out(table(['cohort', 'role', 'shares', 'changed'], views.map((v) => [v.cohort.name, v.role, v.means, v.changedAt ? `${v.changedAt.slice(0, 10)} by ${v.changedBy}` : 'never (private by default)'])));
    });
  consent
    .command('set')
    .description('change what a member shares with a cohort; takes effect in every pooled view at once, and is audited')
    .requiredOption('--cohort <name>', 'the cohort (name or id)')
    .requiredOption('--level <level>', 'nothing, aggregates, companies or contacts')
    .option('--user <email>', 'the member (default: the owner of --workspace)')
    .option('--json', 'print JSON')
    .action(async (opts: { cohort: string; level: string; user?: string; json?: boolean }, command: Command) => {
      const { workspace: workspaceName } = globalOptions(command);
      const { subject, view } = await withAccounts(command, 'consent set', async (ctx) => {
        const cases = await useCases.consents();
        const who = await cases.consentSubject(ctx, { email: opts.user, workspace: workspaceName });
        return { subject: who, view: await cases.setConsent(ctx, CLI_ADMIN, who.id, opts.cohort, opts.level) };
      });
      if (opts.json) return printJson(shell.output, { user: subject.email, ...view });
      shell.output.out(`${subject.email} now shares with "${view.cohort.name}": ${view.means}.`);
    });
}
