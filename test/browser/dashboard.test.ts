// The dashboard in a real browser (Debian's chromium via playwright-core) against a server on the demo data: every
// page loads cleanly, import by upload, a target change moves the coverage, a plan item is checked off, a contact's
// history shows and grows from its page, a hostile contact name stays text, the phone-width menu works.
// Screenshots go to test-artifacts/screenshots/.
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { temporaryFolder } from '../support/test-stores.ts';
import { demoDatabase, ensureBuilt, launchChromium, mainChunk, screenshotPath, startDashboard, WEB_DIST, XSS_NAME, type Dashboard } from './dashboard-fixture.ts';

/** The main chunk under 300 kB gzip. How fast the overview's data is drawn is measured in bench/web-bench.ts. */
export const DASHBOARD_BUDGETS = { mainChunkGzipBytes: 300 * 1024 };

/** Drawn only once the report's data is on the page (the overview's headline numbers). */
const OVERVIEW_DATA_SELECTOR = '[aria-label="Headline numbers"]';

/** As the dashboard writes whole numbers. */
const count = (value: number) => new Intl.NumberFormat('en', { maximumFractionDigits: 0 }).format(value);

/** Each page, and something on it that only shows once its data arrived. */
const PAGES = [
  { name: 'overview', path: '/', ready: '#quadrant-title' },
  { name: 'week', path: '/week', ready: '#plan-title' },
  { name: 'target', path: '/target', ready: 'table.coverage-table tbody tr' },
  { name: 'network', path: '/network?company=Ledgerlark', ready: '.paths li' },
  { name: 'word-of-mouth', path: '/word-of-mouth', ready: '#comparison-title' },
  { name: 'intros', path: '/intros', ready: '#ledger-title' },
  { name: 'contacts', path: '/contacts', ready: 'table.contacts-table tbody tr' },
  { name: 'import', path: '/import', ready: '#import-file' },
];

interface Watched {
  page: Page;
  errors: string[];
  dialogs: string[];
}

/** A page that records console errors, uncaught exceptions and any dialog (alert) it raises. */
async function watchedPage(context: BrowserContext): Promise<Watched> {
  const page = await context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { page, errors, dialogs };
}

