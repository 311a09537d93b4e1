// A LinkedIn Connections.csv for tests of teams: one row per person at a company with a title, each with the profile
// address two teammates' exports agree on (so the same person in two networks is one person in the pooled views).
export type ConnectionRow = [first: string, last: string, company: string, title: string];

export function connectionsCsv(rows: readonly ConnectionRow[]): Uint8Array {
  const lines = rows.map(([first, last, company, title]) => `${first},${last},https://www.linkedin.com/in/${`${first}-${last}`.toLowerCase()},,${company},${title},05 Jun 2024`);
  return new TextEncoder().encode(['First Name,Last Name,URL,Email Address,Company,Position,Connected On', ...lines, ''].join('\n'));
}
