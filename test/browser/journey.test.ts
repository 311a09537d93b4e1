// The whole journey of a person who never opens a terminal, in one browser session on an empty workspace: the empty
// dashboard's button to the import page, a LinkedIn export uploaded, a market saved from the builder's suggestions,
// a need recorded, next week planned, an introduction ticked off in the plan and moved along the double opt-in to
// "introduced", the helper thanked, and a backup downloaded that holds the introduction and the market.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { strToU8, zipSync } from 'fflate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { temporaryFolder } from '../support/test-stores.ts';
import { ensureBuilt, launchChromium, screenshotPath, startDashboard, type Dashboard } from './dashboard-fixture.ts';
import { accessibilityViolations, horizontalOverflow, overlappingText, sidewaysScrollers } from './layout-checks.ts';

/** A CLI command in the page's text ("referable import …"), as opposed to the word in a sentence. */
const COMMAND = /\breferable (?:demo|init|import|contacts|target|report|coverage|path|reach|needs|offers|intros|ledger|index|plan|log|content|serve|export|restore)\b/;

const NOTES = 'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"\n\n';

/**
 * A synthetic LinkedIn export, spelled as LinkedIn spells it: product and payments people at three fintechs, a
 * compliance lead who can help with an audit, and people elsewhere. Every name is made up.
 */
function linkedInExport(): Uint8Array {
  const people: [string, string, string, string][] = [
    ['Ledgerlark', 'Product Manager', 'Amara', 'Quint'],
    ['Ledgerlark', 'Senior Product Manager', 'Bastian', 'Oduya'],
    ['Ledgerlark', 'Director of Product', 'Celia', 'Marrow'],
    ['Ledgerlark', 'Payments Engineer', 'Dario', 'Vesk'],
    ['Paysprig', 'Product Manager', 'Elin', 'Thorsby'],
    ['Paysprig', 'Product Owner', 'Farid', 'Lunde'],
    ['Paysprig', 'Head of Product', 'Greta', 'Ambrose'],
    ['Fernwallet', 'Group Product Manager', 'Hugo', 'Penhallow'],
    ['Fernwallet', 'Product Manager', 'Ines', 'Calloway'],
    ['Fernwallet', 'SOC 2 Compliance Lead', 'Jonas', 'Whitlock'],
    ['Northgate Clinic', 'Nurse', 'Kirsi', 'Holm'],
    ['Bramble Studio', 'Graphic Designer', 'Lior', 'Espen'],
  ];
  const rows = people.map(([company, title, first, last], index) => `${first},${last},https://www.linkedin.com/in/synthetic-${first.toLowerCase()}-${last.toLowerCase()},,${company},${title},${String(index + 1).padStart(2, '0')} Oct 2026`);
  const connections = `${NOTES}First Name,Last Name,URL,Email Address,Company,Position,Connected On\n${rows.join('\n')}\n`;
  const profile = 'First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\nRobin,Sample,,,,Product Manager in payments,Building checkout products.,Financial Services,,"Berlin, Germany",,,\n';
  const positions = 'Company Name,Title,Description,Location,Started On,Finished On\nPaysprig,Senior Product Manager,Checkout and payments,"Berlin, Germany",Mar 2022,Oct 2026\nLedgerlark,Product Manager,,"Berlin, Germany",Jan 2019,Feb 2022\n';
  return zipSync({ 'Connections.csv': strToU8(connections), 'Profile.csv': strToU8(profile), 'Positions.csv': strToU8(positions) });
}

