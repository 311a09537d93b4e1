// Dates as exports write them ("05 Jun 2024", "2024-06-05 11:00:00 UTC", "Jun 5, 2024", "6/5/2024") to ISO forms.

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Month number from an English month name or abbreviation ("Jun", "June", "Sept"), 0 when not a month. */
function month(name: string): number {
  return MONTHS[name.toLowerCase().slice(0, 3)] ?? 0;
}

function iso(year: number, month: number, day: number): string {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1000 || year > 9999) return '';
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return ''; // 31 Feb and friends
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** ISO date (YYYY-MM-DD) or '' when the text is not a date we recognise. Slashed dates are read month-first (US). */
export function parseDate(text: string): string {
  const value = text.trim();
  if (!value) return '';
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(value);
  if (m) return iso(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})[ -]([A-Za-z]+)\.?[ -,]+(\d{4})$/.exec(value);
  if (m && month(m[2])) return iso(+m[3], month(m[2]), +m[1]);
  m = /^([A-Za-z]+)\.? (\d{1,2}),? (\d{4})$/.exec(value);
  if (m && month(m[1])) return iso(+m[3], month(m[1]), +m[2]);
  m = /^([A-Za-z]+)\.? (\d{4})$/.exec(value);
  if (m && month(m[1])) return iso(+m[2], month(m[1]), 1);
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (m) return iso(+m[3], +m[1], +m[2]);
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (m) return iso(+m[1], +m[2], +m[3]);
  m = /^(\d{4})$/.exec(value);
  if (m) return iso(+m[1], 1, 1);
  return '';
}

/** ISO timestamp (UTC) for "2024-06-05 11:00:00 UTC" and plain dates; '' when unrecognised. */
export function parseTimestamp(text: string): string {
  const value = text.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(?:UTC|Z|\+00:?00)?$/.exec(value);
  if (m) {
    const day = iso(+m[1], +m[2], +m[3]);
    return day ? `${day}T${m[4]}:${m[5]}:${m[6] ?? '00'}Z` : '';
  }
  const day = parseDate(value);
  return day ? `${day}T00:00:00Z` : '';
}
