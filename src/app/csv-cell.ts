// One CSV cell for export: quoted when needed, and never a formula a spreadsheet would run (CSV injection).

/** Cells starting with = + - @ (or tab/CR) get a leading apostrophe, the OWASP-recommended neutralization. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
