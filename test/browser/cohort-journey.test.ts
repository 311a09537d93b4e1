// Issue #14's "done when", in a real browser (Chromium, PostgreSQL), through the dashboard only: a coach signs in,
// creates a cohort and invites three members; each opens their link, lands in their own new workspace, imports their own
// (synthetic) LinkedIn export on the import page and chooses a different consent level; the coach sees the cohort page
// with each member's numbers as far as they consent; member A finds a two-hop warm path to a company through teammate
// B (by role, no names), sends a path request; B accepts in B's browser; A sees the names, and the introduction in A's ledger.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { zipSync } from 'fflate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CLI_ADMIN, openAccounts, type AccountsContext } from '../../src/app/accounts/accounts-context.ts';
import { addUser } from '../../src/app/accounts/users.ts';
import { randomId } from '../../src/app/random-id.ts';
import { startMultiUserServer } from '../../src/http/multi-user/start-multi-user.ts';
import { TEST_STORES } from '../support/test-stores.ts';
import { ensureBuilt, launchChromium, screenshotPath, WEB_DIST } from './dashboard-fixture.ts';
import { accessibilityViolations } from './layout-checks.ts';

const postgres = TEST_STORES.find((kind) => kind.name === 'postgres')!;
const PASSWORD = 'correct horse battery staple';

/** A LinkedIn export as LinkedIn makes it: a ZIP holding Connections.csv with its "Notes:" preamble. */
function linkedInExport(rows: [string, string, string, string][], tag: string): Buffer {
  const lines = rows.map(([first, last, company, title]) => `${first},${last},https://www.linkedin.com/in/${`${first}-${last}-${tag}`.toLowerCase()},,${company},${title},05 Jun 2024`);
  const csv = ['Notes:', '"When exporting your connection data, you may notice that some of the email addresses are missing."', '', 'First Name,Last Name,URL,Email Address,Company,Position,Connected On', ...lines, ''].join('\r\n');
  return Buffer.from(zipSync({ 'Connections.csv': new TextEncoder().encode(csv) }));
}

