// Which region phone numbers without a country code belong to: the workspace's setting, else the system locale's.
import type { AppContext } from './app-context.ts';
import { loadSettings } from './settings.ts';
import { regionOfLocale } from '../import/text/phone-number.ts';

/** The settings' contacts.defaultRegion, else the region of the user's locale ("de-DE" -> DE), else none. */
export async function phoneRegion(context: AppContext): Promise<string | undefined> {
  const { defaultRegion } = (await loadSettings(context)).contacts;
  if (defaultRegion) return defaultRegion;
  return regionOfLocale(context.locale ? context.locale() : Intl.DateTimeFormat().resolvedOptions().locale);
}
