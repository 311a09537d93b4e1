// The name a client gave its upload, made safe to show and to record in the import audit.
import { basename } from 'node:path';

/** A file name a client sent, made safe as a name: no path, no control characters, bounded. */
export function safeFileName(name: string | undefined, fallback: string): string {
  let decoded = name ?? '';
  try {
    decoded = decodeURIComponent(decoded);
  } catch {
    // Not percent-encoded: use it as it is.
  }
  const cleaned = basename(decoded.replace(/\\/g, '/'))
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '')
    .trim()
    .slice(-150);
  return cleaned && cleaned !== '.' && cleaned !== '..' ? cleaned : fallback;
}