/** Waits for a condition the page shows, polled from the test (the dashboard's content security policy forbids evaluated strings). */
async function until(what: string, check: () => Promise<boolean>, timeout = 15_000): Promise<void> {
  for (let waited = 0; waited < timeout; waited += 100) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting until ${what}`);
}

describe('the journey from an empty dashboard to a backup, in a browser', () => {
  let server: Dashboard;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const folder = temporaryFolder();
  const errors: string[] = [];

  before(async () => {
    ensureBuilt();
    server = await startDashboard(join(folder, 'journey.db'));
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    page.on('console', (message) => message.type() === 'error' && errors.push(`${message.text()} (${message.location().url})`));
    page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** No red error and no command to type on the page as it stands. */
  async function noDeadEnds(where: string): Promise<void> {
    assert.equal(await page.locator('main .error').count(), 0, `${where}: no red error`);
    const text = await page.locator('main').innerText();
    const command = COMMAND.exec(text);
    assert.equal(command, null, `${where}: no command to type, found "${command?.[0]}"`);
  }

  it('walks from the empty dashboard to a downloaded backup', async () => {
    // 1. An empty workspace: the overview says what to do and the button leads to the import page.
    await page.goto(`${server.url}/#/`);
    await page.getByRole('link', { name: 'Import your LinkedIn export' }).click();
    await page.locator('h1#page-title', { hasText: 'Import' }).waitFor();
    await page.screenshot({ path: screenshotPath('journey-1-import'), fullPage: true });

    // 2. The export as LinkedIn sends it, a ZIP, uploaded with the file chooser.
    const zip = join(folder, 'Basic_LinkedInDataExport_11-25-2026.zip');
    writeFileSync(zip, linkedInExport());
    await page.getByLabel('Choose a file').setInputFiles(zip);
    const report = page.locator('.import-report');
    await report.waitFor({ timeout: 30_000 });
    const counts = (await report.getByRole('group', { name: 'Import counts' }).innerText()).replace(/\s+/g, ' ');
    assert.match(counts, /^12 added/, 'every connection is added');
    assert.match(await report.innerText(), /Read as LinkedIn export from 3 files/);
    await noDeadEnds('import report');
    await page.screenshot({ path: screenshotPath('journey-2-imported'), fullPage: true });

    // 3. No market yet: the next step is the builder, which starts from the network; saved as suggested.
    await report.getByRole('link', { name: 'Define your target market' }).click();
    await page.locator('h1#page-title', { hasText: 'Target market' }).waitFor();
    await page.locator('.company-rows', { hasText: 'Ledgerlark' }).waitFor({ timeout: 15_000 });
    await page.getByTestId('preview-in-market').waitFor();
    await until('the live preview settles', async () => (await page.locator('.market-preview').getAttribute('aria-busy')) === 'false');
    const previewed = Number((await page.getByTestId('preview-in-market').innerText()).replace(/,/g, ''));
    assert.ok(previewed >= 6, `the suggested market holds most of the fintech product people (previewed ${previewed})`);
    await page.getByRole('button', { name: 'Save market' }).click();
    await page.locator('.success', { hasText: 'Saved and active' }).waitFor({ timeout: 15_000 });
    await noDeadEnds('saved market');
    await page.locator('.topbar-market', { hasText: 'Market: Product Management in Berlin' }).waitFor({ timeout: 15_000 });
    await page.screenshot({ path: screenshotPath('journey-3-market'), fullPage: true });

    // The overview now has an index, and its next best step is a button to where it is done, not a command.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click();
    const next = page.locator('.next-action');
    await next.waitFor({ timeout: 30_000 });
    assert.equal(await next.getByRole('link').count(), 1, 'one button to act on the next best step');
    await noDeadEnds('overview with a market');
    await page.screenshot({ path: screenshotPath('journey-3-overview'), fullPage: true });

    // 4. A need, recorded on the introductions page: someone's team struggles with a SOC 2 audit.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Introductions' }).click();
    await page.locator('h1#page-title', { hasText: 'Introductions' }).waitFor();
    const needForm = page.getByRole('form', { name: 'Record a need' });
    await needForm.getByLabel(/Who needs help/).fill('Greta Ambrose');
    await needForm.getByLabel('What they need').fill('Her team struggles with a SOC 2 audit before the next funding round');
    await needForm.getByRole('button', { name: /Record/ }).click();
    await page.locator('#suggestions', { hasText: 'Jonas Whitlock' }).waitFor({ timeout: 15_000 });
    await noDeadEnds('need recorded');

    // 5. Next week's plan, within the time budget, with calendar blocks after today.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'This week' }).click();
    await page.getByRole('group', { name: 'Which week' }).getByRole('button', { name: 'Next week' }).click();
    await page.getByText('Week of 2026-11-30').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Plan again' }).click();
    await page.getByRole('status').filter({ hasText: /Planned \d+ minutes/ }).waitFor();
    const nextWeek = page.getByRole('list', { name: 'Plan items' });
    await nextWeek.getByText(/Introduce\s+Greta Ambrose and Jonas Whitlock/).waitFor();
    await noDeadEnds('next week');
    await page.screenshot({ path: screenshotPath('journey-5-next-week'), fullPage: true });

    // 6. This week's introduction ticked off: it enters the double opt-in with its first message.
    await page.getByRole('group', { name: 'Which week' }).getByRole('button', { name: 'This week' }).click();
    const intro = page.getByRole('listitem').filter({ hasText: /Introduce\s+Greta Ambrose and Jonas Whitlock/ });
    await intro.getByRole('checkbox').check();
    await page.getByRole('status').filter({ hasText: /introduction is now in your introductions/ }).waitFor({ timeout: 15_000 });
    await page.getByRole('link', { name: 'Follow this introduction' }).click();

    // 7. Moved along the workflow to "introduced".
    await page.locator('h1#page-title', { hasText: 'Introductions' }).waitFor();
    // The need now has its introduction: no suggestion left, and the page says why instead of "record a need".
    await page.locator('#suggestions', { hasText: 'Nothing new to suggest' }).waitFor({ timeout: 15_000 });
    const card = () => page.locator('.pipeline .card', { hasText: 'Jonas Whitlock' });
    for (const step of ['Seeker agreed; asked the helper', 'Both agreed: introduced']) {
      await card().getByRole('button', { name: step }).click();
      await page.locator('.pipeline-column', { hasText: step === 'Both agreed: introduced' ? 'Introduced' : 'Asking the helper' }).locator('.card', { hasText: 'Jonas Whitlock' }).waitFor();
    }
    const made = page.locator('section.pipeline-column', { has: page.locator('h3', { hasText: 'Introduced' }) }).locator('.card', { hasText: 'Jonas Whitlock' });
    await made.waitFor();

    // 8. The helper thanked, from the introduced card; the ledger counts the introduction given.
    await made.getByRole('button', { name: /thank/i }).first().click();
    await page.getByRole('status').filter({ hasText: /Thank-you to Jonas Whitlock recorded/ }).waitFor({ timeout: 15_000 });
    const balance = page.getByRole('group', { name: 'Referral balance' });
    await until('the ledger counts the introduction', async () => /^1\s+referral given/.test((await balance.innerText()).trim()));
    await noDeadEnds('introduced and thanked');
    await page.screenshot({ path: screenshotPath('journey-8-thanked'), fullPage: true });

    // 9. A backup from the Backup page that holds the introduction and the market.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Backup' }).click();
    await page.locator('h1#page-title', { hasText: 'Backup and restore' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download a backup' }).click()]);
    const file = join(folder, download.suggestedFilename());
    await download.saveAs(file);
    const backup = JSON.parse(readFileSync(file, 'utf8')) as { tables: Record<string, Record<string, unknown>[]> };
    const intros = backup.tables.introductions;
    assert.equal(intros.length, 1, 'one introduction');
    assert.equal(intros[0].state, 'made');
    assert.equal(backup.tables.target_markets.length, 1, 'the saved market');
    assert.equal(backup.tables.contacts.length, 12);
    await page.getByTestId('download-done').waitFor();
    await page.screenshot({ path: screenshotPath('journey-9-backup'), fullPage: true });
    assert.deepEqual(errors, [], 'no console errors on the way');
  });

  it('leaves a workspace whose every page fits a phone and a laptop, with no text over text and nothing serious for axe', async () => {
    // The journey's own workspace (a dozen contacts, one introduction made, one thank-you), not the demo's.
    const failures: string[] = [];
    for (const width of [{ width: 390, height: 844, isMobile: true }, { width: 1366, height: 768, isMobile: false }]) {
      // The page's Content-Security-Policy would refuse axe-core's injected script; it is lifted for the test's scripts only.
      const viewer = await browser.newContext({ viewport: { width: width.width, height: width.height }, isMobile: width.isMobile, hasTouch: width.isMobile, bypassCSP: true });
      const phone = await viewer.newPage();
      const problems: string[] = [];
      phone.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
      for (const path of ['/', '/week', '/target', '/network', '/word-of-mouth', '/intros', '/content', '/contacts', '/import', '/data']) {
        const where = `${path} at ${width.width} px`;
        await phone.goto(`${server.url}/#${path}`);
        await phone.locator('h1#page-title').waitFor();
        await phone.waitForLoadState('networkidle');
        await until(`${where} has loaded`, async () => (await phone.locator('.loading, .chart-loading, [aria-busy="true"]').count()) === 0, 45_000);
        await phone.waitForTimeout(400);
        await phone.screenshot({ path: screenshotPath(`journey-layout-${width.width}${path.replace(/\//g, '-')}`), fullPage: true });
        const overflow = await horizontalOverflow(phone);
        if (overflow > 1) failures.push(`${where}: the page is ${overflow} px wider than the window`);
        if (width.isMobile) for (const scroller of await sidewaysScrollers(phone)) failures.push(`${where}: ${scroller}`);
        for (const overlap of await overlappingText(phone)) failures.push(`${where}: text over text: ${overlap}`);
        for (const violation of await accessibilityViolations(phone)) failures.push(`${where}: ${violation}`);
        failures.push(...problems.splice(0).map((problem) => `${where}: ${problem}`));
      }
      await viewer.close();
    }
    assert.deepEqual(failures, []);
  });
});
