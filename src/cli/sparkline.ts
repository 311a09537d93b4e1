// Unicode sparklines for the terminal: a year of growth in one line.

const BARS = '▁▂▃▄▅▆▇█';

export function sparkline(values: number[]): string {
  if (values.length === 0) return '';
  const max = Math.max(...values);
  if (max <= 0) return BARS[0].repeat(values.length);
  return values.map((value) => BARS[Math.min(BARS.length - 1, Math.round((value / max) * (BARS.length - 1)))]).join('');
}

/** A bar of `width` cells filled to `share` (0–1), e.g. progress toward a goal. */
export function meter(share: number, width = 20): string {
  const filled = Math.max(0, Math.min(width, Math.round(share * width)));
  return `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
}
