// Use cases for workspace settings: write the example, set from a file (validated, all or nothing), show, reset, load.
import { existsSync, readFileSync } from 'node:fs';
import { ReferableError } from '../core/errors.ts';
import { writeOutput } from './output-file.ts';
import { formatIssue } from '../core/imports/import-issue.ts';
import { resolveSettings, type Settings, type SettingsOverrides } from '../core/settings/settings.ts';
import type { AppContext } from './app-context.ts';

/**
 * The settings file's parser and example writer, loaded when a settings text is there to read or write: they bring zod
 * and yaml, about a tenth of a second of loading, which a command in a workspace with the default settings (every
 * import into a new database) would otherwise pay at start-up for nothing.
 */
const settingsFile = () => import('../import/settings/settings-file.ts');
const settingsExample = () => import('../import/settings/settings-example.ts');

/** The settings document's name in the store; its value is the YAML text as the user wrote it (comments kept). */
export const SETTINGS_NAME = 'settings-file';

async function parseOrThrow(fileName: string, text: string): Promise<SettingsOverrides> {
  const { overrides, issues } = (await settingsFile()).parseSettingsFile(fileName, text);
  if (!overrides) {
    throw new ReferableError('INVALID_INPUT', `${fileName} is not a valid settings file; nothing was changed:\n${issues.map((issue) => `  ${formatIssue(issue)}`).join('\n')}`, { issues });
  }
  return overrides;
}

/** What is wrong with a settings text, one line each; empty when it is valid (backups are checked with it). */
export async function settingsProblems(fileName: string, text: string): Promise<string[]> {
  const { overrides, issues } = (await settingsFile()).parseSettingsFile(fileName, text);
  return overrides ? [] : issues.map(formatIssue);
}

export async function writeExampleSettings(path: string, options: { force?: boolean } = {}): Promise<string> {
  if (existsSync(path) && !options.force) {
    throw new ReferableError('CONFLICT', `${path} already exists; edit it, or add --force to overwrite it with the defaults`);
  }
  writeOutput(path, (await settingsExample()).exampleSettingsYaml(), { what: 'the example settings' });
  return path;
}

export interface SettingsView {
  /** The YAML the user set, or '' when only defaults apply. */
  text: string;
  settings: Settings;
}

/** The effective settings: defaults with the workspace's file on top. */
export async function loadSettings(context: AppContext): Promise<Settings> {
  return (await showSettings(context)).settings;
}

export async function showSettings(context: AppContext): Promise<SettingsView> {
  const text = (await context.store.workspace.settings.read(SETTINGS_NAME)) ?? '';
  return { text, settings: resolveSettings(text ? await storedOverrides(text) : {}) };
}

/** The last stored text parsed: serve reads the settings on every contact view, and parsing YAML costs. */
let lastStored: { text: string; overrides: SettingsOverrides } | null = null;

async function storedOverrides(text: string): Promise<SettingsOverrides> {
  if (lastStored?.text !== text) lastStored = { text, overrides: await parseOrThrow('stored settings', text) };
  return lastStored.overrides;
}

/** Validates the text first: an invalid file changes nothing. */
export async function setSettingsText(context: AppContext, fileName: string, text: string): Promise<SettingsView> {
  const settings = resolveSettings(await parseOrThrow(fileName, text));
  await context.store.workspace.settings.write(SETTINGS_NAME, text, context.now().toISOString());
  return { text, settings };
}

export async function setSettings(context: AppContext, path: string): Promise<SettingsView> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ReferableError('NOT_FOUND', `${path}: no such file; write one with the defaults first`, { file: path }, { text: 'Write the settings file with the defaults', command: `referable config init ${path}` });
  }
  return setSettingsText(context, path, text);
}

export async function resetSettings(context: AppContext): Promise<SettingsView> {
  return setSettingsText(context, 'defaults', '');
}
