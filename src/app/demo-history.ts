// The demo's past: an earlier Connections.csv in which some people still worked elsewhere, so importing it before
// the current export shows job changes the way a real re-import does.
import { CONNECTIONS_HEADER, CONNECTIONS_PREAMBLE } from '../demo/generate-linkedin-export.ts';
import { csvText } from '../demo/csv-text.ts';
import { findHeader, readCsv } from '../import/csv/read-csv.ts';

/** Every `every`-th connection with an employer had the employer of someone further down the list a year ago. */
export function previousConnections(current: string, every = 40): string {
  const { records } = readCsv('Connections.csv', current, ',');
  const headerAt = findHeader(records, ['First Name', 'Connected On']);
  const rows = records.slice(headerAt + 1).map((record) => record.fields).filter((fields) => fields.length === CONNECTIONS_HEADER.length);
  const companyAt = CONNECTIONS_HEADER.indexOf('Company');
  const withEmployer = rows.map((fields, index) => (fields[companyAt] ? index : -1)).filter((index) => index >= 0);
  const before = rows.map((fields) => [...fields]);
  for (let i = 0; i < withEmployer.length; i += every) {
    const donor = withEmployer[(i + Math.floor(withEmployer.length / 3)) % withEmployer.length];
    if (rows[donor][companyAt] !== rows[withEmployer[i]][companyAt]) before[withEmployer[i]][companyAt] = rows[donor][companyAt];
  }
  return csvText(CONNECTIONS_HEADER, before, CONNECTIONS_PREAMBLE);
}
