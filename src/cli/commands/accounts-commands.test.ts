// The admin commands on PostgreSQL (users add, token create) and their refusal on a SQLite file.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { existsSync, writeFileSync } from 'node:fs';
import { after, describe, it } from 'node:test';
import { Command } from 'commander';
import { openAccounts } from '../../app/accounts/accounts-context.ts';
import { userForToken } from '../../app/accounts/api-tokens.ts';
import { randomId } from '../../app/random-id.ts';
import { signIn } from '../../app/accounts/sessions.ts';
import { listAudit } from '../../store/accounts/audit-repo.ts';
import { temporaryFolder, TEST_STORES } from '../../../test/support/test-stores.ts';
import { main } from '../main.ts';
import { createShell } from '../shell.ts';
import { registerAccountCommands } from './accounts-commands.ts';

const postgres = TEST_STORES.find((kind) => kind.name === 'postgres')!;
const ENV = { REFERABLE_NOW: '2026-11-25T12:00:00Z', NO_COLOR: '1' };

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, output: { out: (text: string) => out.push(text), err: (text: string) => err.push(text) } };
}

/** The account commands alone, with standard input injected (the real one may be the test runner's pipe). */
async function admin(args: string[], stdin: string | null) {
  const { out, err, output } = capture();
  const program = new Command('referable').option('--db <path>').option('--workspace <name>', '', 'default').exitOverride();
  registerAccountCommands(program, createShell(output, ENV), { readStdin: () => stdin });
  await program.parseAsync(['node', 'referable', ...args]);
  return { out, err };
}

describe('account commands', () => {
  it('refuse on a SQLite file, naming --db and DATABASE_URL, and leave no file behind', async () => {
    const file = join(temporaryFolder(), 'one-person.db');
    for (const args of [['users', 'list'], ['users', 'add', 'a@example.org'], ['token', 'create', 'a@example.org'], ['workspace', 'create', 'w', '--owner', 'a@example.org'], ['cohort', 'members', 'c'], ['serve', '--multi-user', '--port', '0'], ['consent', 'show'], ['consent', 'set', '--cohort', 'c', '--level', 'companies'], ['reach', '--cohort', 'c']]) {
      const { out, err, output } = capture();
      const code = await main(['node', 'referable', '--db', file, ...args], output, ENV);
      assert.equal(code, 2, args.join(' '));
      assert.match(err.join('\n'), /accounts need PostgreSQL: give the URL with --db or DATABASE_URL/);
      assert.deepEqual(out, []);
    }
    assert.equal(existsSync(file), false);
  });
});

