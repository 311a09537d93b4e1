// Shares.csv and Articles/*.html: what the member posted, shared and wrote on LinkedIn.
import type { ContentInput } from '../../core/content/content-item.ts';
import { readHeaderedCsv } from '../csv/headered-csv.ts';
import type { ImportIssue, InputFile } from '../import-issue.ts';
import { decodeText } from '../text/decode-text.ts';
import { parseDate } from '../text/parse-date.ts';

export function parseShares(file: InputFile): { content: ContentInput[]; issues: ImportIssue[] } {
  const csv = readHeaderedCsv(file, { required: ['Date', 'ShareLink'], expected: 'a LinkedIn Shares.csv', flagFormulas: false });
  const content: ContentInput[] = [];
  for (const row of csv.rows) {
    const url = row.get('ShareLink');
    if (!url) continue;
    const sharedUrl = row.get('SharedUrl');
    const commentary = row.get('ShareCommentary');
    content.push({
      kind: /^https?:\/\//i.test(sharedUrl) ? 'shared' : 'created',
      url,
      title: commentary.split(/\r?\n/)[0].slice(0, 120),
      publishedOn: parseDate(row.get('Date')),
      text: commentary,
      sharedUrl: /^https?:\/\//i.test(sharedUrl) ? sharedUrl : '',
      source: 'linkedin:Shares.csv',
    });
  }
  return { content, issues: csv.issues };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#\d+|[a-z]+);/gi, (whole, name: string) =>
      name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (ENTITIES[name.toLowerCase()] ?? whole),
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/** An article file "Articles/Articles/2024-05-18_flutter-web-renderer-tradeoffs.html": date and slug from the name. */
export function parseArticle(file: InputFile): { content: ContentInput[]; issues: ImportIssue[] } {
  const decoded = decodeText(file.name, file.bytes);
  if (decoded.text === null) return { content: [], issues: decoded.issues };
  const base = file.name.split('/').pop() ?? file.name;
  const match = /^(\d{4}-\d{2}-\d{2})_(.+)\.html?$/i.exec(base);
  const title = /<title>([\s\S]*?)<\/title>/i.exec(decoded.text)?.[1] ?? /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(decoded.text)?.[1] ?? '';
  return {
    content: [
      {
        kind: 'created',
        url: `linkedin-article:${match?.[2] ?? base}`,
        title: htmlToText(title) || (match?.[2] ?? base).replace(/-/g, ' '),
        publishedOn: match?.[1] ?? '',
        text: htmlToText(decoded.text).slice(0, 20_000),
        sharedUrl: '',
        source: 'linkedin:Articles',
      },
    ],
    issues: decoded.issues,
  };
}
