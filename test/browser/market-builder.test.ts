// The market builder in a real browser, as a person who never opens a terminal uses it: from the overview's "define
// your market" button to a builder that starts from their own network, a function picked, the live count moving,
// a refused save naming the field, a saved market, and the overview counting in-market contacts as the preview did.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { referable } from '../support/run-cli.ts';
import { temporaryFolder } from '../support/test-stores.ts';
import { ensureBuilt, launchChromium, screenshotPath, startDashboard, type Dashboard } from './dashboard-fixture.ts';

/** A small network with no market yet: product people, engineers and salespeople at four companies, and marketers. */
function networkCsv(): string {
  const rows: string[] = ['First Name,Last Name,Company,Position,Connected On'];
  const people: [string, string, number][] = [
    ['Ledgerlark', 'Product Manager', 6],
    ['Ledgerlark', 'Director of Product', 2],
    ['Paysprig', 'Software Engineer', 7],
    ['Paysprig', 'Senior Product Manager', 3],
    ['Fernwallet', 'Sales Manager', 5],
    ['Fernwallet', 'Account Executive', 3],
    ['Kestrel Labs', 'Sales Director', 4],
    ['Elsewhere Inc', 'Nurse', 1],
  ];
  // Marketers, each at a company nobody else works at: no target company, so only a picked function brings them in.
  for (let i = 1; i <= 6; i++) people.push([`Solo Studio ${i}`, 'Marketing Specialist', 1]);
  let n = 0;
  for (const [company, title, times] of people) {
    for (let i = 0; i < times; i++) rows.push(`Person${++n},Builder,${company},${title},0${(n % 9) + 1} Oct 2026`);
  }
  return `${rows.join('\n')}\n`;
}

async function shownCount(page: Page): Promise<number> {
  return Number((await page.getByTestId('preview-in-market').innerText()).replace(/,/g, ''));
}

/**
 * The live count once it has settled (no preview in flight) on a value other than `other`: the preview is debounced.
 * Polled from the test, since the dashboard's content security policy forbids evaluating strings in the page.
 */
async function settledCount(page: Page, other = Number.NaN): Promise<number> {
  for (let waited = 0; waited < 15_000; waited += 100) {
    const busy = await page.locator('.market-preview').getAttribute('aria-busy');
    const shown = (await page.getByTestId('preview-in-market').count()) > 0 ? await shownCount(page) : Number.NaN;
    if (busy === 'false' && !Number.isNaN(shown) && shown !== other) return shown;
    await page.waitForTimeout(100);
  }
  throw new Error(`the preview count did not settle on a value other than ${other}`);
}

describe('market builder in a browser', () => {
  let server: Dashboard;
  let browser: Browser;

  before(async () => {
    ensureBuilt();
    const folder = temporaryFolder();
    const db = join(folder, 'builder.db');
    const csv = join(folder, 'network.csv');
    writeFileSync(csv, networkCsv());
    const imported = referable(['import', csv, '--source', 'csv', '--db', db, '--json'], folder);
    assert.equal(imported.code, 0, imported.stderr);
    server = await startDashboard(db);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('with contacts but no market, no page shows a red error: each says what to do next', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of ['/', '/week', '/network', '/word-of-mouth', '/intros', '/contacts', '/target']) {
      await page.goto(`${server.url}/#${path}`);
      await page.locator('h1#page-title').waitFor();
      // Pages settle once their requests answer; a red error would be painted by then.
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      const red = await page.locator('main .error').allInnerTexts();
      if (red.length > 0) problems.push(`${path}: ${red.join(' | ').replace(/\s+/g, ' ').slice(0, 200)}`);
      const text = await page.locator('main').innerText();
      if (/referable (target|import|init)/.test(text)) problems.push(`${path} tells the user to type a command`);
      await page.screenshot({ path: screenshotPath(`no-market${path.replace(/\//g, '-')}`), fullPage: true });
    }
    assert.deepEqual(problems, []);
    await page.goto(`${server.url}/#/`);
    await page.getByRole('link', { name: 'Define your target market' }).waitFor();
    await context.close();
  });

  it('goes from the overview to a suggested market, picks a function, sees the count move, saves, and the overview counts it', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(`${message.text()} (${message.location().url})`));
    page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));

    await page.goto(`${server.url}/#/`);
    // No market: the next step is a button, not an error with commands to type.
    await page.getByRole('link', { name: 'Define your target market' }).click();
    await page.locator('h1', { hasText: 'Target market' }).waitFor();
    assert.equal(await page.locator('main .error').count(), 0, 'no red error on the way');

    // The builder starts from the network: the most common companies and functions, with their counts.
    const functions = page.locator('fieldset.picker', { has: page.locator('legend', { hasText: 'Functions' }) });
    await functions.locator('.chips.chosen li', { hasText: 'Product Management' }).waitFor();
    await page.getByTestId('preview-in-market').waitFor();
    const before = await settledCount(page);
    // Each company row says how many connections work there.
    assert.match(await page.locator('.company-rows').innerText(), /Ledgerlark\s+8 connections/);
    await page.screenshot({ path: screenshotPath('builder-suggested'), fullPage: true });

    // Search LinkedIn's functions and pick Marketing: the six marketers come into market on function and level.
    await functions.getByRole('searchbox').fill('marke');
    await functions.locator('.picker-matches').getByRole('button', { name: /Marketing/ }).first().click();
    await functions.locator('.chips.chosen li', { hasText: 'Marketing' }).waitFor();
    const after = await settledCount(page, before);
    assert.equal(after, before + 6, `picking Marketing moves the count from ${before} by the six marketers`);

    // Points that do not add up to 100 are refused, naming the field, and nothing is saved.
    const weights = page.locator('fieldset.weights');
    await weights.getByLabel('Keywords').fill('30');
    await page.locator('fieldset.weights .warning').waitFor();
    await page.getByRole('button', { name: 'Save market' }).click();
    await page.locator('#builder-errors').waitFor();
    assert.match(await page.locator('#builder-errors').innerText(), /weights[\s\S]*must add up to 100/);
    await weights.getByLabel('Keywords').fill('5');
    await settledCount(page);

    await page.getByRole('button', { name: 'Save market' }).click();
    await page.locator('.success', { hasText: 'Saved and active' }).waitFor();
    await page.locator('table.coverage-table tbody tr').first().waitFor();
    await page.screenshot({ path: screenshotPath('builder-saved'), fullPage: true });

    // The overview now reports the market, with the in-market count the builder previewed.
    await page.goto(`${server.url}/#/`);
    const stats = page.locator('[aria-label="Headline numbers"]');
    await stats.waitFor({ timeout: 30_000 });
    assert.match((await stats.innerText()).replace(/\s+/g, ' '), new RegExp(`^${after} in-market connections`));
    // 400 for the refused save is the one expected console error (the browser logs failed requests).
    assert.deepEqual(errors.filter((error) => !/status of 400/.test(error)), []);
    await context.close();
  });

  it('fits a phone: the builder stacks and nothing widens the page', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await phone.newPage();
    await page.goto(`${server.url}/#/target`);
    await page.getByTestId('preview-in-market').waitFor();
    assert.equal(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'), 0);
    await page.screenshot({ path: screenshotPath('phone-builder'), fullPage: true });
    await phone.close();
  });
});
