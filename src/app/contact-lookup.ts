// Resolving what a user typed to one contact: an id, a LinkedIn URL, an email, an exact name, or text found in one
// contact's name and company; otherwise the closest names, typos forgiven. Names are indexed once per data version
// (core/contacts/name-index.ts), so a name nobody has answers in milliseconds instead of scoring every contact.
import type { Contact } from '../core/contacts/contact.ts';
import { displayName } from '../core/contacts/contact.ts';
import { canonicalLinkedinUrl, linkedinSlug, normalizeEmail } from '../core/contacts/identity.ts';
import { NameIndex } from '../core/contacts/name-index.ts';
import { ReferableError } from '../core/errors.ts';
import type { AppContext } from './app-context.ts';
import type { Workspace } from '../store/workspace-store.ts';
import { summarize } from './contact-summary.ts';

/** Longer than any name, URL or email: refused before any work. */
const MAX_REFERENCE_LENGTH = 500;
/** Contacts listed with an ambiguous or unknown name. */
const LISTED = 10;

interface CachedIndex {
  token: string;
  index: Promise<NameIndex>;
}

/** Per workspace handle: the index and the change token it was built at. */
const indexes = new WeakMap<object, Map<string, CachedIndex>>();

/**
 * The name index of the workspace as it is now: built on first use, then reused until the store's change token moves
 * (any write to the contacts). Lookups that arrive while it is being built share the one build.
 */
export async function nameIndexFor(ws: Workspace): Promise<NameIndex> {
  const token = await ws.changeToken();
  // Keyed by the handle: a transaction's handle is its own, so what it sees before committing is never shared.
  let byWorkspace = indexes.get(ws);
  if (!byWorkspace) indexes.set(ws, (byWorkspace = new Map()));
  const cached = byWorkspace.get(ws.id);
  if (cached && cached.token === token) return cached.index;
  const entry: CachedIndex = { token, index: ws.contacts.nameEntries().then((entries) => new NameIndex(entries)) };
  byWorkspace.set(ws.id, entry);
  // A failed build is not kept: the next lookup tries again.
  entry.index.catch(() => {
    if (byWorkspace.get(ws.id) === entry) byWorkspace.delete(ws.id);
  });
  return entry.index;
}

function describe(contacts: Contact[]): string {
  return contacts.map((contact) => `  ${contact.id}  ${displayName(contact)}${contact.company ? ` (${contact.company})` : ''}`).join('\n');
}

/**
 * A contact by id, LinkedIn URL, email, or a name (or name and company text) that matches exactly one contact. A
 * contact already resolved is taken as it is: a contact page resolves once and hands it to every use case it calls.
 */
export async function resolveContact(context: AppContext, reference: string | Contact): Promise<Contact> {
  if (typeof reference !== 'string') return reference;
  const ref = reference.trim();
  if (!ref) throw new ReferableError('INVALID_INPUT', 'name a contact: an id, a LinkedIn URL, an email or a name');
  if (ref.length > MAX_REFERENCE_LENGTH) throw new ReferableError('INVALID_INPUT', `a contact reference is at most ${MAX_REFERENCE_LENGTH} characters (an id, a LinkedIn URL, an email or a name); got ${ref.length}`);
  const ws = context.store.workspace;
  const direct = await ws.contacts.get(ref);
  if (direct) return direct;
  const slug = linkedinSlug(ref);
  if (slug) {
    const found = await ws.contacts.findBySlug(slug);
    if (found) return found;
    throw new ReferableError('NOT_FOUND', `no contact has the LinkedIn profile ${canonicalLinkedinUrl(ref)}`);
  }
  const index = await nameIndexFor(context.store.workspace);
  const load = async (ids: readonly string[]) => ws.contacts.getMany(ids);
  const email = normalizeEmail(ref);
  const byEmail = email ? index.byEmail(email) : [];
  if (byEmail.length > 0) return (await load(byEmail.slice(0, 1)))[0];
  const exact = index.exactName(ref);
  const candidates = exact.length > 0 ? exact : index.containing(ref);
  if (candidates.length === 1) return (await load(candidates))[0];
  if (candidates.length > 1) {
    const shown = await load(candidates.slice(0, LISTED));
    throw new ReferableError('AMBIGUOUS', `"${ref}" matches ${candidates.length} contacts; use an id:\n${describe(shown)}`, { matches: shown.map(summarize) });
  }
  const close = index.closest(ref, { limit: LISTED });
  const shown = await load(close.map((match) => match.id));
  const scores = new Map(close.map((match) => [match.id, match.score]));
  throw new ReferableError(
    'NOT_FOUND',
    `no contact matches "${ref}"${shown.length ? `; closest first:\n${describe(shown)}` : ''}`,
    shown.length ? { closest: shown.map((contact) => ({ ...summarize(contact), similarity: scores.get(contact.id) ?? 0 })) } : undefined,
  );
}
