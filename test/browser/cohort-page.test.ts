// The coach's Cohort page in a real browser (Chromium, PostgreSQL): the coach of a seeded demo cohort signs in, opens
// the Cohort page from the menu, sees every member with the stalled one highlighted and no number for the member who
// shares nothing, sorts by a column, and finds the outcome report's links.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { openAccounts, type AccountsContext } from '../../src/app/accounts/accounts-context.ts';
import { seedCohortDemo, type CohortDemoSummary } from '../../src/app/accounts/cohort-demo.ts';
import { randomId } from '../../src/app/random-id.ts';
import { startMultiUserServer } from '../../src/http/multi-user/start-multi-user.ts';
import { TEST_STORES } from '../support/test-stores.ts';
import { ensureBuilt, launchChromium, screenshotPath, WEB_DIST } from './dashboard-fixture.ts';
import { cardCells, horizontalOverflow, sidewaysScrollers } from './layout-checks.ts';

const postgres = TEST_STORES.find((kind) => kind.name === 'postgres')!;

describe('the coach\'s Cohort page in a browser (PostgreSQL)', { skip: postgres.skip || false }, () => {
  let accounts: AccountsContext;
  let server: Awaited<ReturnType<typeof startMultiUserServer>>;
  let browser: Browser;
  let demo: CohortDemoSummary;

  before(async () => {
    ensureBuilt();
    accounts = await openAccounts(postgres.location());
    demo = await seedCohortDemo(accounts, { members: 4, connections: 60, tag: randomId().replace(/[^a-z0-9]/gi, '').slice(0, 8).toLowerCase() });
    server = await startMultiUserServer({ accounts, port: 0, host: '127.0.0.1', webRoot: WEB_DIST });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await accounts?.store.close();
  });

  /** The demo's coach, signed in, on the Cohort page opened from the menu. */
  async function coachOnCohortPage(viewport?: { width: number; height: number }) {
    const context = await browser.newContext(viewport ? { viewport } : {});
    const page = await context.newPage();
    await page.goto(server.url);
    await page.fill('#email', demo.coach.email);
    await page.fill('#password', demo.coach.password);
    await Promise.all([page.waitForLoadState('load'), page.click('button[type="submit"]')]);
    await page.waitForLoadState('load');
    await page.click('nav >> text=Cohort');
    await page.waitForSelector('.cohort-table tbody tr');
    return { context, page };
  }

  it('shows the members, the stalled one highlighted, sortable, with the outcome report links', async () => {
    const { context, page } = await coachOnCohortPage();
    const rows = await page.$$eval('.cohort-table tbody tr', (trs) => trs.map((tr) => ({ text: (tr as unknown as { textContent: string }).textContent, stalled: (tr as unknown as { className: string }).className })));
    assert.equal(rows.length, 4);
    const casey = rows.find((row) => row.text.includes('casey@'))!;
    assert.match(casey.text, /stalled/);
    assert.equal(casey.stalled, 'stalled');
    const avery = rows.find((row) => row.text.includes('avery@'))!;
    assert.match(avery.text, /shares nothing/);
    assert.doesNotMatch(avery.text.replace(/avery@[^\s]+/, ''), /\d/, 'no number for a member who shares nothing');
    await page.click('.cohort-table th >> text=Referrals given / received');
    await page.click('.cohort-table th >> text=Referrals given / received');
    await page.waitForFunction(() => (globalThis as unknown as { document: { querySelector: (s: string) => { getAttribute: (a: string) => string | null } | null } }).document.querySelector('.cohort-table th[aria-sort="descending"]') !== null);
    assert.ok(await page.$('a[href$="/outcomes?format=html"]'));
    assert.ok(await page.$('a[href$="/outcomes?format=csv"]'));
    // Any of the thirteen orders from the picker, e.g. the one a grouped column holds second.
    await page.selectOption('.cohort-table-tools select', 'offers');
    await page.waitForFunction(() => (globalThis as unknown as { document: { querySelector: (s: string) => unknown } }).document.querySelector('.cohort-table th[aria-sort]') === null);
    await page.screenshot({ path: screenshotPath('cohort-page') });
    await context.close();
  });

  it('fits a 1366 px laptop screen without scrolling sideways, and shows cards on a phone', async () => {
    const { context, page } = await coachOnCohortPage({ width: 1366, height: 900 });
    assert.equal(await horizontalOverflow(page), 0, 'the page does not scroll sideways at 1366 px');
    const sticksOut = (await page.evaluate(`(() => {
      const table = document.querySelector('.cohort-table');
      return Math.round(table.getBoundingClientRect().right - table.parentElement.getBoundingClientRect().right);
    })()`)) as number;
    assert.ok(sticksOut <= 1, `the members table sticks out of its panel by ${sticksOut} px at 1366 px`);
    assert.deepEqual(await sidewaysScrollers(page), []);
    await page.screenshot({ path: screenshotPath('cohort-page-1366') });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForFunction(() => (globalThis as unknown as { innerWidth: number }).innerWidth === 390);
    assert.equal(await horizontalOverflow(page), 0, 'no sideways scrolling on a phone');
    // Sorted by member: Avery (shares nothing) first, then Blake, who shares counts and more.
    const cells = await cardCells(page, '.cohort-table tbody tr:nth-child(2)');
    assert.deepEqual(cells.map((cell) => /^"(.*): "/.exec(cell.label)?.[1]), ['Shares', 'In market / goal', 'Index (trend)', 'Plan done / planned', 'Intros given / received', 'Referrals given / received', 'Interviews / offers', 'Days quiet']);
    assert.ok(cells.every((cell) => cell.onScreen), 'a member is a card, every cell on screen');
    await context.close();
  });

  it("lets the coach open a member's shared workspace from the header's workspace picker", async () => {
    const { context, page } = await coachOnCohortPage();
    const options = await page.$$eval('.workspace-switcher option', (list) => list.map((option) => (option as unknown as { textContent: string }).textContent));
    // Blake (counts), Casey (companies) and Devon (contacts) share; Avery shares nothing and is not offered.
    assert.equal(options.filter((text) => /^demo-/.test(text)).length, 3);
    assert.ok(!options.some((text) => text.includes('avery')));
    const casey = await page.$eval('.workspace-switcher option:has-text("demo-casey")', (option) => (option as unknown as { value: string }).value);
    await page.selectOption('.workspace-switcher select', casey);
    await page.waitForSelector('text=shares companies and titles, never names');
    assert.match(page.url(), /#\/cohort\/member\?cohort=.+&workspace=demo-casey/);
    await context.close();
  });
});