describe('account commands (PostgreSQL)', { skip: postgres.skip || false }, () => {
  const url = postgres.location();
  const opened: { close(): Promise<void> }[] = [];
  after(async () => {
    for (const store of opened) await store.close();
  });

  it('users add takes the password from standard input; token create prints only a working token on stdout', async () => {
    const email = `admin-test-${randomId()}@example.org`;
    const added = await admin(['--db', url, 'users', 'add', email], 'a long enough password\n');
    assert.deepEqual(added.out, [`Added ${email}.`]);
    const { out, err, output } = capture();
    assert.equal(await main(['node', 'referable', '--db', url, 'token', 'create', email, '--label', 'ci'], output, ENV), 0);
    assert.equal(out.length, 1);
    assert.match(out[0], /^rfb_[A-Za-z0-9_-]{43}$/);
    assert.match(err.join('\n'), /not shown again; revoke it with "referable token revoke \w+"/);

    const accounts = await openAccounts(url, { now: () => new Date(ENV.REFERABLE_NOW) });
    opened.push(accounts.store);
    assert.equal((await userForToken(accounts, out[0]))?.email, email);
    assert.equal((await signIn(accounts, { email, password: 'a long enough password', ip: '' })).user.email, email);
    const events = await listAudit(accounts.db, { subject: email });
    assert.ok(events.some((event) => event.action === 'user-add' && event.actorId === ''), 'the CLI administrator is recorded as ""');
  });

  it('users add without input generates a password, prints it once, and it signs in', async () => {
    const email = `admin-test-${randomId()}@example.org`;
    const added = await admin(['--db', url, 'users', 'add', email], null);
    const password = /Password \(shown once, give it to them privately\): (\S+)$/.exec(added.out[1])?.[1];
    assert.ok(password, added.out.join('\n'));
    const accounts = await openAccounts(url, { now: () => new Date(ENV.REFERABLE_NOW) });
    opened.push(accounts.store);
    assert.equal((await signIn(accounts, { email, password, ip: '' })).user.email, email);
    await assert.rejects(admin(['--db', url, 'users', 'add', email.toUpperCase()], null), /already an account/);
  });

  it('consent set and show a member\'s sharing per cohort (audited), and reach --cohort counts the second degree it allows', async () => {
    const id = randomId().replace(/[^a-z0-9]/gi, '').slice(0, 8);
    const [sam, alex] = [`sam-${id}@example.org`, `alex-${id}@example.org`];
    await admin(['--db', url, 'users', 'add', sam], 'a long enough password\n');
    await admin(['--db', url, 'users', 'add', alex], 'a long enough password\n');
    await admin(['--db', url, 'workspace', 'create', `sam-${id}`, '--owner', sam], null);
    await admin(['--db', url, 'workspace', 'create', `alex-${id}`, '--owner', alex], null);
    await admin(['--db', url, 'cohort', 'create', `Cohort ${id}`, '--org', `Org ${id}`], null);
    const accounts = await openAccounts(url, { now: () => new Date(ENV.REFERABLE_NOW) });
    opened.push(accounts.store);
    const { requireCohort } = await import('../../app/accounts/cohorts.ts');
    const { putMembership } = await import('../../store/accounts/cohorts-repo.ts');
    const { findUserByEmail } = await import('../../store/accounts/users-repo.ts');
    const cohort = await requireCohort(accounts, `Cohort ${id}`);
    for (const email of [sam, alex]) await putMembership(accounts.db, cohort.id, (await findUserByEmail(accounts.db, email))!.id, 'member', ENV.REFERABLE_NOW);
    const folder = temporaryFolder();
    const write = (name: string, rows: string[]) => {
      const path = join(folder, name);
      writeFileSync(path, ['First Name,Last Name,URL,Email Address,Company,Position,Connected On', ...rows, ''].join('\n'));
      return path;
    };
    const run = async (args: string[]) => {
      const { out, err, output } = capture();
      const code = await main(['node', 'referable', '--db', url, ...args], output, ENV);
      return { code, out, err };
    };
    assert.equal((await run(['--workspace', `sam-${id}`, 'import', write('sam.csv', ['Pat,Shared,https://www.linkedin.com/in/pat-shared-x,,Contoso,Engineer,05 Jun 2024'])])).code, 0);
    assert.equal((await run(['--workspace', `alex-${id}`, 'import', write('alex.csv', ['Pat,Shared,https://www.linkedin.com/in/pat-shared-x,,Contoso,Engineer,05 Jun 2024', 'Rae,Other,https://www.linkedin.com/in/rae-other-x,,Globex,Director,05 Jun 2024'])])).code, 0);

    const none = await run(['--workspace', `sam-${id}`, 'reach', '--runs', '100', '--cohort', `Cohort ${id}`]);
    assert.equal(none.code, 0, none.err.join('\n'));
    assert.match(none.out.join('\n'), /2 hops: no second degree to count: no teammate in this cohort shares their network yet/);

    const set = await admin(['--db', url, '--workspace', `alex-${id}`, 'consent', 'set', '--cohort', `Cohort ${id}`, '--level', 'companies'], null);
    assert.deepEqual(set.out, [`${alex} now shares with "Cohort ${id}": companies and titles of your contacts, never their names; teammates can ask you for an introduction.`]);
    const shown = await admin(['--db', url, 'consent', 'show', '--user', alex, '--json'], null);
    const parsed = JSON.parse(shown.out.join('\n')) as { consents: { level: string; changedBy: string }[] };
    assert.deepEqual(parsed.consents.map((c) => [c.level, c.changedBy]), [['companies', 'an administrator']]);
    assert.ok((await listAudit(accounts.db, { subject: alex })).some((event) => event.action === 'consent-change' && event.detail.to === 'companies'));

    const reach = await run(['--workspace', `sam-${id}`, 'reach', '--runs', '100', '--cohort', `Cohort ${id}`]);
    assert.match(reach.out.join('\n'), /1 hop \(your own network\): 1 people, 0 in market\n  2 hops \(your teammates' people you do not know yet\): 1 people, 0 in market, over 2 teammate ties \(1 of them to people you know already\)/);
    assert.ok(!reach.out.join('\n').includes('Rae'), 'a companies-level teammate\'s names never show');
  });
});
