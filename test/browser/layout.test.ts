// Every page of the dashboard at phone width (390 px) and laptop width (1366 px), on the demo data: no console errors,
// nothing wider than the window, no text drawn over other text, and no serious or critical accessibility violation
// (axe-core). The pages are the ones the menu lists, so a page added to the menu later is checked too, plus a contact's
// page and the network with a warm path drawn. Screenshots go to test-artifacts/screenshots/layout-*.png.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { demoDatabase, ensureBuilt, launchChromium, screenshotPath, startDashboard, type Dashboard } from './dashboard-fixture.ts';
import { accessibilityViolations, cardCells, horizontalOverflow, overlappingText, sidewaysScrollers } from './layout-checks.ts';

export const WIDTHS = [
  { name: 'phone', width: 390, height: 844, isMobile: true },
  { name: 'laptop', width: 1366, height: 768, isMobile: false },
];

/** Pages reached otherwise than from the menu, with their state worth drawing. */
const EXTRA_PAGES = [{ name: 'network-warm-path', path: '/network?company=Ledgerlark' }];

interface Visited {
  page: Page;
  errors: string[];
}

async function visit(browser: Browser, width: (typeof WIDTHS)[number], url: string): Promise<Visited & { close: () => Promise<void> }> {
  // The dashboard's Content-Security-Policy (script-src 'self') would refuse axe-core's injected script; the test
  // lifts it for its own scripts only, the page's policy is checked elsewhere.
  const context = await browser.newContext({ viewport: { width: width.width, height: width.height }, isMobile: width.isMobile, hasTouch: width.isMobile, bypassCSP: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  try {
    await page.goto(url);
    await settled(page);
  } catch (error) {
    await context.close();
    throw error;
  }
  return { page, errors, close: () => context.close() };
}

/** Generous: the simulations behind some pages take seconds on a busy shared machine. */
const SETTLE_TIMEOUT_MS = 45_000;

/** The page's title is drawn and nothing says it is still loading: lists, charts and the network drawing are in. */
async function settled(page: Page): Promise<void> {
  await page.locator('h1#page-title').waitFor({ timeout: SETTLE_TIMEOUT_MS });
  try {
    await page.waitForFunction('!document.querySelector(".loading, .chart-loading, [aria-busy=\\"true\\"]")', undefined, { timeout: SETTLE_TIMEOUT_MS });
  } catch {
    const busy = (await page.evaluate('[...document.querySelectorAll(".loading, .chart-loading, [aria-busy=\\"true\\"]")].map((element) => element.className + " " + element.textContent.trim().slice(0, 60)).join(" | ")')) as string;
    throw new Error(`${page.url()} still loading after ${SETTLE_TIMEOUT_MS / 1000} s: ${busy}`);
  }
  await page.waitForLoadState('networkidle');
  // Charts lay out on the next frames after their data.
  await page.waitForTimeout(400);
}

describe('every page at phone and laptop width', () => {
  let server: Dashboard;
  let browser: Browser;
  let pages: { name: string; path: string }[] = [];

  before(async () => {
    ensureBuilt();
    const { db } = demoDatabase();
    server = await startDashboard(db);
    browser = await launchChromium();
    // The menu is the list of pages; a contact's page is reached from the contact list.
    const { page, close } = await visit(browser, WIDTHS[1], `${server.url}/#/contacts`);
    const menu = (await page.locator('#site-nav a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))) as string[];
    const contact = await page.locator('main a[href^="#/contacts/"]').first().getAttribute('href');
    await close();
    pages = menu.map((href) => href.replace(/^#/, '')).map((path) => ({ name: path === '/' ? 'overview' : path.slice(1).replace(/\W+/g, '-'), path }));
    assert.ok(pages.length >= 8, `the menu lists the pages (${pages.length})`);
    assert.ok(contact, 'the contact list links to a contact');
    pages.push({ name: 'contact', path: contact.replace(/^#/, '') }, ...EXTRA_PAGES);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const width of WIDTHS) {
    it(`at ${width.width} px every page fits, its text does not collide, and axe finds nothing serious`, async () => {
      const failures: string[] = [];
      for (const target of pages) {
        const visited = await visit(browser, width, `${server.url}/#${target.path}`).catch((error: Error) => error);
        if (visited instanceof Error) {
          failures.push(`${target.name} at ${width.width} px: ${visited.message.split('\n')[0]}`);
          continue;
        }
        const { page, errors, close } = visited;
        await page.screenshot({ path: screenshotPath(`layout-${width.width}-${target.name}`), fullPage: true });
        const where = `${target.name} at ${width.width} px`;
        const overflow = await horizontalOverflow(page);
        if (overflow > 1) failures.push(`${where}: the page is ${overflow} px wider than the window`);
        if (width.isMobile) for (const scroller of await sidewaysScrollers(page)) failures.push(`${where}: ${scroller}`);
        for (const overlap of await overlappingText(page)) failures.push(`${where}: text over text: ${overlap}`);
        for (const violation of await accessibilityViolations(page)) failures.push(`${where}: ${violation}`);
        for (const error of errors) failures.push(`${where}: console error: ${error}`);
        await close();
      }
      assert.deepEqual(failures, []);
    });
  }

  it('moves focus to the new page’s title without painting a focus box on it, after a click or the keyboard', async () => {
    const { page, errors, close } = await visit(browser, WIDTHS[1], `${server.url}/#/`);
    for (const [how, label] of [
      ['click', 'Contacts'],
      ['keyboard', 'Target market'],
    ] as const) {
      const link = page.locator('#site-nav').getByRole('link', { name: label });
      if (how === 'click') await link.click();
      else {
        await link.focus();
        await page.keyboard.press('Enter');
      }
      await page.locator('h1#page-title', { hasText: label === 'Contacts' ? 'Contacts' : 'Target' }).waitFor();
      await page.waitForFunction('document.activeElement && document.activeElement.id === "page-title"');
      const outline = (await page.evaluate('(() => { const style = getComputedStyle(document.activeElement); return style.outlineStyle === "none" || parseFloat(style.outlineWidth) === 0 ? "none" : style.outlineStyle + " " + style.outlineWidth; })()')) as string;
      assert.equal(outline, 'none', `after a ${how}, the focused title shows an outline`);
    }
    assert.deepEqual(errors, []);
    await close();
  });

  it('at phone width the contact list is a list of cards showing each person’s fit, tie and why', async () => {
    const { page, errors, close } = await visit(browser, WIDTHS[0], `${server.url}/#/contacts`);
    const first = page.locator('table.contacts-table tbody tr').first();
    // Each cell as the card shows it: the label drawn before it (from its column's header), its text, and whether it
    // is on the screen.
    const cells = await cardCells(page, 'table.contacts-table tbody tr');
    const shown = (label: string) => cells.find((cell) => cell.label.startsWith(`"${label}: "`) && cell.onScreen);
    assert.match(shown('Fit')?.text ?? '', /^\d+$/, `fit: ${JSON.stringify(cells)}`);
    assert.match(shown('Tie')?.text ?? '', /^[\d.]+$/, `tie: ${JSON.stringify(cells)}`);
    assert.match(shown('Why')?.text ?? '', /\w/, `why: ${JSON.stringify(cells)}`);
    const box = await first.boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= WIDTHS[0].width, `the card fits the window (${JSON.stringify(box)})`);
    assert.deepEqual(errors, []);
    await close();
  });

  it('the coverage heat map’s legend says what its colours count', async () => {
    const { page, errors, close } = await visit(browser, WIDTHS[0], `${server.url}/#/target`);
    const chart = page.locator('.chart[aria-label^="Contacts at"]');
    // The legend's ends are the texts at the chart's bottom, below the seniority labels.
    const texts = (await chart.locator('svg text').evaluateAll((elements) =>
      elements.map((text) => ({ text: (text.textContent ?? '').trim(), bottom: text.getBoundingClientRect().bottom })),
    )) as { text: string; bottom: number }[];
    const lowest = Math.max(...texts.map((text) => text.bottom));
    const numbers = texts.filter((text) => lowest - text.bottom < 12 && /^\d+$/.test(text.text)).map((text) => Number(text.text));
    assert.ok(numbers.includes(0), `the legend starts at 0 (${JSON.stringify(texts.slice(-4))})`);
    assert.ok(Math.max(...numbers) > 0, 'the legend ends at the busiest cell');
    assert.deepEqual(errors, []);
    await close();
  });
});
