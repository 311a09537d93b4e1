// The multi-user server in a real browser (Chromium, PostgreSQL): two teammates sign in through the sign-in form, one
// changes what she shares with the cohort from her signed-in page (the session cookie is out of the page's reach, the
// CSRF cookie is what lets the change through), and the other sees the change in the cohort's pooled view at once.
// The dashboard has no consent page yet, so the change is made by the page's own fetch, as the dashboard would.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CLI_ADMIN, openAccounts, type AccountsContext } from '../../src/app/accounts/accounts-context.ts';
import { createCohort } from '../../src/app/accounts/cohorts.ts';
import { addUser } from '../../src/app/accounts/users.ts';
import { workspaceContext } from '../../src/app/accounts/workspace-context.ts';
import { createOwnedWorkspace } from '../../src/app/accounts/workspaces.ts';
import { bufferSource, importContacts } from '../../src/app/import-contacts.ts';
import { randomId } from '../../src/app/random-id.ts';
import { startMultiUserServer } from '../../src/http/multi-user/start-multi-user.ts';
import { putMembership } from '../../src/store/accounts/cohorts-repo.ts';
import { TEST_STORES } from '../support/test-stores.ts';
import { ensureBuilt, launchChromium, screenshotPath, WEB_DIST } from './dashboard-fixture.ts';

const postgres = TEST_STORES.find((kind) => kind.name === 'postgres')!;
const PASSWORD = 'correct horse battery staple';

describe('multi-user consent in a browser (PostgreSQL)', { skip: postgres.skip || false }, () => {
  const run = randomId().replace(/[^a-z0-9]/gi, '').slice(0, 8).toLowerCase();
  let accounts: AccountsContext;
  let server: Awaited<ReturnType<typeof startMultiUserServer>>;
  let browser: Browser;
  let cohortId = '';
  const people = { alex: `alex-${run}@example.org`, sam: `sam-${run}@example.org` };
  const company = `Consentco${run}`;

  before(async () => {
    ensureBuilt();
    accounts = await openAccounts(postgres.location());
    cohortId = (await createCohort(accounts, `Browser ${run}`, `Org ${run}`)).id;
    for (const [key, email] of Object.entries(people)) {
      const { user } = await addUser(accounts, CLI_ADMIN, email, PASSWORD);
      await createOwnedWorkspace(accounts, CLI_ADMIN, `${key}-${run}`, email);
      await putMembership(accounts.db, cohortId, user.id, 'member', new Date().toISOString());
    }
    const csv = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On', `Zoe,Private${run},https://www.linkedin.com/in/zoe-${run},,${company},CTO,05 Jun 2024`, ''].join('\n');
    await importContacts(workspaceContext(accounts, `alex-${run}`), { input: bufferSource('Connections.csv', new TextEncoder().encode(csv)) });
    server = await startMultiUserServer({ accounts, port: 0, host: '127.0.0.1', webRoot: WEB_DIST });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await accounts?.store.close();
  });

  async function signedIn(email: string): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    assert.match(page.url(), /\/sign-in$/, 'the dashboard asks for a sign-in first');
    await page.fill('#email', email);
    await page.fill('#password', PASSWORD);
    await Promise.all([page.waitForLoadState('load'), page.click('button[type="submit"]')]);
    await page.waitForLoadState('load');
    assert.equal(page.url(), server.url, `signed in and on the dashboard: ${(await page.textContent('body'))?.slice(0, 300)}`);
    return { context, page };
  }

  /** A request from the signed-in page, with the CSRF cookie's value as the header when asked (as the dashboard does). */
  const fetchFrom = (page: Page, path: string, init: { method?: string; body?: unknown; csrf?: boolean } = {}) =>
    page.evaluate(
      async ({ path, method, body, csrf }) => {
        // Runs in the page: its document, typed here without the DOM library.
        const cookies = (globalThis as unknown as { document: { cookie: string } }).document.cookie;
        const token = cookies.split('; ').find((part: string) => part.startsWith('referable_csrf='))?.split('=')[1] ?? '';
        const headers: Record<string, string> = { 'Content-Type': 'application/json' };
        if (csrf) headers['X-CSRF-Token'] = token;
        const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
        return { status: response.status, text: await response.text(), cookies };
      },
      { path, method: init.method ?? 'GET', body: init.body, csrf: init.csrf ?? false },
    );

  it('signs two teammates in; one shares companies and the other sees it in the pooled view, then sees it go', async () => {
    const alex = await signedIn(people.alex);
    const sam = await signedIn(people.sam);
    const pooled = `/api/cohorts/${encodeURIComponent(cohortId)}/pooled`;
    const consent = `/api/cohorts/${encodeURIComponent(cohortId)}/consent`;

    const before = await fetchFrom(sam.page, pooled);
    assert.equal(before.status, 200, before.text);
    assert.deepEqual(JSON.parse(before.text).members, [], 'Alex shares nothing yet');
    assert.ok(!before.cookies.includes('referable_session'), 'the session cookie is HttpOnly: no script reads it');

    const forged = await fetchFrom(alex.page, consent, { method: 'PUT', body: { level: 'companies' } });
    assert.equal(forged.status, 403, 'a change without the CSRF header is refused');
    const shared = await fetchFrom(alex.page, consent, { method: 'PUT', body: { level: 'companies' }, csrf: true });
    assert.equal(shared.status, 200, shared.text);

    const after = await fetchFrom(sam.page, pooled);
    const members = JSON.parse(after.text).members as { member: string; level: string; companies?: { company: string }[] }[];
    assert.deepEqual(members.map((m) => [m.member, m.level, m.companies?.map((c) => c.company)]), [[people.alex, 'companies', [company]]]);
    assert.ok(!after.text.includes(`Private${run}`), 'companies, never names');
    await sam.page.screenshot({ path: screenshotPath('multi-user-signed-in') });

    assert.equal((await fetchFrom(alex.page, consent, { method: 'PUT', body: { level: 'nothing' }, csrf: true })).status, 200);
    assert.deepEqual(JSON.parse((await fetchFrom(sam.page, pooled)).text).members, [], 'revoked: gone at once');
    await alex.context.close();
    await sam.context.close();
  });
});
