// Writing CSV text the way LinkedIn's exports do: comma-separated, LF line ends, quotes only where needed.

/** A field quoted only when it holds a comma, a quote or a line break (or edge spaces); inner quotes doubled. */
export function csvField(value: string): string {
  if (/[",\r\n]/.test(value) || (value.length > 0 && (value[0] === ' ' || value[value.length - 1] === ' '))) {
    return `"${value.replace(/"/g, '""')}"`;
  }
  return value;
}

export function csvLine(fields: readonly string[]): string {
  let line = '';
  for (let i = 0; i < fields.length; i++) line += (i === 0 ? '' : ',') + csvField(fields[i]);
  return line;
}

/**
 * A whole file: optional preamble lines written verbatim (Connections.csv has one), the header, the rows,
 * and a final newline as in the real export.
 */
export function csvText(header: readonly string[], rows: readonly (readonly string[])[], preamble: readonly string[] = []): string {
  const lines: string[] = [...preamble, header.join(',')];
  for (const row of rows) lines.push(csvLine(row));
  return `${lines.join('\n')}\n`;
}
