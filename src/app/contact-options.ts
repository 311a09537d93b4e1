// The contact fields and sort orders the shells offer, in a module light enough to load at start-up.

export const CONTACT_SORTS = ['name', 'company', 'connected', 'recent', 'fit', 'strength'] as const;
export type ContactSort = (typeof CONTACT_SORTS)[number];

export const EDITABLE_FIELDS = ['firstName', 'lastName', 'company', 'title', 'location', 'industry', 'linkedinUrl', 'notes', 'email', 'phone'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];