describe('dashboard in a browser', () => {
  let server: Dashboard;
  let browser: Browser;
  let context: BrowserContext;

  before(async () => {
    ensureBuilt();
    const { db } = demoDatabase();
    server = await startDashboard(db);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it('keeps the main chunk small, and a first visit to the overview draws the report\'s numbers', async () => {
    const chunk = mainChunk();
    const total = readdirSync(join(WEB_DIST, 'assets')).reduce((sum, name) => sum + statSync(join(WEB_DIST, 'assets', name)).size, 0);
    console.log(`dashboard: main chunk ${chunk.file} ${(chunk.bytes / 1024).toFixed(1)} kB, ${(chunk.gzip / 1024).toFixed(1)} kB gzip; all assets ${(total / 1024).toFixed(0)} kB (time to data: bench/web-bench.ts)`);
    assert.ok(chunk.gzip < DASHBOARD_BUDGETS.mainChunkGzipBytes, `main chunk ${chunk.gzip} bytes gzip, budget ${DASHBOARD_BUDGETS.mainChunkGzipBytes}`);
    // A fresh context has an empty cache: this is a first visit.
    const fresh = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    const { page, errors } = await watchedPage(fresh);
    await page.goto(`${server.url}/`);
    const stats = page.locator(OVERVIEW_DATA_SELECTOR);
    await stats.waitFor({ timeout: 30_000 });
    // The headline numbers are the report's: what the API says is what the page shows.
    const report = (await (await fetch(`${server.url}/api/report`)).json()) as { quantity: { inMarket: number; totalConnections: number }; coverage: { covered: number; companies: unknown[] } };
    const shown = (await stats.innerText()).replace(/\s+/g, ' ');
    assert.match(shown, new RegExp(`${count(report.quantity.inMarket)} in-market connections`));
    assert.match(shown, new RegExp(`${count(report.quantity.totalConnections)} connections`));
    assert.match(shown, new RegExp(`${report.coverage.covered} / ${report.coverage.companies.length} target companies covered`));
    await fresh.close();
    assert.deepEqual(errors, []);
  });

  it('loads every page without console errors, and saves a screenshot of each', async () => {
    const failures: string[] = [];
    for (const target of PAGES) {
      const { page, errors } = await watchedPage(context);
      await page.goto(`${server.url}/#${target.path}`);
      try {
        await page.locator(target.ready).first().waitFor({ timeout: 20_000 });
      } catch {
        const shown = (await page.locator('main').innerText()).slice(0, 400).replace(/\s+/g, ' ');
        failures.push(`${target.name}: ${target.ready} never appeared; the page shows: ${shown}`);
      }
      // Charts and the network drawing settle after their data.
      await page.waitForTimeout(300);
      await page.screenshot({ path: screenshotPath(target.name), fullPage: true });
      if (errors.length > 0) failures.push(`${target.name}: console errors: ${errors.join(' | ')}`);
      await page.close();
    }
    assert.deepEqual(failures, []);
  });

  it('imports an uploaded CSV end to end and shows the import report', async () => {
    const { page, errors } = await watchedPage(context);
    await page.goto(`${server.url}/#/import`);
    const csv = 'First Name,Last Name,Company,Position,Email Address\nGrace,Hopper,Ledgerlark,Director of Engineering,grace@example.com\nAlan,Turing,Paysprig,VP Product,alan@example.com\nKatherine,Johnson,Fernwallet,Engineering Manager,\n';
    await page.locator('#import-file').setInputFiles({ name: 'prospects.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const report = page.locator('.import-report');
    await report.waitFor({ timeout: 30_000 });
    assert.match(await report.locator('h3').innerText(), /prospects\.csv/);
    const added = report.locator('.stat', { hasText: 'added' }).locator('.stat-value');
    assert.equal(await added.innerText(), '3');
    await page.screenshot({ path: screenshotPath('import-report'), fullPage: true });
    // A file with nothing to import is refused with the server's reason, and the page says nothing changed.
    await page.locator('#import-file').setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.from('First Name,Last Name,Company\n') });
    await page.locator('[role="alert"]').waitFor();
    assert.match(await page.locator('[role="alert"]').innerText(), /empty\.csv/);
    assert.match(await page.locator('main').innerText(), /Nothing was imported from empty\.csv/);
    // The new people are in the contact list.
    await page.goto(`${server.url}/#/contacts?q=hopper`);
    await page.locator('table.contacts-table tbody tr', { hasText: 'Grace Hopper' }).waitFor();
    // The refused file's 422 is the one expected console error (the browser logs failed requests).
    assert.deepEqual(
      errors.filter((error) => !/status of 422/.test(error)),
      [],
    );
    await page.close();
  });

  it('a changed target market changes the coverage', async () => {
    const { page, errors } = await watchedPage(context);
    await page.goto(`${server.url}/#/target`);
    const rows = page.locator('table.coverage-table tbody tr');
    await rows.first().waitFor();
    const before = await rows.count();
    assert.equal(await rows.filter({ hasText: 'Coinwright' }).count(), 0, 'Coinwright is not a target company yet');
    // A company's count opens who works there, strongest tie first, each a link to their page.
    await rows.first().locator('button.link-button').click();
    await page.locator('.company-people tbody tr th a').first().waitFor();
    await page.locator('.company-people').getByRole('button', { name: 'Close' }).click();
    assert.equal(await page.locator('.company-people').count(), 0);
    // The YAML is folded away under the builder, for those who prefer writing it.
    await page.locator('details.yaml-editor summary').click();
    const editor = page.locator('#definition');
    const definition = await editor.inputValue();
    assert.match(definition, /- Contoso\n/);
    await editor.fill(definition.replace('- Contoso\n', '- Contoso\n  - name: Coinwright\n    tier: 1\n'));
    await page.getByRole('button', { name: 'Save and use this market' }).click();
    await page.locator('.success', { hasText: 'Saved' }).waitFor();
    const row = rows.filter({ hasText: 'Coinwright' });
    await row.waitFor();
    assert.equal(await rows.count(), before + 1);
    const contacts = Number((await row.locator('td.num').first().innerText()).replace(/,/g, ''));
    assert.ok(contacts > 0, `Coinwright shows its contacts (${contacts})`);
    // A broken definition is refused with its line, and nothing changes.
    await editor.fill('name: Broken\nthreshold: lots\n');
    await page.getByRole('button', { name: 'Save and use this market' }).click();
    await page.locator('#definition-errors').waitFor();
    assert.match(await page.locator('#definition-errors').innerText(), /threshold/);
    assert.equal(await rows.filter({ hasText: 'Coinwright' }).count(), 1);
    await page.screenshot({ path: screenshotPath('target-changed'), fullPage: true });
    // The 400 for the broken definition is the one expected console error (the browser logs failed requests).
    assert.deepEqual(
      errors.filter((error) => !/status of 400/.test(error)),
      [],
    );
    await page.close();
  });

  it('checks off an item of this week’s plan, and it stays checked', async () => {
    const { page, errors } = await watchedPage(context);
    await page.goto(`${server.url}/#/week`);
    const item = page.locator('ul.plan li.plan-item:not(.done):not(.skipped)').first();
    try {
      await item.waitFor({ timeout: 20_000 });
    } catch {
      const shown = (await page.locator('main').innerText()).replace(/\s+/g, ' ').slice(0, 300);
      assert.fail(`no open plan item to check off (needs GET /api/plan and POST /api/plan/items/:id/done); the page shows: ${shown}`);
    }
    const label = (await item.locator('label').innerText()).trim();
    await item.locator('input[type="checkbox"]').check();
    const done = page.locator('ul.plan li.plan-item.done', { hasText: label });
    await done.waitFor();
    await page.reload();
    await page.locator('ul.plan li.plan-item.done', { hasText: label }).waitFor();
    assert.ok(await page.locator('ul.plan li.plan-item.done', { hasText: label }).locator('input').isChecked());
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('plans next week from the week picker, shows drafts with copy buttons, and no CLI command on the overview', async () => {
    const { page, errors } = await watchedPage(context);
    await page.goto(`${server.url}/#/week`);
    await page.locator('ul.plan').waitFor();
    await page.getByRole('button', { name: 'Next week' }).click();
    await page.getByText("Next week's plan: items can be ticked off once the week has started.").waitFor();
    assert.equal(await page.locator('ul.plan li.plan-item input[type="checkbox"]:not([disabled])').count(), 0, 'next week cannot be ticked yet');
    await page.goto(`${server.url}/#/intros`);
    const card = page.locator('.pipeline-column .card').first();
    await card.waitFor();
    await card.getByRole('button', { name: 'Show the message' }).click();
    await card.locator('textarea').waitFor();
    assert.ok((await card.locator('textarea').inputValue()).length > 20, 'the draft is filled in');
    await card.getByRole('button', { name: 'Copy the message' }).waitFor();
    await page.goto(`${server.url}/#/`);
    await page.locator('.pillars').waitFor();
    assert.doesNotMatch(await page.locator('main').innerText(), /referable (plan|import|target|ledger|intros|contacts|content|path|log|export|restore|init|demo|serve|needs|offers|index|report)\b/, 'no terminal command in the dashboard');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('records a need, starts the suggested introduction and moves it through the double opt-in', async () => {
    const { page, errors } = await watchedPage(context);
    await page.goto(`${server.url}/#/intros`);
    await page.locator('#need-contact').fill('Mason Mitchell');
    await page.locator('#need-text').fill('a partner for a payments compliance audit');
    await page.getByRole('button', { name: 'Record the need' }).click();
    const suggestion = page.locator('#suggestions .card', { hasText: 'payments compliance audit' }).first();
    await suggestion.waitFor();
    await suggestion.getByRole('button', { name: 'Start this introduction' }).click();
    const suggested = page.locator('.pipeline-column', { hasText: 'Suggested' }).locator('.card', { hasText: 'Mason Mitchell' });
    await suggested.waitFor();
    await suggested.getByRole('button', { name: 'Asked the seeker' }).click();
    await page.locator('.pipeline-column', { hasText: 'Asking the seeker' }).locator('.card', { hasText: 'Mason Mitchell' }).waitFor();
    await page.screenshot({ path: screenshotPath('intros-pipeline'), fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('shows a contact’s history (need, introduction, referrals, cadence), and an interaction or need recorded there joins it', async () => {
    const { page, errors } = await watchedPage(context);
    await page.goto(`${server.url}/#/`);
    await page.locator('#quadrant-title').waitFor();
    // Who the demo gave a need, an introduction under way and referrals: asked through the API, as the pages do.
    const intros = (await page.evaluate(`fetch('/api/intros?limit=500').then((response) => response.json())`)) as { items: { state: string; seeker: { id: string; name: string }; need: { text: string } | null }[] };
    const seeded = intros.items.find((intro) => intro.need && intro.state === 'asked-helper') ?? intros.items.find((intro) => intro.need);
    assert.ok(seeded?.need, 'the demo seeds introductions for its needs');
    const ledger = (await page.evaluate(`fetch('/api/ledger?limit=500').then((response) => response.json())`)) as { items: { contactId: string; contactName: string; direction: string; follows: string }[] };
    const referral = ledger.items.find((entry) => !entry.follows);
    assert.ok(referral, 'the demo seeds a referral ledger');

    await page.goto(`${server.url}/#/contacts/${encodeURIComponent(seeded.seeker.id)}`);
    await page.locator('h1#page-title', { hasText: seeded.seeker.name }).waitFor();
    await page.locator('#needs li', { hasText: seeded.need.text }).waitFor();
    await page.locator('#history li.timeline-introduction', { hasText: seeded.need.text }).waitFor();
    assert.match(await page.locator('#history li.timeline-introduction', { hasText: seeded.need.text }).first().innerText(), /introduction: /);
    const followUp = await page.locator('.stat', { hasText: 'follow-up' }).locator('.stat-value').innerText();
    // Logging a call from the page puts it on the timeline and the contact back on rhythm.
    const note = 'browser test: walked through their audit plan';
    await page.locator('#interaction-kind').selectOption('call');
    await page.locator('#interaction-note').fill(note);
    await page.getByRole('button', { name: 'Log interaction' }).click();
    await page.locator('#history li.timeline-interaction', { hasText: note }).waitFor();
    assert.match(await page.locator('#history li.timeline-interaction', { hasText: note }).innerText(), /2026-11-25[\s\S]*Call/);
    if (followUp !== 'prospect') {
      await page.locator('.stat', { hasText: 'follow-up' }).locator('.stat-value', { hasText: 'on rhythm' }).waitFor();
      await page.locator('#log .cadence', { hasText: 'last touch today' }).waitFor();
    }
    // A need recorded here is listed at once, open.
    await page.locator('#need-text').fill('an introduction to a payments auditor');
    await page.getByRole('button', { name: 'Record the need' }).click();
    await page.locator('#needs li', { hasText: 'an introduction to a payments auditor' }).waitFor();
    await page.screenshot({ path: screenshotPath('contact-history'), fullPage: true });

    // The referral shows on the timeline of the contact it is about.
    await page.goto(`${server.url}/#/contacts/${encodeURIComponent(referral.contactId)}`);
    await page.locator('h1#page-title', { hasText: referral.contactName }).waitFor();
    await page.locator('#history li.timeline-referral', { hasText: `referral ${referral.direction}` }).first().waitFor();
    assert.deepEqual(errors, []);
    await page.close();

    // At phone width the page fits: the timeline and forms wrap instead of widening the page.
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const { page: small, errors: smallErrors } = await watchedPage(phone);
    await small.goto(`${server.url}/#/contacts/${encodeURIComponent(seeded.seeker.id)}`);
    await small.locator('#history li.timeline-interaction', { hasText: note }).waitFor();
    assert.equal(await small.evaluate('document.documentElement.scrollWidth - window.innerWidth'), 0);
    await small.screenshot({ path: screenshotPath('phone-contact'), fullPage: true });
    assert.deepEqual(smallErrors, []);
    await phone.close();
  });

  it('shows a contact named like an HTML tag as text, and runs nothing', async () => {
    const { page, errors, dialogs } = await watchedPage(context);
    await page.goto(`${server.url}/#/contacts?q=onerror`);
    const link = page.locator('table.contacts-table tbody tr th a').first();
    await link.waitFor();
    assert.equal(await link.innerText(), XSS_NAME);
    await link.click();
    await page.locator('h1', { hasText: XSS_NAME }).waitFor();
    assert.equal(await page.locator('h1#page-title').innerText(), XSS_NAME);
    assert.equal(await page.locator('img').count(), 0, 'no <img> element was created from the name');
    await page.screenshot({ path: screenshotPath('contact-xss'), fullPage: true });
    assert.deepEqual(dialogs, []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('tells a new user with an empty database what to do first, on every page', async () => {
    const empty = await startDashboard(join(temporaryFolder(), 'empty.db'));
    try {
      const { page, errors } = await watchedPage(context);
      const expectations = [
        { path: '/', text: 'Start by importing your network', shot: 'empty-overview' },
        { path: '/contacts', text: 'No contacts yet' },
        { path: '/network', text: 'No network yet' },
        { path: '/week', text: 'Your plan starts with your network' },
        { path: '/word-of-mouth', text: 'No network to spread through yet' },
        { path: '/target', text: 'No target market yet' },
      ];
      for (const expected of expectations) {
        await page.goto(`${empty.url}/#${expected.path}`);
        await page.locator('main', { hasText: expected.text }).waitFor({ timeout: 10_000 });
        if (expected.shot) await page.screenshot({ path: screenshotPath(expected.shot), fullPage: true });
      }
      await page.getByRole('link', { name: 'Import' }).first().click();
      await page.locator('#import-file').waitFor();
      assert.deepEqual(errors, []);
      await page.close();
    } finally {
      await empty.close();
    }
  });

  it('at phone width the menu opens, navigates and closes; keyboard users get a skip link', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const { page, errors } = await watchedPage(phone);
    await page.goto(`${server.url}/#/`);
    await page.locator('#quadrant-title').waitFor();
    const nav = page.locator('#site-nav');
    const menu = page.getByRole('button', { name: 'Menu' });
    assert.equal(await nav.isVisible(), false, 'the navigation is folded away at phone width');
    assert.equal(await menu.getAttribute('aria-expanded'), 'false');
    await menu.click();
    assert.equal(await menu.getAttribute('aria-expanded'), 'true');
    await nav.getByRole('link', { name: 'Contacts' }).waitFor();
    await page.screenshot({ path: screenshotPath('phone-menu') });
    await nav.getByRole('link', { name: 'Contacts' }).click();
    await page.locator('table.contacts-table tbody tr').first().waitFor();
    assert.equal(await nav.isVisible(), false, 'choosing a page closes the menu');
    // Every page fits the phone's width: wide tables scroll inside their panel, never the whole page.
    const tooWide: string[] = [];
    for (const target of PAGES) {
      await page.goto(`${server.url}/#${target.path}`);
      await page.locator(target.ready).first().waitFor({ timeout: 20_000 });
      await page.waitForTimeout(200);
      const overflow = (await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number;
      if (overflow > 1) tooWide.push(`${target.name} is ${overflow}px too wide`);
      await page.screenshot({ path: screenshotPath(`phone-${target.name}`), fullPage: true });
    }
    assert.deepEqual(tooWide, []);
    await phone.close();

    const { page: desktop } = await watchedPage(context);
    await desktop.goto(`${server.url}/#/`);
    await desktop.locator('#quadrant-title').waitFor();
    await desktop.keyboard.press('Tab');
    assert.equal(await desktop.evaluate('document.activeElement && document.activeElement.textContent'), 'Skip to content');
    await desktop.close();
    assert.deepEqual(errors, []);
  });
});
