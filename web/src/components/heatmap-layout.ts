// How the coverage heat map fits the width it has: on a phone as on a big screen, no label runs into another.

/** Pixels per character of a 12 px label, roughly: enough to decide whether a label fits, not to lay it out. */
const CHARACTER_WIDTH = 7;

/**
 * How the heat map fits a given width: the company names get at most a third of it, a quarter on a phone (cut with an
 * ellipsis beyond); the seniority labels slant or turn upright when the columns are narrow; a cell shows its number
 * only if the number fits (the tooltip and the table have them all).
 */
export function heatmapLayout(width: number, companies: string[], levels: string[]) {
  const nameWidth = Math.min(200, Math.round(width / (width < 520 ? 4 : 3)), CHARACTER_WIDTH * Math.max(1, ...companies.map((company) => company.length)));
  const left = nameWidth + 12;
  const cell = (width - left - 8) / Math.max(1, levels.length);
  const longestLevel = CHARACTER_WIDTH * Math.max(1, ...levels.map((level) => level.length));
  const rotate = cell >= longestLevel + 8 ? 0 : cell >= 40 ? 45 : 90;
  const levelHeight = rotate === 0 ? 20 : rotate === 45 ? Math.ceil(longestLevel * 0.71) + 12 : longestLevel + 12;
  return { nameWidth, left, cell, rotate, bottom: levelHeight + 48, cellFontSize: cell >= 30 ? 12 : 10 };
}

/** Whether a count fits in its cell at the font size the layout chose (digits are under 0.6 em wide). */
export function countFits(value: number, cell: number, fontSize: number): boolean {
  return String(value).length * fontSize * 0.58 + 2 <= cell;
}
