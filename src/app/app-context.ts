// What every use case runs with: the store, a clock, the user's calendar day and an id source (injected so tests are deterministic).
import { isReferableError, ReferableError } from '../core/errors.ts';
import { openStore, type Store } from '../store/open-store.ts';
import { randomId } from './random-id.ts';
import { IMPORT_NETWORK } from './next-steps.ts';

export interface AppContext {
  store: Store;
  /** The current time; tests pass a fixed clock. */
  now: () => Date;
  /**
   * The user's calendar day, YYYY-MM-DD in their time zone: what "today", "this week" and "not in the future" mean.
   * Stored timestamps stay UTC; only day decisions use this. Left out, it is the day of now() in the process's local
   * time zone (TZ), so a user east of UTC is not told that their own date is in the future.
   */
  today?: () => string;
  /** The user's calendar day of an instant: which day (and week) a stored UTC timestamp falls on for them. */
  dayOf?: (at: Date) => string;
  newId: () => string;
  /**
   * The user's locale (BCP 47, "de-DE"): its region reads phone numbers written without a country code when the
   * settings name no region. Left out, the process's locale (Intl); tests pass one so they do not depend on the machine.
   */
  locale?: () => string;
}

/** Per zone name; null for a name Intl refused, so it is not tried again on every call. */
const dayFormats = new Map<string, Intl.DateTimeFormat | null>();

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * The calendar day (YYYY-MM-DD) of `at` in `timeZone` (an IANA name such as Australia/Sydney), or in the process's
 * local time zone when none is given or the name is not one Intl knows.
 */
export function localDay(at: Date, timeZone?: string): string {
  if (timeZone) {
    let format = dayFormats.get(timeZone);
    if (format === undefined) {
      try {
        format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
      } catch {
        // A POSIX TZ string Intl does not take ("UTC0", ":/etc/localtime"): the process applies it to Date itself.
        format = null;
      }
      dayFormats.set(timeZone, format);
    }
    if (format) {
      const parts = new Map(format.formatToParts(at).map((part) => [part.type, part.value]));
      return `${pad(Number(parts.get('year')), 4)}-${parts.get('month')}-${parts.get('day')}`;
    }
  }
  return `${pad(at.getFullYear(), 4)}-${pad(at.getMonth() + 1, 2)}-${pad(at.getDate(), 2)}`;
}

/** The user's day of an instant for a context: its dayOf() when given, else the day in the local time zone. */
export function dayOfIn(context: Pick<AppContext, 'dayOf'>, at: Date): string {
  return context.dayOf ? context.dayOf(at) : localDay(at);
}

/**
 * A UTC timestamp on the user's `day`, for something recorded with a date only: noon UTC, which is that day from
 * UTC-12 to UTC+11; further east (New Zealand in summer is UTC+13) noon UTC is already the next day, and midnight UTC
 * is their afternoon.
 */
export function instantOnDay(context: Pick<AppContext, 'dayOf'>, day: string): string {
  const noon = `${day}T12:00:00.000Z`;
  return dayOfIn(context, new Date(noon)) === day ? noon : `${day}T00:00:00.000Z`;
}

/** The user's day for a context: its today() when given, else the user's day of its clock. */
export function todayOf(context: Pick<AppContext, 'now' | 'today' | 'dayOf'>): string {
  return context.today ? context.today() : dayOfIn(context, context.now());
}

export { randomId } from './random-id.ts';

export interface StoreSettings {
  /** --db flag: a SQLite path or a postgres:// URL. */
  db?: string;
  env?: Record<string, string | undefined>;
  workspace?: string;
  /** Reading only: refuse with "nothing imported yet" instead of creating a database or a workspace. */
  mustExist?: boolean;
}

/** Where data lives: --db, then DATABASE_URL (PostgreSQL), then REFERABLE_DB, then ./referable.db. */
export function resolveStoreLocation(settings: StoreSettings): string {
  const env = settings.env ?? {};
  return settings.db || env.DATABASE_URL || env.REFERABLE_DB || './referable.db';
}

export async function openContext(settings: StoreSettings, overrides: Partial<Omit<AppContext, 'store'>> = {}): Promise<AppContext> {
  const now = overrides.now ?? (() => new Date());
  const dayOf = overrides.dayOf ?? ((at: Date) => localDay(at));
  const today = overrides.today ?? (() => dayOf(now()));
  let store: Store;
  try {
    store = await openStore({ location: resolveStoreLocation(settings), workspaceId: settings.workspace ?? 'default', mustExist: settings.mustExist }, now().toISOString());
  } catch (error) {
    if (isReferableError(error) && error.details?.missing) {
      throw new ReferableError('NOT_FOUND', `nothing imported yet: import your LinkedIn export first; ${error.message}`, error.details, IMPORT_NETWORK);
    }
    throw error;
  }
  return { store, now, today, dayOf, newId: overrides.newId ?? randomId };
}
