// A contact as lists, lookups and edits show it: the summary every shell prints.
import type { Contact } from '../core/contacts/contact.ts';
import { displayName } from '../core/contacts/contact.ts';

export interface ContactSummary {
  id: string;
  name: string;
  firstName: string;
  lastName: string;
  company: string;
  title: string;
  location: string;
  linkedinUrl: string;
  emails: string[];
  connectedOn: string;
  tags: string[];
  rating: number | null;
}

export function summarize(contact: Contact): ContactSummary {
  return {
    id: contact.id,
    name: displayName(contact),
    firstName: contact.firstName,
    lastName: contact.lastName,
    company: contact.company,
    title: contact.title,
    location: contact.location,
    linkedinUrl: contact.linkedinUrl,
    emails: contact.emails,
    connectedOn: contact.connectedOn,
    tags: contact.tags,
    rating: contact.rating,
  };
}
