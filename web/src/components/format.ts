// Number formats shared by the pages.
const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

export function count(value: number | null | undefined): string {
  return value === null || value === undefined || Number.isNaN(value) ? '–' : whole.format(value);
}

const PLURAL = new Intl.PluralRules('en');

/** "referral" or "referrals" for a count, by English plural rules (the noun alone: the number is shown apart). */
export function noun(value: number | null | undefined, singular: string, plural = `${singular}s`): string {
  return PLURAL.select(value ?? 0) === 'one' ? singular : plural;
}

/** "1 item", "2 items", "1,204 contacts". */
export function countNoun(value: number, singular: string, plural = `${singular}s`): string {
  return `${count(value)} ${noun(value, singular, plural)}`;
}

export function decimal(value: number | null | undefined): string {
  return value === null || value === undefined || Number.isNaN(value) ? '–' : oneDecimal.format(value);
}

/** A share 0–1 as a percentage. */
export function percent(value: number | null | undefined): string {
  return value === null || value === undefined || Number.isNaN(value) ? '–' : `${whole.format(value * 100)}%`;
}

export function strength(value: number | null | undefined): string {
  return value === null || value === undefined ? 'prospect' : value.toFixed(2);
}

export function date(value: string | null | undefined): string {
  return value ? value.slice(0, 10) : '';
}
