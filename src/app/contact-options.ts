// The contact fields and sort orders the shells offer, in a module light enough to load at start-up.

export { CONTACT_SORTS, type ContactSort, type SortOrder } from '../core/contacts/contact-query.ts';

export const EDITABLE_FIELDS = ['firstName', 'lastName', 'company', 'title', 'location', 'industry', 'linkedinUrl', 'notes', 'email', 'phone'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];