describe("a coach's cohort, end to end in the browser (PostgreSQL)", { skip: postgres.skip || false }, () => {
  const run = randomId().replace(/[^a-z0-9]/gi, '').slice(0, 8).toLowerCase();
  const target = `Contoso${run}`;
  const coach = `coach-${run}@example.org`;
  // A asks; B knows three people at the target; C shares everything. Each chooses a different level.
  const members = {
    a: { email: `ana-${run}@example.org`, level: 'aggregates', rows: [['Omar', `Own${run}`, `Fabrikam${run}`, 'Product Manager']] as [string, string, string, string][] },
    b: {
      email: `ben-${run}@example.org`,
      level: 'companies',
      rows: [
        ['Dana', `Director${run}`, target, 'Director of Engineering'],
        ['Eli', `Engineer${run}`, target, 'Software Engineer'],
        ['Fay', `Builder${run}`, target, 'Senior Software Engineer'],
        ['Gus', `Other${run}`, `Northwind${run}`, 'Account Executive'],
      ] as [string, string, string, string][],
    },
    c: { email: `cleo-${run}@example.org`, level: 'contacts', rows: [['Hana', `Open${run}`, `Litware${run}`, 'VP Marketing'], ['Ivo', `Visible${run}`, `Litware${run}`, 'Designer']] as [string, string, string, string][] },
  };
  let accounts: AccountsContext;
  let server: Awaited<ReturnType<typeof startMultiUserServer>>;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  before(async () => {
    ensureBuilt();
    accounts = await openAccounts(postgres.location());
    // The coach's account exists (an administrator made it); everything else happens in the browser.
    await addUser(accounts, CLI_ADMIN, coach, PASSWORD);
    server = await startMultiUserServer({ accounts, port: 0, host: '127.0.0.1', webRoot: WEB_DIST });
    browser = await launchChromium();
  });
  after(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
    await accounts?.store.close();
  });

  async function newPage(): Promise<Page> {
    // bypassCSP lets the accessibility check inject axe-core, as the layout test does.
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'], bypassCSP: true });
    contexts.push(context);
    return context.newPage();
  }

  const go = async (page: Page, label: string) => {
    await page.click(`nav >> text="${label}"`);
    await page.waitForSelector('#page-title');
  };

  /** Serious or critical axe findings on each team page as a user left it, collected and asserted at the end. */
  const violations: string[] = [];
  const checkAccessibility = async (page: Page, where: string) => {
    for (const violation of await accessibilityViolations(page)) violations.push(`${where}: ${violation}`);
  };

  it('runs from cohort creation to names revealed by an accepted path request', async () => {
    // The coach signs in, has no network of their own, and creates a cohort from the Cohort page.
    const coachPage = await newPage();
    await coachPage.goto(server.url);
    await coachPage.fill('#email', coach);
    await coachPage.fill('#password', PASSWORD);
    await Promise.all([coachPage.waitForURL(`${server.url}`), coachPage.click('button[type="submit"]')]);
    await coachPage.getByText('No network of your own here').waitFor();
    await go(coachPage, 'Cohort');
    await coachPage.getByText('No cohort to coach').waitFor();
    await coachPage.fill('input[name="cohort-name"]', `Spring ${run}`);
    await coachPage.fill('input[name="organisation"]', `Outplacement ${run}`);
    await coachPage.click('button:has-text("Create the cohort")');
    await coachPage.getByRole('heading', { name: `Cohort: Spring ${run}` }).waitFor();
    assert.equal(await coachPage.inputValue('#create-cohort input[name="organisation"]'), `Outplacement ${run}`, 'the next cohort goes to the same organisation unless changed');

    // Three invitations: each link shown once, with its expiry; all three listed as open.
    const links: Record<string, string> = {};
    for (const [key, member] of Object.entries(members)) {
      await coachPage.fill('input[name="invite-email"]', member.email);
      await coachPage.selectOption('select[name="invite-role"]', 'member');
      await coachPage.click('button:has-text("Invite")');
      const shown = coachPage.getByLabel(`Invitation link for ${member.email}`);
      await shown.waitFor();
      links[key] = await shown.inputValue();
      assert.match(links[key], new RegExp(`^${server.url.replace(/\/$/, '')}/invite\\?token=`));
      assert.match(await coachPage.locator('.invitation-link').innerText(), /valid until .+works once/s);
    }
    await coachPage.getByRole('heading', { name: 'Open invitations (3)' }).waitFor();
    await coachPage.click('button:has-text("Copy the link")');
    const copied = await coachPage.evaluate(() => (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText());
    assert.equal(copied, links.c, 'the link shown last is the one copied');
    // A fourth, to a mistyped address, is cancelled from the list.
    await coachPage.fill('input[name="invite-email"]', `typo-${run}@example.org`);
    await coachPage.click('button:has-text("Invite")');
    await coachPage.getByRole('heading', { name: 'Open invitations (4)' }).waitFor();
    coachPage.once('dialog', (dialog) => void dialog.accept());
    await coachPage.click(`button[aria-label="Cancel the invitation for typo-${run}@example.org"]`);
    await coachPage.getByRole('heading', { name: 'Open invitations (3)' }).waitFor();
    assert.equal(await coachPage.locator('.invitation-link').count(), 0, 'a cancelled link is not left on screen');
    await coachPage.screenshot({ path: screenshotPath('cohort-invitations'), fullPage: true });
    await checkAccessibility(coachPage, 'cohort page with invitations');

    // Each member joins by link, lands in their own workspace, imports their export, and chooses what to share.
    const pages: Record<string, Page> = {};
    for (const [key, member] of Object.entries(members)) {
      const page = await newPage();
      pages[key] = page;
      await page.goto(links[key]);
      await page.fill('#password', PASSWORD);
      await Promise.all([page.waitForURL(/\/\?workspace=/), page.click('button[type="submit"]')]);
      const workspace = new URL(page.url()).searchParams.get('workspace')!;
      assert.match(workspace, new RegExp(`^${member.email.split('@')[0]}-`), 'their own new workspace');
      // Their empty dashboard's next step is the import page.
      await page.getByRole('link', { name: 'Import your LinkedIn export' }).first().click();
      await page.locator('#import-file').waitFor({ state: 'attached' });
      assert.match(await page.locator('main').innerText(), /stays in your private workspace on this server/, 'no "on this machine" on a team server');
      if (key === 'a') await page.screenshot({ path: screenshotPath('cohort-member-import'), fullPage: true });
      await page.locator('#import-file').setInputFiles({ name: 'Basic_LinkedInDataExport.zip', mimeType: 'application/zip', buffer: linkedInExport(member.rows, run) });
      const report = page.locator('.import-report');
      await report.waitFor({ timeout: 60_000 });
      assert.equal(await report.locator('.stat', { hasText: 'added' }).locator('.stat-value').innerText(), String(member.rows.length));
      await go(page, 'Sharing');
      await page.locator(`.consent-panel input[value="${member.level}"]`).check();
      await page.locator('.consent-panel .success').waitFor();
      assert.match(await page.locator('.consent-panel .success').innerText(), /^Saved: you now share/);
      assert.ok(await page.locator(`.consent-panel input[value="${member.level}"]`).isChecked());
    }
    await pages.b.screenshot({ path: screenshotPath('cohort-sharing'), fullPage: true });
    await checkAccessibility(pages.b, 'sharing');

    // The coach sees each member as far as they consent: numbers for all three, companies for B, names for C only.
    await coachPage.reload();
    await go(coachPage, 'Cohort');
    await coachPage.locator('.cohort-table tbody tr').nth(2).waitFor();
    const rows = await coachPage.locator('.cohort-table tbody tr').allInnerTexts();
    for (const member of Object.values(members)) assert.ok(rows.some((row) => row.includes(member.email) && row.includes(member.level)), `${member.email} ${member.level}: ${rows.join(' | ')}`);
    await coachPage.screenshot({ path: screenshotPath('cohort-journey-coach'), fullPage: true });
    const drill = async (member: (typeof members)[keyof typeof members]) => {
      await coachPage.click(`.cohort-table a:has-text("${member.email}")`);
      await coachPage.getByRole('heading', { name: member.email }).waitFor();
      await coachPage.locator('.stat', { hasText: 'connections' }).waitFor();
      const text = await coachPage.locator('main').innerText();
      await coachPage.goBack();
      return text;
    };
    const seenA = await drill(members.a);
    assert.match(seenA, /aggregate counts only/);
    assert.ok(seenA.includes('1\nconnections'), seenA);
    assert.ok(!seenA.includes(`Fabrikam${run}`) && !seenA.includes(`Own${run}`), 'counts only for A');
    const seenB = await drill(members.b);
    assert.ok(seenB.includes(target) && seenB.includes('4\nconnections'), seenB);
    assert.ok(!seenB.includes(`Director${run}`), 'no names of B');
    await coachPage.click(`.cohort-table a:has-text("${members.c.email}")`);
    await coachPage.locator('#member-contacts').waitFor();
    await checkAccessibility(coachPage, 'member view');
    await coachPage.goBack();
    const seenC = await drill(members.c);
    assert.ok(seenC.includes(`Hana Open${run}`), 'C shares full contacts');

    // A searches the target company: B knows three people there, described by role, never by name.
    await go(pages.a, 'Teammates');
    await pages.a.fill('#warm-company', target);
    await pages.a.click('button:has-text("Search the cohort")');
    const path = pages.a.locator('.warm-path', { hasText: members.b.email });
    await path.waitFor();
    const sentence = await path.innerText();
    assert.match(sentence, new RegExp(`${members.b.email} \\(your cohort\\) knows 3 people at ${target}: 2 in engineering, 1 director`));
    assert.match(sentence, new RegExp(`two hops: you → ${members.b.email} → them`));
    assert.ok(!sentence.includes(`Director${run}`) && !sentence.includes('Dana'), 'no names before B accepts');
    await path.locator('button:has-text("Ask")').click();
    const draft = await path.locator('textarea').inputValue();
    assert.match(draft, new RegExp(`I am looking at ${target}.*\\(2 in engineering, 1 director\\)`), `the template's draft, to edit: ${draft}`);
    await path.locator('button:has-text("Send the request")').click();
    await path.getByText(`Request sent to ${members.b.email}`).waitFor();
    const sent = pages.a.locator('#sent .path-request').first();
    await sent.waitFor();
    assert.equal(await sent.getAttribute('data-state'), 'pending');
    assert.match(await sent.innerText(), /expires/);

    // B sees it in the inbox, with the templated message, and accepts.
    await go(pages.b, 'Teammates');
    const incoming = pages.b.locator('#inbox .path-request', { hasText: members.a.email });
    await incoming.waitFor();
    assert.match(await incoming.locator('.request-message').innerText(), new RegExp(target));
    await pages.b.screenshot({ path: screenshotPath('cohort-path-request-inbox'), fullPage: true });
    await incoming.locator('button:has-text("Accept and introduce")').click();
    await pages.b.locator('#inbox .path-request[data-state="accepted"]').waitFor();
    assert.match(await pages.b.locator('#inbox .path-request').innerText(), /introduction given/);

    // A sees the three names B knows at the target, and the introduction in the ledger's terms.
    await pages.a.reload();
    const accepted = pages.a.locator('#sent .path-request[data-state="accepted"]');
    await accepted.waitFor();
    const revealed = await accepted.locator('.revealed').innerText();
    for (const name of [`Dana Director${run}`, `Eli Engineer${run}`, `Fay Builder${run}`]) assert.ok(revealed.includes(name), `${name} in ${revealed}`);
    assert.ok(!revealed.includes(`Gus Other${run}`), 'only the people at the company asked about');
    assert.match(await accepted.innerText(), /introduction received/);
    await pages.a.screenshot({ path: screenshotPath('cohort-path-request-accepted'), fullPage: true });
    await checkAccessibility(pages.a, 'teammates with an accepted request');
    // Both ledgers hold it: A's Introductions page lists the introduction received, through B, about the company.
    await accepted.getByRole('link', { name: 'Introductions' }).click();
    const ledger = pages.a.locator('#ledger');
    await ledger.getByText(target).first().waitFor();
    assert.match(await ledger.innerText(), new RegExp(`ben-${run}`), 'the ledger entry names B');
    await checkAccessibility(pages.b, 'teammates inbox');
    assert.deepEqual(violations, []);
  });
});
