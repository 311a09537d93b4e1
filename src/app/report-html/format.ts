// Number, percentage and date formatting for the report: fixed English output, independent of the machine's locale.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 12345 -> "12,345"; rounds to whole numbers. */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return '–';
  const sign = value < 0 ? '-' : '';
  return sign + String(Math.round(Math.abs(value))).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A share 0–1 as a percentage: "42%", with one decimal under 10% so small shares do not read as zero. */
export function formatShare(share: number): string {
  if (!Number.isFinite(share)) return '–';
  const percent = share * 100;
  if (percent > 0 && percent < 10) return `${(Math.round(percent * 10) / 10).toFixed(1).replace(/\.0$/, '')}%`;
  return `${Math.round(percent)}%`;
}

/** A value with at most `digits` decimals and no trailing zeros: 2.50 -> "2.5". */
export function formatDecimal(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return '–';
  return String(Math.round(value * 10 ** digits) / 10 ** digits);
}

/** Tie strength 0–1 with two decimals, the way the CLI shows it. */
export function formatStrength(value: number): string {
  return Number.isFinite(value) ? value.toFixed(2) : '–';
}

/** "2025-03-14" -> "14 Mar 2025"; "2025-03" -> "Mar 2025"; anything else is shown as given. */
export function formatDate(value: string): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(value);
  if (!match) return value;
  const month = MONTHS[Number(match[2]) - 1];
  if (!month) return value;
  return match[3] ? `${Number(match[3])} ${month} ${match[1]}` : `${month} ${match[1]}`;
}

/** "2025-03-14T09:05:00.000Z" -> "14 Mar 2025, 09:05 UTC"; other strings are shown as given. */
export function formatTimestamp(value: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(value);
  if (!match) return formatDate(value);
  const zone = match[3] === 'Z' ? ' UTC' : match[3] ? ` ${match[3]}` : '';
  return `${formatDate(match[1])}, ${match[2]}${zone}`;
}

/** "2025-03" -> "Mar 25", short enough for a chart axis. */
export function formatMonthShort(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  const name = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && name ? `${name} ${match[1].slice(2)}` : month;
}

/** "1 contact" / "3 contacts". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
}
