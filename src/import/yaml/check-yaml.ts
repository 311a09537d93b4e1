// A YAML file checked against a zod schema, with every problem named by its line and field.
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import type { ImportIssue } from '../import-issue.ts';

export type Path = (string | number)[];

/** Aliases a file may resolve: enough to repeat a list or two, far too few for an alias bomb. */
export const MAX_ALIASES = 100;

/** "companies[0].tier": how people read a path into a YAML file. */
export function fieldName(path: Path): string {
  return path.reduce<string>((name, step) => (typeof step === 'number' ? `${name}[${step}]` : name ? `${name}.${step}` : step), '');
}

interface SchemaProblem {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  keys?: string[];
  errors?: SchemaProblem[][];
}

/**
 * A union ("a company is a name or a mapping") fails with one issue per branch; report the branch the user was
 * writing, the one that got past the type check, with its path under the union's.
 */
function flattenUnions(problems: SchemaProblem[]): SchemaProblem[] {
  return problems.flatMap((problem) => {
    if (problem.code !== 'invalid_union' || !problem.errors?.length) return [problem];
    const branch = problem.errors.find((issues) => !(issues.length === 1 && issues[0].code === 'invalid_type' && issues[0].path.length === 0)) ?? problem.errors[0];
    return flattenUnions(branch.map((inner) => ({ ...inner, path: [...problem.path, ...inner.path] })));
  });
}

export function lineOf(doc: Document, lines: LineCounter, path: Path, key?: string): number | undefined {
  let node: unknown = doc.contents;
  for (const step of path) {
    if (!isMap(node) && !(node && typeof node === 'object' && 'items' in node)) break;
    const items = (node as { items: unknown[] }).items;
    const next = isMap(node) ? (node.items.find((pair) => isScalar(pair.key) && pair.key.value === step) ?? null) : items[step as number];
    if (!next) break;
    node = isPair(next) ? next.value : next;
  }
  if (key && isMap(node)) {
    const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
    if (pair && isScalar(pair.key) && pair.key.range) return lines.linePos(pair.key.range[0]).line;
  }
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? lines.linePos(range[0]).line : undefined;
}

export interface YamlCheck<T> {
  data: T | null;
  issues: ImportIssue[];
  /** The line of a path (or of a key under it), for checks made after the schema. */
  lineOf(path: Path, key?: string): number | undefined;
  issue(reason: string, line?: number, field?: string): ImportIssue;
}

/**
 * Parses YAML and validates it with a zod schema. Unknown keys are reported with a suggestion from `knownKeys`;
 * `emptyHint` says what the file should hold when it is not a mapping.
 */
export function checkYaml<S extends z.ZodType>(
  fileName: string,
  source: string,
  schema: S,
  options: { emptyHint: string; suggest?: (key: string, path: Path) => string },
): YamlCheck<z.output<S>> {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  const issue = (reason: string, line?: number, field?: string): ImportIssue => ({ file: fileName, line, field, reason, severity: 'error' });
  const at = (path: Path, key?: string) => lineOf(doc, lines, path, key);
  const fail = (issues: ImportIssue[]): YamlCheck<z.output<S>> => ({ data: null, issues, lineOf: at, issue });
  if (doc.errors.length > 0) {
    return fail(doc.errors.map((error) => issue(`not valid YAML: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`, error.linePos?.[0]?.line)));
  }
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    // The yaml package stops expanding past the limit ("billion laughs": a few lines that expand to gigabytes).
    if (!(error instanceof ReferenceError)) throw error;
    if (/excessive alias/i.test(error.message)) {
      return fail([issue(`uses aliases (*name) more than ${MAX_ALIASES} times, or nested so that they expand too far; write the values out instead`)]);
    }
    return fail([issue(`not valid YAML: ${error.message}`)]);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return fail([issue(options.emptyHint, 1)]);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    return fail(
      flattenUnions(parsed.error.issues as unknown as SchemaProblem[]).flatMap((problem) => {
        const path = problem.path.filter((step): step is string | number => typeof step !== 'symbol');
        if (problem.code === 'unrecognized_keys') {
          return (problem.keys ?? []).map((key) => issue(`unknown key "${key}"${options.suggest?.(key, path) ?? ''}`, at(path, key), fieldName([...path, key])));
        }
        const kinds: Record<string, string> = { number: 'a number', array: 'a list', object: 'a mapping', string: 'text', boolean: 'true or false' };
        const message = problem.code === 'invalid_type' ? `must be ${kinds[problem.expected ?? ''] ?? `a ${problem.expected}`}` : problem.message;
        return [issue(message, at(path), fieldName(path) || undefined)];
      }),
    );
  }
  return { data: parsed.data, issues: [], lineOf: at, issue };
}
