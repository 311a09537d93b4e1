// Dates as exports and spreadsheets write them ("05 Jun 2024", "07-Feb-24", "1/8/18, 6:14 PM", "2021/12/16 12:56:17 UTC",
// ISO) to ISO forms. Every spelling LinkedIn has used is read; a value we cannot read for sure is '' (never a wrong date).

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/**
 * Two-digit years ("07-Feb-24", "1/8/18") are read with the POSIX strptime window: 69-99 are 1969-1999 and 00-68 are
 * 2000-2068. LinkedIn started in 2003 and Excel writes two-digit years when it re-saves an export, so every real
 * connection date lands on the right century until 2068.
 */
export const TWO_DIGIT_YEAR_PIVOT = 69;

export function fullYear(year: string): number {
  const value = Number(year);
  if (year.length !== 2) return value;
  return value >= TWO_DIGIT_YEAR_PIVOT ? 1900 + value : 2000 + value;
}

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Month number from an English month name or abbreviation ("Jun", "June", "Sept"), 0 when not a month. */
function month(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, '');
  const number = MONTHS[key.slice(0, 3)] ?? 0;
  // "Junk" or "Marching" are not months: the whole word must be a month's name or a prefix of it.
  return number && (MONTH_NAMES[number - 1].startsWith(key) || key === 'sept') ? number : 0;
}

function iso(year: number, month: number, day: number): string {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1000 || year > 9999) return '';
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return ''; // 31 Feb and friends
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

interface Parsed {
  date: string;
  /** "HH:MM:SS" when the value carries a time, '' otherwise. */
  time: string;
  /** Minutes east of UTC the value names ("+02:00"); 0 when it names UTC or no zone (read as UTC). */
  offset: number;
}

const Y4 = '(\\d{4})';
const Y = '(\\d{4}|\\d{2})';
const D = '(\\d{1,2})';
const MON = '([A-Za-z]{3,9}\\.?)';
/** A time after the date: "6:14 PM", "12:56:17", "09:30:15.123", "11:00:00 UTC", "14:02+02:00". */
const TIME = '(?:[T ,]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*([AaPp]\\.?[Mm]\\.?)?)?';
const ZONE = '\\s*(Z|UTC|GMT|[+-]\\d{2}:?\\d{2})?';

/** Each layout: its pattern and how to read year, month and day from the groups before the time's four groups. */
const LAYOUTS: { pattern: RegExp; read: (m: string[]) => [number, number, number] }[] = [
  // 2024-06-05, 2024-06-05T09:30:00Z, 2024-06-05 11:00:00 UTC; 2021/12/16 12:56:17 UTC (endorsement dates)
  { pattern: new RegExp(`^${Y4}[-/](\\d{1,2})[-/](\\d{1,2})${TIME}${ZONE}$`), read: (m) => [+m[1], +m[2], +m[3]] },
  // 05 Jun 2024, 5 June 2024, 07-Feb-24 and 4-Apr-21 (Excel re-saves), 12 Mar 19, 05 Jun, 2024
  { pattern: new RegExp(`^${D}[ \\-/.]${MON}[ \\-/.,]+${Y}${TIME}${ZONE}$`), read: (m) => [fullYear(m[3]), month(m[2]), +m[1]] },
  // Jun 5, 2024; June 5 2024; Jan 8, 18
  { pattern: new RegExp(`^${MON} ${D},? ${Y}${TIME}${ZONE}$`), read: (m) => [fullYear(m[3]), month(m[1]), +m[2]] },
  // 1/8/18, 6:14 PM (LinkedIn 2018 and Invitations.csv), 6/5/2024: month first, as LinkedIn writes it
  { pattern: new RegExp(`^${D}/${D}/${Y}${TIME}${ZONE}$`), read: (m) => [fullYear(m[3]), +m[1], +m[2]] },
  // 07.02.2024, 7.2.24: the dotted spelling is day first wherever it is written
  { pattern: new RegExp(`^${D}\\.${D}\\.${Y}${TIME}${ZONE}$`), read: (m) => [fullYear(m[3]), +m[2], +m[1]] },
];

function parse(text: string): Parsed | null {
  // Newer Intl output puts a narrow no-break space before AM/PM; spreadsheets leave stray spaces.
  const value = text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!value) return null;
  for (const layout of LAYOUTS) {
    const m = layout.pattern.exec(value);
    if (!m) continue;
    const [year, monthNumber, day] = layout.read(m);
    const date = iso(year, monthNumber, day);
    if (!date) return null;
    const at = m.length - 5;
    const time = readTime(m[at], m[at + 1], m[at + 2], m[at + 3]);
    if (time === null) return null;
    const offset = readOffset(m[at + 4]);
    return { date, time, offset };
  }
  let m = /^([A-Za-z]{3,9}\.?) (\d{4})$/.exec(value);
  if (m && month(m[1])) return { date: iso(+m[2], month(m[1]), 1), time: '', offset: 0 };
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (m) return { date: iso(+m[1], +m[2], +m[3]), time: '', offset: 0 };
  m = /^(\d{4})$/.exec(value);
  if (m) return { date: iso(+m[1], 1, 1), time: '', offset: 0 };
  return null;
}

/** "HH:MM:SS", '' without a time, null for an impossible one (25:00, 13 PM). */
function readTime(hours?: string, minutes?: string, seconds?: string, meridiem?: string): string | null {
  if (hours === undefined) return '';
  let hour = +hours;
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    const pm = /^p/i.test(meridiem);
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  if (hour > 23 || +minutes! > 59 || +(seconds ?? 0) > 59) return null;
  return `${String(hour).padStart(2, '0')}:${minutes}:${seconds ?? '00'}`;
}

function readOffset(zone?: string): number {
  const m = zone ? /^([+-])(\d{2}):?(\d{2})$/.exec(zone) : null;
  return m ? (m[1] === '-' ? -1 : 1) * (+m[2] * 60 + +m[3]) : 0;
}

/**
 * ISO date (YYYY-MM-DD) or '' when the text is not a date we recognise. Slashed dates are month first (US), as
 * LinkedIn writes them; dotted ones day first. A time after the date is allowed and ignored.
 */
export function parseDate(text: string): string {
  return parse(text)?.date ?? '';
}

/**
 * ISO timestamp (UTC) for any date parseDate reads, with its time when it has one ("2024-06-05 11:00:00 UTC",
 * "1/8/18, 6:14 PM"); a plain date is midnight. A value that names no zone is read as UTC, the only zone LinkedIn
 * ever names. '' when unrecognised.
 */
export function parseTimestamp(text: string): string {
  const parsed = parse(text);
  if (!parsed) return '';
  const local = `${parsed.date}T${parsed.time || '00:00:00'}Z`;
  if (parsed.offset === 0) return local;
  return new Date(Date.parse(local) - parsed.offset * 60_000).toISOString().replace(/\.000Z$/, 'Z');
}
