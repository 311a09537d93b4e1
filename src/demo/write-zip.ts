// Packs generated export files into a ZIP shaped like LinkedIn's "Download your data" archive (CSVs at the root).
import { zipSync, type Zippable } from 'fflate';
import { civilFromDay, parseIsoDay } from './demo-dates.ts';

export interface ZipFilesOptions {
  /** Date stamped on every entry, ISO "YYYY-MM-DD" (say, the export's `today`); default 1980-01-01, the ZIP epoch. */
  date?: string;
}

/**
 * The files, UTF-8 encoded and deflated, in the map's order. Byte-identical for the same input: the entry
 * time comes from `options.date`, never from the clock. fflate reads the time with local-time getters, so the
 * Date is built from local components to stamp the same wall-clock date in every time zone.
 */
export function zipFiles(files: ReadonlyMap<string, string>, options: ZipFilesOptions = {}): Uint8Array {
  const { year, month, day } = civilFromDay(parseIsoDay(options.date ?? '1980-01-01'));
  if (year < 1980 || year > 2107) throw new RangeError(`ZIP entry dates must fall in 1980–2107, got ${options.date}`);
  const mtime = new Date(year, month - 1, day, 0, 0, 0);
  const encoder = new TextEncoder();
  const entries: Zippable = {};
  for (const [name, text] of files) entries[name] = [encoder.encode(text), { mtime }];
  return zipSync(entries, { level: 6 });
}
