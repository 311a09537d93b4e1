// What the browser tests run against: the built dashboard, a demo database with a hostile contact name, a server on a
// free port, and Debian's chromium driven by playwright-core.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { openContext } from '../../src/app/app-context.ts';
import { startServer } from '../../src/http/start-server.ts';
import { temporaryFolder } from '../support/test-stores.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const WEB_DIST = join(ROOT, 'web', 'dist');
export const SCREENSHOTS = join(ROOT, 'test-artifacts', 'screenshots');
export const BIN = join(ROOT, 'bin', 'referable.js');
export const NOW = '2026-11-25T12:00:00Z';
export const XSS_NAME = '<img src=x onerror=alert(1)>';
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function newestChange(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), info.mtimeMs);
}

/**
 * The tests drive the built assets. Missing or older than the sources (an edit since the last `npm run build`), they
 * are built first: the dashboard step of scripts/build.mjs only, because its CLI step empties dist/, which other test
 * files running at the same time use.
 */
export function ensureBuilt(): void {
  const index = join(WEB_DIST, 'index.html');
  const sources = Math.max(newestChange(join(ROOT, 'web', 'src')), newestChange(join(ROOT, 'web', 'index.html')), newestChange(join(ROOT, 'web', 'vite.config.ts')));
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  const built = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', join(ROOT, 'web', 'vite.config.ts'), '--logLevel', 'warn'], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`building the dashboard failed:\n${built.stdout}\n${built.stderr}`);
}

function referable(args: string[], cwd: string): string {
  const env: NodeJS.ProcessEnv = { ...process.env, REFERABLE_NOW: NOW, NO_COLOR: '1' };
  delete env.DATABASE_URL;
  delete env.REFERABLE_DB;
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`referable ${args.join(' ')} failed (exit ${result.status}):\n${result.stderr}`);
  return result.stdout;
}

/** The demo network plus one contact whose name is an HTML injection attempt, imported like any CSV. */
export function demoDatabase(): { folder: string; db: string } {
  const folder = temporaryFolder();
  const db = join(folder, 'dashboard.db');
  referable(['demo', '--db', db, '--json'], folder);
  const csv = join(folder, 'hostile.csv');
  writeFileSync(csv, `First Name,Last Name,Company,Position,Connected On\n"${XSS_NAME}",,Ledgerlark,Product Manager,01 Nov 2026\n`);
  referable(['import', csv, '--source', 'csv', '--db', db, '--json'], folder);
  return { folder, db };
}

export interface Dashboard {
  /** The origin, without a trailing slash. */
  url: string;
  close: () => Promise<void>;
}

/** `referable serve` as the user starts it, on a free loopback port, with the same fixed clock as the demo. */
export async function startDashboard(db: string): Promise<Dashboard> {
  const context = await openContext({ db }, { now: () => new Date(NOW) });
  const server = await startServer({ context, port: 0, webRoot: WEB_DIST, logError: (error) => console.error('referable serve:', error) });
  return {
    url: server.url.replace(/\/$/, ''),
    close: async () => {
      await server.close();
      await context.store.close();
    },
  };
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install it with "apt-get install -y chromium" (.ci/run does)`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, `${name}.png`);
}

/** The entry chunk index.html loads first, with its size raw and gzipped (what the 300 kB budget is about). */
export function mainChunk(): { file: string; bytes: number; gzip: number } {
  const html = readFileSync(join(WEB_DIST, 'index.html'), 'utf8');
  const match = /<script type="module"[^>]*src="\/assets\/([^"]+\.js)"/.exec(html);
  if (!match) throw new Error('web/dist/index.html does not load a module script; run npm run build');
  const bytes = readFileSync(join(WEB_DIST, 'assets', match[1]));
  return { file: match[1], bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}
