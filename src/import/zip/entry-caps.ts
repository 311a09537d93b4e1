// Caps on one kind of file in an export (LinkedIn articles): how many are read and how large each may be, decided on
// names and sizes before anything is inflated or read, with an issue naming the file and the cap for what is left out.
import type { ImportIssue } from '../import-issue.ts';

export interface EntryCap {
  /** What the files are, for messages: "article". */
  what: string;
  matches: (name: string) => boolean;
  maxBytes: number;
  maxCount: number;
}

export interface SizedName {
  name: string;
  size: number;
}

function bytes(value: number): string {
  return `${value.toLocaleString('en-US')} bytes`;
}

/**
 * The names to read: every file no cap matches, and for each cap the first `maxCount` matching files (in the order
 * given) of at most `maxBytes`. `label` turns a name into what issues show ("export.zip:Articles/a.html").
 */
export function applyEntryCaps<T extends SizedName>(files: T[], caps: EntryCap[], label: (name: string) => string): { kept: T[]; issues: ImportIssue[] } {
  const kept: T[] = [];
  const issues: ImportIssue[] = [];
  const counts = new Map<EntryCap, number>();
  const overCount = new Map<EntryCap, T[]>();
  for (const file of files) {
    const cap = caps.find((candidate) => candidate.matches(file.name));
    if (!cap) {
      kept.push(file);
      continue;
    }
    if (file.size > cap.maxBytes) {
      issues.push({
        file: label(file.name),
        reason: `the ${cap.what} is ${bytes(file.size)}, more than the ${bytes(cap.maxBytes)} one ${cap.what} may be; it was not read`,
        severity: 'error',
      });
      continue;
    }
    const count = counts.get(cap) ?? 0;
    if (count >= cap.maxCount) {
      overCount.set(cap, [...(overCount.get(cap) ?? []), file]);
      continue;
    }
    counts.set(cap, count + 1);
    kept.push(file);
  }
  for (const [cap, skipped] of overCount) {
    const others = skipped.length - 1;
    issues.push({
      file: label(skipped[0].name),
      reason: `only ${cap.maxCount.toLocaleString('en-US')} ${cap.what}s are read from one export; this one${others > 0 ? ` and ${others.toLocaleString('en-US')} more after it were` : ' was'} not read`,
      severity: 'error',
    });
  }
  return { kept, issues };
}
