// Shares.csv and Articles/*.html: what the member posted, shared and wrote on LinkedIn.
import type { ContentInput } from '../../core/content/content-item.ts';
import { readHeaderedCsv } from '../csv/headered-csv.ts';
import type { ImportIssue, InputFile } from '../import-issue.ts';
import { decodeText } from '../text/decode-text.ts';
import { parseDate } from '../text/parse-date.ts';

/** Who could see a post. LinkedIn writes these in a Visibility column; they are never the post's words. */
const VISIBILITY = new Set(['PUBLIC', 'CONNECTIONS', 'LOGGED_IN', 'CONNECTIONS_ONLY']);
const isVisibility = (value: string): boolean => VISIBILITY.has(value.toUpperCase());
const isLink = (value: string): boolean => /^https?:\/\//i.test(value);

/**
 * One post per row, in the 2018 layout (UTF-16, tab-separated, "Share Link", "Share Commentary", "Shared Url") and the
 * current one ("ShareLink", "ShareCommentary", "SharedUrl"): column names compare without spaces. Some exports carry the visibility in the ShareCommentary column and the words under SharedUrl
 * (one column shifted): a visibility value is never read as text, and text under SharedUrl becomes the post's
 * words rather than a link, with one warning per file.
 */
export function parseShares(file: InputFile): { content: ContentInput[]; issues: ImportIssue[] } {
  const csv = readHeaderedCsv(file, { required: ['Date', 'ShareLink'], expected: 'a LinkedIn Shares.csv', flagFormulas: false, looseNames: true });
  const content: ContentInput[] = [];
  const issues = csv.issues;
  let warned = false;
  for (const row of csv.rows) {
    const url = row.get('ShareLink');
    if (!url) continue;
    const rawShared = row.get('SharedUrl');
    let commentary = row.get('ShareCommentary');
    if (isVisibility(commentary)) commentary = '';
    const sharedUrl = isLink(rawShared) ? rawShared : '';
    if (rawShared && !sharedUrl) {
      if (!commentary && !isVisibility(rawShared)) commentary = rawShared;
      if (!warned) {
        warned = true;
        const shown = rawShared.length > 60 ? `${rawShared.slice(0, 60)}…` : rawShared;
        issues.push({
          file: file.name, line: row.line, field: 'SharedUrl', severity: 'warning',
          reason: `the SharedUrl column holds text, not a link ("${shown}"); such text was read as the post's words and no shared link was stored (the file's columns look shifted)`,
        });
      }
    }
    content.push({
      kind: sharedUrl ? 'shared' : 'created',
      url,
      title: commentary.split(/\r?\n/)[0].slice(0, 120),
      publishedOn: parseDate(row.get('Date')),
      text: commentary,
      sharedUrl,
      source: 'linkedin:Shares.csv',
    });
  }
  return { content, issues: issues.list() };
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

/**
 * How many articles one export may hold and how large each may be. A prolific writer has a few hundred articles of
 * 10-150 kB of HTML (images are links); more, or larger, is a crafted archive, not an export.
 */
export const ARTICLE_LIMITS = {
  maxBytes: 512 * 1024,
  maxCount: 1000,
};

/** An article file "Articles/Articles/2024-05-18_flutter-web-renderer-tradeoffs.html": date and slug from the name. */
export function parseArticle(file: InputFile): { content: ContentInput[]; issues: ImportIssue[] } {
  if (file.bytes.length > ARTICLE_LIMITS.maxBytes) {
    const reason = `the article is ${file.bytes.length.toLocaleString('en-US')} bytes, more than the ${ARTICLE_LIMITS.maxBytes.toLocaleString('en-US')} bytes one article may be; it was not read`;
    return { content: [], issues: [{ file: file.name, reason, severity: 'error' }] };
  }
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
