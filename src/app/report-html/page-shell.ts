// The one page shell of every HTML file Referable writes (the market report, a cohort's outcome report): a single
// self-contained document with inline CSS, a strict Content-Security-Policy, no scripts and nothing fetched.
import { html, trustedHtml, type SafeHtml } from './html-escape.ts';
import { REPORT_CSS } from './report-styles.ts';

/**
 * The pages' Content-Security-Policy: nothing may load or run, no scripts, no network, no frames, no forms; inline
 * styles only (the stylesheet and the progress bar's width); images only as data: URLs (the reports have none).
 */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** A whole document around `body` (already escaped markup); `title` is untrusted text and is escaped. */
export function selfContainedPage(title: string, body: SafeHtml): string {
  return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${trustedHtml(REPORT_CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="Referable">
<title>${title}</title>
<style>${trustedHtml(REPORT_CSS)}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`.value;
}
