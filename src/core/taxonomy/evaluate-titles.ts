// Measures a title classifier against a labelled set: accuracy per field and every miss with the reason given, for tests and the bench.
import { classifyTitle, type TitleClass } from './classify-title.ts';
import type { JobFunction, Seniority, Unknown } from './linkedin-taxonomy.ts';

export interface LabelledTitle {
  title: string;
  seniority: Seniority | Unknown;
  function: JobFunction | Unknown;
}

export type EvalRow = readonly [title: string, seniority: Seniority | Unknown, jobFunction: JobFunction | Unknown];

export interface TitleMiss {
  title: string;
  expected: { seniority: Seniority | Unknown; function: JobFunction | Unknown };
  actual: TitleClass;
  /** Which of the two fields disagree. */
  wrong: readonly ('seniority' | 'function')[];
}

export interface TitleEvaluation {
  total: number;
  /** Share of titles whose seniority matches, 0..1 (1 for an empty set). */
  seniorityAccuracy: number;
  functionAccuracy: number;
  misses: TitleMiss[];
}

export function evaluateTitles(
  set: readonly LabelledTitle[],
  classify: (title: string) => TitleClass = classifyTitle,
): TitleEvaluation {
  let seniorityHits = 0;
  let functionHits = 0;
  const misses: TitleMiss[] = [];
  for (const item of set) {
    const actual = classify(item.title);
    const wrong: ('seniority' | 'function')[] = [];
    if (actual.seniority === item.seniority) seniorityHits++;
    else wrong.push('seniority');
    if (actual.function === item.function) functionHits++;
    else wrong.push('function');
    if (wrong.length > 0) misses.push({ title: item.title, expected: { seniority: item.seniority, function: item.function }, actual, wrong });
  }
  const total = set.length;
  return {
    total,
    seniorityAccuracy: total === 0 ? 1 : seniorityHits / total,
    functionAccuracy: total === 0 ? 1 : functionHits / total,
    misses,
  };
}
