// The contact as importers produce it and as the store keeps it: the shapes every layer agrees on.

/** One person as read from a file, before merging. Empty strings mean "the file did not say". */
export interface ContactInput {
  /** 1-based line in the source file where this person's record starts (for issues). */
  line: number;
  firstName: string;
  lastName: string;
  linkedinUrl: string;
  emails: string[];
  phones: string[];
  company: string;
  title: string;
  location: string;
  industry: string;
  /** ISO date (YYYY-MM-DD) the connection was made, when the source knows it. */
  connectedOn: string;
  /** Free text the source carried (Google "Notes", vCard NOTE); kept only for new contacts. */
  notes: string;
  tags: string[];
  /**
   * How the importing member knows this person: 'connected' (a LinkedIn connection), 'knows'
   * (in their address book), or null for a prospect list (no tie yet).
   */
  tie: 'connected' | 'knows' | null;
}

/** The fields an import may set; manual edits lock them (see lockedFields). */
export const IMPORTED_FIELDS = [
  'firstName',
  'lastName',
  'linkedinUrl',
  'company',
  'title',
  'location',
  'industry',
  'connectedOn',
] as const;
export type ImportedField = (typeof IMPORTED_FIELDS)[number];

/** A stored contact. Dedupe keys are derived and stored so lookups need no recomputation. */
export interface Contact {
  id: string;
  firstName: string;
  lastName: string;
  linkedinUrl: string;
  linkedinSlug: string;
  emails: string[];
  phones: string[];
  /**
   * The phones as match keys (E.164 where the number could be read), as they were read when each number arrived: a
   * re-import matches them even if the region setting changed since. Never unique: families share a landline.
   */
  phoneKeys: string[];
  company: string;
  companyKey: string;
  title: string;
  location: string;
  industry: string;
  connectedOn: string;
  notes: string;
  tags: string[];
  /** Manual 1–5 rating of the relationship, or null. */
  rating: number | null;
  /** Fields the user edited by hand; imports never overwrite them. */
  lockedFields: ImportedField[];
  source: string;
  firstSeen: string;
  updatedAt: string;
}

export function emptyContactInput(line: number): ContactInput {
  return {
    line,
    firstName: '',
    lastName: '',
    linkedinUrl: '',
    emails: [],
    phones: [],
    company: '',
    title: '',
    location: '',
    industry: '',
    connectedOn: '',
    notes: '',
    tags: [],
    tie: null,
  };
}

export function displayName(person: { firstName: string; lastName: string }): string {
  return `${person.firstName} ${person.lastName}`.trim();
}
