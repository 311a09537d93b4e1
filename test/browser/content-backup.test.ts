// The Content and Backup pages in a real browser, as a person who never opens a terminal uses them: a piece added
// with the form moves the go-to score's evidence count and shows in the ledger; a backup downloads, a broken backup
// is refused with the table, row and field the checker names and the workspace unchanged, and the good one restores.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { temporaryFolder } from '../support/test-stores.ts';
import { demoDatabase, ensureBuilt, launchChromium, screenshotPath, startDashboard, type Dashboard } from './dashboard-fixture.ts';

interface WorkspaceSummary {
  contacts: number;
  activeMarket: string | null;
  dataVersion: number;
}

describe('content and backup pages in a browser', () => {
  let server: Dashboard;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];
  const folder = temporaryFolder();

  /** What the workspace holds; without its data version, which any write through the API (even a refused one) moves on. */
  async function workspace(): Promise<Omit<WorkspaceSummary, 'dataVersion'>> {
    const { dataVersion: _version, ...summary } = (await (await fetch(`${server.url}/api/workspace`)).json()) as WorkspaceSummary;
    return summary;
  }

  async function contentTotal(): Promise<number> {
    return ((await (await fetch(`${server.url}/api/content?limit=1`)).json()) as { total: number }).total;
  }

  before(async () => {
    ensureBuilt();
    server = await startDashboard(demoDatabase().db);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the Content page is in the menu, and adding a piece moves the evidence count and lists it in the ledger', async () => {
    await page.goto(`${server.url}/#/`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Content' }).click();
    await page.locator('h1#page-title', { hasText: 'Content' }).waitFor();
    const evidence = page.getByTestId('goto-evidence');
    const before = Number(await evidence.innerText());
    const score = await page.getByTestId('goto-score').innerText();

    await page.getByLabel('Link to the piece').fill('https://example.com/posts/checkout-conversion-small-fixes');
    await page.getByLabel('Title', { exact: true }).fill('Checkout conversion is fifty small fixes');
    await page.getByLabel('Topics, separated by commas (optional)').fill('payments, checkout');
    await page.getByRole('button', { name: 'Add the item' }).click();

    // Polled from the test: the dashboard's content security policy forbids evaluating strings in the page.
    for (let waited = 0; waited < 15_000 && Number(await evidence.innerText()) === before; waited += 100) await page.waitForTimeout(100);
    assert.equal(Number(await evidence.innerText()), before + 1, 'the evidence count grows by the one item added today');
    const row = page.getByTestId('content-ledger').getByRole('row', { name: /Checkout conversion is fifty small fixes/ });
    assert.match(await row.innerText(), /2026-11-25[\s\S]*created[\s\S]*payments/);
    assert.match(await page.locator('#score').innerText(), /count in full from six/, 'the rule behind the weight is stated');
    assert.notEqual(await page.getByTestId('goto-score').innerText(), '', `the score shows (was ${score})`);

    // Who in the market to send it to: from the ledger row.
    await row.getByRole('button', { name: /Who in your market to send/ }).click();
    await page.getByTestId('send-to').waitFor({ timeout: 15_000 });
    assert.match(await page.getByTestId('send-to').innerText(), /in-market contacts/);
    assert.doesNotMatch(await page.locator('main').innerText(), /referable (content|import|target) /, 'no CLI command on the page');
    await page.screenshot({ path: screenshotPath('content-1366'), fullPage: true });
  });

  it('a backup downloads; a broken one is refused naming table, row and field, and the workspace is unchanged; the good one restores', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Backup' }).click();
    await page.locator('h1#page-title', { hasText: 'Backup and restore' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download a backup' }).click()]);
    assert.match(download.suggestedFilename(), /^referable-backup-2026-11-25\.json$/);
    const good = join(folder, 'good.json');
    await download.saveAs(good);
    const backup = JSON.parse(readFileSync(good, 'utf8')) as { tables: { contacts: Record<string, unknown>[] } };
    const shown = await workspace();
    assert.equal(backup.tables.contacts.length, shown.contacts, 'the backup holds every contact');
    await page.getByTestId('download-done').waitFor();

    const items = await contentTotal();
    backup.tables.contacts[0].rating = 99;
    const broken = join(folder, 'broken.json');
    writeFileSync(broken, JSON.stringify(backup));
    await page.getByLabel(/A backup file/).setInputFiles(broken);
    assert.match(await page.getByRole('group', { name: 'Confirm the restore' }).innerText(), /broken\.json[\s\S]*replaces everything/);
    await page.getByRole('button', { name: 'Replace my workspace with this backup' }).click();
    const refused = page.getByTestId('restore-refused');
    await refused.waitFor({ timeout: 15_000 });
    const text = await refused.innerText();
    assert.match(text, /broken\.json: this file is not a backup Referable can restore; nothing was changed/);
    assert.match(text, /tables\.contacts\[0\] \(contact_id "[^"]+"\) rating: 99 is not a rating/);
    assert.doesNotMatch(text, /referable export/);
    await page.screenshot({ path: screenshotPath('backup-refused-1366'), fullPage: true });
    assert.deepEqual(await workspace(), shown, 'the workspace is unchanged');
    assert.equal(await contentTotal(), items, 'the content ledger is unchanged');

    await page.getByLabel(/A backup file/).setInputFiles(good);
    await page.getByRole('button', { name: 'Replace my workspace with this backup' }).click();
    await page.getByTestId('restore-done').waitFor({ timeout: 30_000 });
    assert.match(await page.getByTestId('restore-done').innerText(), new RegExp(`Restored: ${shown.contacts.toLocaleString('en')} contacts`));
    assert.deepEqual(await workspace(), shown, 'the same workspace again');
    assert.equal(await contentTotal(), items);
    // The browser logs the refused restore's 400 itself; anything else is a fault of the pages.
    assert.deepEqual(errors.filter((error) => !/status of 400 \(Bad Request\)/.test(error)), [], 'no console errors');
    assert.equal(errors.length, 1, errors.join('\n'));
  });
});
