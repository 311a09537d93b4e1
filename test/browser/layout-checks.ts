// What the layout test measures inside a page: sideways overflow, text boxes drawn over each other, and axe-core's
// accessibility rules. The in-page code is plain JavaScript text: a function compiled by tsx may call helpers (such as
// esbuild's __name) that do not exist in the browser.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** Two text boxes may touch by this much (anti-aliasing, a descender over the next line's ascender) before it counts. */
export const OVERLAP_TOLERANCE_PX = 2;

/**
 * Every visible run of text on the page as the boxes its characters cover (one box per line for text that wraps), then
 * the pairs of elements whose boxes cross by more than the tolerance in both directions. An element and its ancestors
 * or descendants never count as a pair (a link inside a paragraph sits inside it by design).
 */
const OVERLAPS_SCRIPT = `(() => {
  const tolerance = ${OVERLAP_TOLERANCE_PX};
  const runs = [];
  const intersect = (a, b) => ({ left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) });
  // What of an element its ancestors let show: a box that clips (overflow other than visible, or a clip rectangle as
  // the visually hidden table headers at phone width use) cuts off what lies outside it.
  const clips = new Map();
  const clipOf = (element) => {
    if (!element || element === document.documentElement) return { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
    if (clips.has(element)) return clips.get(element);
    let clip = clipOf(element.parentElement);
    const style = getComputedStyle(element);
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible' || style.clip !== 'auto') clip = intersect(clip, element.getBoundingClientRect());
    clips.set(element, clip);
    return clip;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent.trim()) continue;
    const element = node.parentElement;
    if (!element || element.closest('script, style, .visually-hidden')) continue;
    if (!element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const clip = clipOf(element);
    for (const whole of range.getClientRects()) {
      const box = intersect(whole, clip);
      if (box.right - box.left < 1 || box.bottom - box.top < 1) continue;
      runs.push({ element, box });
    }
  }
  const describe = (element) => {
    const text = element.textContent.trim().replace(/\\s+/g, ' ').slice(0, 40);
    const name = element.tagName.toLowerCase() + (element.id ? '#' + element.id : '') + (element.classList.length ? '.' + [...element.classList].join('.') : '');
    return name + ' "' + text + '"';
  };
  const found = new Map();
  for (let i = 0; i < runs.length; i++) {
    for (let j = i + 1; j < runs.length; j++) {
      const a = runs[i];
      const b = runs[j];
      if (a.element === b.element || a.element.contains(b.element) || b.element.contains(a.element)) continue;
      const width = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
      const height = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
      if (width <= tolerance || height <= tolerance) continue;
      const key = describe(a.element) + ' over ' + describe(b.element);
      if (!found.has(key)) found.set(key, key + ' (' + Math.round(width) + '×' + Math.round(height) + ' px)');
    }
  }
  return [...found.values()];
})()`;

/** "p.lede over h2#x-title (12×8 px)" for each pair of visible text runs that cross. */
export async function overlappingText(page: Page): Promise<string[]> {
  return (await page.evaluate(OVERLAPS_SCRIPT)) as string[];
}

/** How many pixels the page is wider than the window (a page that scrolls sideways cuts its content off). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return (await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number;
}

/** Elements that scroll sideways inside the page at phone width: their right-hand part is out of sight. */
const SIDEWAYS_SCRIPT = `(() => {
  const found = [];
  for (const element of document.querySelectorAll('main *')) {
    if (element.scrollWidth <= element.clientWidth + 1) continue;
    const style = getComputedStyle(element);
    if (!['auto', 'scroll'].includes(style.overflowX)) continue;
    if (!element.checkVisibility()) continue;
    found.push(element.tagName.toLowerCase() + (element.className ? '.' + String(element.className).split(' ').join('.') : '') + ' scrolls ' + (element.scrollWidth - element.clientWidth) + ' px sideways');
  }
  return found;
})()`;

export async function sidewaysScrollers(page: Page): Promise<string[]> {
  return (await page.evaluate(SIDEWAYS_SCRIPT)) as string[];
}

/** The cells of the first row a selector finds, as its card shows them: the label drawn before each (its column's
 * header, by CSS), its text, and whether it is on the screen. */
export async function cardCells(page: Page, rowSelector: string): Promise<{ label: string; text: string; onScreen: boolean }[]> {
  return (await page.evaluate(`[...document.querySelector(${JSON.stringify(rowSelector)}).querySelectorAll('td')].map((cell) => {
    const box = cell.getBoundingClientRect();
    return {
      label: getComputedStyle(cell, '::before').content,
      text: cell.textContent.trim(),
      onScreen: cell.checkVisibility() && box.width > 0 && box.left >= 0 && box.right <= window.innerWidth,
    };
  })`)) as { label: string; text: string; onScreen: boolean }[];
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on the page as it is now, one line per rule with where it applies. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((result) => result.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.slice(0, 4).map((node) => node.target.join(' ') + (node.failureSummary ? ' — ' + node.failureSummary.split('\\n').slice(1, 2).join('').trim() : '')),
    count: violation.nodes.length,
  })))`)) as { id: string; impact: string; help: string; targets: string[]; count: number }[];
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.impact} ${violation.id} (${violation.help}) ×${violation.count}: ${violation.targets.join(' | ')}`);
}
