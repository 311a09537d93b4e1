// LinkedIn's 10 seniority levels and 26 job functions, with the ids its APIs use (urn:li:seniority:N, urn:li:function:N).
// Source: LinkedIn API reference tables (facts), copied from ../shared/data/linkedin/linkedin_functions_seniorities.json.

export const SENIORITIES = [
  { id: 1, name: 'Unpaid' },
  { id: 2, name: 'Training' },
  { id: 3, name: 'Entry' },
  { id: 4, name: 'Senior' },
  { id: 5, name: 'Manager' },
  { id: 6, name: 'Director' },
  { id: 7, name: 'VP' },
  { id: 8, name: 'CXO' },
  { id: 9, name: 'Partner' },
  { id: 10, name: 'Owner' },
] as const;

export const JOB_FUNCTIONS = [
  { id: 1, name: 'Accounting' },
  { id: 2, name: 'Administrative' },
  { id: 3, name: 'Arts and Design' },
  { id: 4, name: 'Business Development' },
  { id: 5, name: 'Community and Social Services' },
  { id: 6, name: 'Consulting' },
  { id: 7, name: 'Education' },
  { id: 8, name: 'Engineering' },
  { id: 9, name: 'Entrepreneurship' },
  { id: 10, name: 'Finance' },
  { id: 11, name: 'Healthcare Services' },
  { id: 12, name: 'Human Resources' },
  { id: 13, name: 'Information Technology' },
  { id: 14, name: 'Legal' },
  { id: 15, name: 'Marketing' },
  { id: 16, name: 'Media and Communication' },
  { id: 17, name: 'Military and Protective Services' },
  { id: 18, name: 'Operations' },
  { id: 19, name: 'Product Management' },
  { id: 20, name: 'Program and Project Management' },
  { id: 21, name: 'Purchasing' },
  { id: 22, name: 'Quality Assurance' },
  { id: 23, name: 'Real Estate' },
  { id: 24, name: 'Research' },
  { id: 25, name: 'Sales' },
  { id: 26, name: 'Customer Success and Support' },
] as const;

export type Seniority = (typeof SENIORITIES)[number]['name'];
export type JobFunction = (typeof JOB_FUNCTIONS)[number]['name'];

/** What the classifier says when a title gives no evidence: kept apart from the real levels so it never counts as one. */
export const UNKNOWN = 'Unknown' as const;
export type Unknown = typeof UNKNOWN;

/** Seniorities from lowest to highest, for sorting and "at least Director" filters. */
export const SENIORITY_NAMES: readonly Seniority[] = SENIORITIES.map((level) => level.name);
export const JOB_FUNCTION_NAMES: readonly JobFunction[] = JOB_FUNCTIONS.map((entry) => entry.name);

const SENIORITY_BY_NAME = new Map<string, Seniority>(SENIORITY_NAMES.map((name) => [name.toLowerCase(), name]));
const FUNCTION_BY_NAME = new Map<string, JobFunction>(JOB_FUNCTION_NAMES.map((name) => [name.toLowerCase(), name]));
const SENIORITY_ID = new Map<Seniority, number>(SENIORITIES.map((level) => [level.name, level.id]));
const FUNCTION_ID = new Map<JobFunction, number>(JOB_FUNCTIONS.map((entry) => [entry.name, entry.id]));

export function isSeniority(value: string): value is Seniority {
  return SENIORITY_ID.has(value as Seniority);
}

export function isJobFunction(value: string): value is JobFunction {
  return FUNCTION_ID.has(value as JobFunction);
}

/** Reads a stored or user-typed name case-insensitively; anything else is Unknown rather than an error. */
export function parseSeniority(value: string): Seniority | Unknown {
  return SENIORITY_BY_NAME.get(value.trim().toLowerCase()) ?? UNKNOWN;
}

export function parseJobFunction(value: string): JobFunction | Unknown {
  return FUNCTION_BY_NAME.get(value.trim().toLowerCase()) ?? UNKNOWN;
}

/** LinkedIn's numeric id (urn:li:seniority:N), or undefined for Unknown. */
export function seniorityId(value: Seniority | Unknown): number | undefined {
  return value === UNKNOWN ? undefined : SENIORITY_ID.get(value);
}

export function jobFunctionId(value: JobFunction | Unknown): number | undefined {
  return value === UNKNOWN ? undefined : FUNCTION_ID.get(value);
}

/** 1 (Unpaid) .. 10 (Owner), 0 for Unknown: an order for comparisons, not a salary scale. */
export function seniorityRank(value: Seniority | Unknown): number {
  return seniorityId(value) ?? 0;
}
