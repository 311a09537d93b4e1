// Which region phone numbers without a country code belong to: the workspace's setting, else the system locale's.
import type { AppContext } from './app-context.ts';
import { loadSettings } from './settings.ts';
import { localeRegion } from '../import/text/phone-number.ts';

/**
 * The settings' contacts.defaultRegion, else the region of the user's locale ("de-DE" -> DE), else none. The locale's
 * region is checked against the phone metadata by the key reader when it reads its first number (see phoneKeyReader),
 * so an import without numbers does not load the metadata.
 */
export async function phoneRegion(context: AppContext): Promise<string | undefined> {
  const { defaultRegion } = (await loadSettings(context)).contacts;
  if (defaultRegion) return defaultRegion;
  return localeRegion(context.locale ? context.locale() : Intl.DateTimeFormat().resolvedOptions().locale);
}
