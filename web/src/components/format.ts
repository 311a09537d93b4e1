// Number formats shared by the pages.
const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

export function count(value: number | null | undefined): string {
  return value === null || value === undefined || Number.isNaN(value) ? '–' : whole.format(value);
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
