// Spreadsheet placeholders ("NA", "N/A", "#N/A", "-") and Excel error values: cells that hold no value at all.

/**
 * What Excel and people put in an empty cell. "#N/A" and the other error values come from formulas in a re-saved
 * export; "NA", "N/A" and "-" are typed. Matched in any case after trimming.
 */
const PLACEHOLDERS = new Set(['na', 'n/a', '#n/a', '-', '–', '—', '#value!', '#ref!', '#name?', '#null!', '#num!', '#div/0!']);

/**
 * Whether a cell is a placeholder rather than a value. "Na" written as a name (a Korean family name, 나) is kept:
 * a placeholder is written "NA", "na" or "N/A", never in title case.
 */
export function isPlaceholder(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed.length > 7 || trimmed === 'Na') return false;
  return PLACEHOLDERS.has(trimmed.toLowerCase());
}
