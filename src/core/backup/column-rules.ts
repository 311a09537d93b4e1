// What a value in one backup column may hold: each rule checks one value and says, in words, what it should have been.

/** A column's rule: `check` returns null when the value fits, else what is wrong with it. */
export interface ColumnRule {
  check(value: unknown): string | null;
  /** The value a row may leave out (a column added by a later migration has a default); absent: the column is required. */
  readonly fallback?: string | number | null;
}

/** A check over a parsed JSON value: null when it fits, else what is wrong (with its path inside the value). */
export type JsonCheck = (value: unknown, path: string) => string | null;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not one). */
export function isIsoDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const parsed = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed) && new Date(parsed).toISOString().slice(0, 10) === value;
}

/** An ISO 8601 timestamp with a time zone (2026-11-25T12:00:00.000Z, 2026-11-25T13:00:00+01:00) on a real day. */
export function isIsoInstant(value: string): boolean {
  const match = INSTANT.exec(value);
  return match !== null && isIsoDay(match[1]);
}

function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === undefined) return 'missing';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function rule(expected: string, accepts: (value: unknown) => boolean, fallback?: string | number | null): ColumnRule {
  return { check: (value) => (accepts(value) ? null : `${shown(value)} is not ${expected}`), ...(fallback === undefined ? {} : { fallback }) };
}

const isString = (value: unknown): value is string => typeof value === 'string';

/** Any text ('' included). */
export function text(options: { fallback?: string } = {}): ColumnRule {
  return rule('text', isString, options.fallback);
}

/** An identifier: text that is not empty. */
export function id(): ColumnRule {
  return rule('an id (text that is not empty)', (value) => isString(value) && value.trim() !== '');
}

export function nullableId(): ColumnRule {
  return rule('an id or null', (value) => value === null || (isString(value) && value.trim() !== ''));
}

/** A YYYY-MM-DD day; with `empty`, also '' (not known). */
export function day(options: { empty?: boolean; fallback?: string } = {}): ColumnRule {
  return rule(options.empty ? 'a day (YYYY-MM-DD) or empty' : 'a day (YYYY-MM-DD)', (value) => isString(value) && ((options.empty && value === '') || isIsoDay(value)), options.fallback);
}

/** An ISO timestamp; with `empty`, also ''. */
export function instant(options: { empty?: boolean; fallback?: string } = {}): ColumnRule {
  return rule(
    options.empty ? 'an ISO timestamp (2026-11-25T12:00:00.000Z) or empty' : 'an ISO timestamp (2026-11-25T12:00:00.000Z)',
    (value) => isString(value) && ((options.empty && value === '') || isIsoInstant(value)),
    options.fallback,
  );
}

/** One of a fixed list of words; with `empty`, also ''. */
export function oneOf(values: readonly string[], options: { empty?: boolean; fallback?: string } = {}): ColumnRule {
  const list = values.map((value) => `"${value}"`).join(', ');
  return rule(`one of ${list}${options.empty ? ' or empty' : ''}`, (value) => isString(value) && ((options.empty && value === '') || values.includes(value)), options.fallback);
}

/** A whole number in [min, max]; with `nullable`, also null. */
export function integer(min: number, max: number, options: { nullable?: boolean; fallback?: number | null; meaning?: string } = {}): ColumnRule {
  const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
  const what = `${options.meaning ? `${options.meaning}: ` : ''}a whole number ${range}${options.nullable ? ', or null' : ''}`;
  return rule(what, (value) => (options.nullable && value === null) || (Number.isInteger(value) && (value as number) >= min && (value as number) <= max), options.fallback);
}

/** 0 or 1 (how both databases store a yes/no). */
export function flag(options: { fallback?: number } = {}): ColumnRule {
  return rule('0 or 1', (value) => value === 0 || value === 1, options.fallback);
}

/** A finite number in [min, max]. */
export function number(min: number, max: number, options: { fallback?: number } = {}): ColumnRule {
  return rule(`a number from ${min} to ${max}`, (value) => typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max, options.fallback);
}

/** Text holding JSON of the shape `inner` checks. */
export function json(inner: JsonCheck, options: { fallback?: string } = {}): ColumnRule {
  return {
    check(value) {
      if (!isString(value)) return `${shown(value)} is not text holding JSON`;
      let parsed: unknown;
      try {
        parsed = JSON.parse(value);
      } catch (error) {
        return `${shown(value)} is not well-formed JSON (${(error as Error).message})`;
      }
      return inner(parsed, '');
    },
    ...(options.fallback === undefined ? {} : { fallback: options.fallback }),
  };
}

// Shapes inside JSON values. Paths read like "[2].state" so a message can point into the value.

const at = (path: string) => (path ? `${path} ` : '');

export const jsonText: JsonCheck = (value, path) => (isString(value) ? null : `${at(path)}${shown(value)} is not text`);

export const jsonBoolean: JsonCheck = (value, path) => (typeof value === 'boolean' ? null : `${at(path)}${shown(value)} is not true or false`);

export const jsonCount: JsonCheck = (value, path) => (Number.isInteger(value) && (value as number) >= 0 ? null : `${at(path)}${shown(value)} is not a count (a whole number 0 or more)`);

export function jsonWord(values: readonly string[]): JsonCheck {
  return (value, path) => (isString(value) && values.includes(value) ? null : `${at(path)}${shown(value)} is not one of ${values.map((word) => `"${word}"`).join(', ')}`);
}

export function jsonInstant(options: { empty?: boolean } = {}): JsonCheck {
  return (value, path) => (isString(value) && ((options.empty && value === '') || isIsoInstant(value)) ? null : `${at(path)}${shown(value)} is not an ISO timestamp${options.empty ? ' or empty' : ''}`);
}

export function listOf(item: JsonCheck): JsonCheck {
  return (value, path) => {
    if (!Array.isArray(value)) return `${at(path)}${shown(value)} is not a list`;
    for (let index = 0; index < value.length; index++) {
      const problem = item(value[index], `${path}[${index}]`);
      if (problem) return problem;
    }
    return null;
  };
}

/**
 * An object whose listed fields, when present, fit their checks (`required` ones must be present). Other fields are
 * left alone: readers ignore them, and refusing them would refuse backups for no harm.
 */
export function objectOf(fields: Record<string, JsonCheck>, required: readonly string[] = []): JsonCheck {
  return (value, path) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return `${at(path)}${shown(value)} is not an object`;
    const record = value as Record<string, unknown>;
    for (const name of required) if (!(name in record)) return `${path ? `${path}.` : ''}${name} is missing`;
    for (const [name, check] of Object.entries(fields)) {
      if (!(name in record)) continue;
      const problem = check(record[name], path ? `${path}.${name}` : name);
      if (problem) return problem;
    }
    return null;
  };
}
